/** Lagrangian relaxation of the set-packing problem: an upper bound and reduced costs for a heuristic. */
import { PackingProblem } from './packing-problem';

/**
 * Lagrangian bound by subgradient descent; valid for any multipliers λ_n ≥ 0 (needs) and μ_p ≥ 0 (profiles).
 *
 * Proof: for a feasible x ∈ {0,1} (and even x ∈ [0,1]) the added terms are ≥ 0, so
 *   Σ_c w_c x_c ≤ Σ_c w_c x_c + Σ_n λ_n (1 − Σ_{c∋n} x_c) + Σ_p μ_p (cap_p − Σ_{c∋p} x_c)
 *             = Σ_n λ_n + Σ_p cap_p μ_p + Σ_c x_c (w_c − Σ_{n∈c} λ_n − Σ_{p∈c} μ_p)
 *             ≤ Σ_n λ_n + Σ_p cap_p μ_p + Σ_c max(0, w_c − Σ_{n∈c} λ_n − Σ_{p∈c} μ_p)  =: L(λ, μ).
 * Pins only shrink the feasible set. Starting from λ_n = max_{c∋n} w_c/|N_c|, μ = 0 (where L is the need bound),
 * the descent only keeps improvements, so the result is at most the need bound and converges towards the LP bound.
 */
export function lagrangianBound(
  problem: PackingProblem,
  lowerBound: number,
  safetyDeadline: number,
  iterations = 300,
): number {
  return lagrangianRelaxation(problem, lowerBound, safetyDeadline, iterations).bound;
}

/**
 * The model in flat arrays: one multiplier per row — the needs, renumbered densely in order of first use, then the
 * profiles likewise — and each item's rows (CSR: its needs, then its profiles).
 */
interface LagrangianModel {
  weights: Float64Array;
  rowPtr: Int32Array;
  itemRows: Int32Array;
  /** Right-hand side per row: 1 for a need, the capacity for a profile. */
  rhs: Float64Array;
}

function flatModel(problem: PackingProblem): LagrangianModel {
  const { items } = problem;
  const numItems = items.length;
  const rowPtr = new Int32Array(numItems + 1);
  let maxNeed = -1;
  let maxProfile = -1;
  for (let i = 0; i < numItems; i++) {
    const it = items[i];
    rowPtr[i + 1] = rowPtr[i] + it.needs.length + it.profiles.length;
    for (const n of it.needs) if (n > maxNeed) maxNeed = n;
    for (const p of it.profiles) if (p > maxProfile) maxProfile = p;
  }
  // Row of each need and profile (-1: not used yet), numbered in order of first use: needs, then profiles.
  const needRow = new Int32Array(maxNeed + 1).fill(-1);
  const profileRow = new Int32Array(maxProfile + 1).fill(-1);
  let numNeeds = 0;
  for (const it of items) for (const n of it.needs) if (needRow[n] < 0) needRow[n] = numNeeds++;
  const itemRows = new Int32Array(rowPtr[numItems]);
  let numRows = numNeeds;
  for (let i = 0; i < numItems; i++) {
    const it = items[i];
    let q = rowPtr[i];
    for (const n of it.needs) itemRows[q++] = needRow[n];
    for (const p of it.profiles) {
      if (profileRow[p] < 0) profileRow[p] = numRows++;
      itemRows[q++] = profileRow[p];
    }
  }
  const rhs = new Float64Array(numRows).fill(1);
  profileRow.forEach((k, p) => {
    if (k >= 0) rhs[k] = problem.capacities[p] ?? 0;
  });
  const weights = Float64Array.from(items, (it) => it.weight);
  return { weights, rowPtr, itemRows, rhs };
}

/**
 * L(y) at the current multipliers y = (λ, μ), with each item's reduced cost in `reduced` and the subgradient in g.
 * A function of its own (called once per iteration) so that V8 optimises it once, with full type feedback.
 */
function evaluate(
  m: LagrangianModel,
  y: Float64Array,
  reduced: Float64Array,
  g: Float64Array,
): number {
  const { weights, rowPtr, itemRows, rhs } = m;
  let value = 0;
  for (let k = 0; k < y.length; k++) {
    value += rhs[k] * y[k];
    g[k] = rhs[k];
  }
  for (let i = 0; i < weights.length; i++) {
    const from = rowPtr[i];
    const to = rowPtr[i + 1];
    let r = weights[i];
    for (let q = from; q < to; q++) r -= y[itemRows[q]];
    reduced[i] = r;
    if (r > 0) {
      value += r;
      for (let q = from; q < to; q++) g[itemRows[q]] -= 1;
    }
  }
  return value;
}

/**
 * The squared norm of the projected subgradient (components that cannot move below zero are dropped), summed in
 * index order.
 */
function projectedNorm(y: Float64Array, g: Float64Array): number {
  let norm = 0;
  for (let k = 0; k < y.length; k++) if (y[k] > 0 || g[k] < 0) norm += g[k] * g[k];
  return norm;
}

/** y ← max(0, y − step · g). */
function descend(y: Float64Array, g: Float64Array, step: number): void {
  for (let k = 0; k < y.length; k++) y[k] = Math.max(0, y[k] - step * g[k]);
}

/**
 * The bound and, at the best multipliers, each item's reduced cost (a guide for a Lagrangian heuristic).
 * Stops after `iterations` (deterministic); `safetyDeadline` is only a wall-clock safety net (`safetyStop` set).
 */
export function lagrangianRelaxation(
  problem: PackingProblem,
  lowerBound: number,
  safetyDeadline: number,
  iterations = 300,
): { bound: number; reducedCosts: Float64Array; safetyStop: boolean } {
  let safetyStop = false;
  const m = flatModel(problem);
  const { weights, rowPtr, itemRows } = m;
  const numItems = weights.length;
  // λ_n = max_{c∋n} w_c/|N_c| (an item's needs are its first rows), μ = 0.
  const y = new Float64Array(m.rhs.length);
  for (let i = 0; i < numItems; i++) {
    const needCount = problem.items[i].needs.length;
    if (needCount === 0) continue;
    const share = weights[i] / needCount;
    for (let q = rowPtr[i]; q < rowPtr[i] + needCount; q++)
      y[itemRows[q]] = Math.max(y[itemRows[q]], share);
  }
  const g = new Float64Array(y.length);
  let best = Infinity;
  const reducedCosts = new Float64Array(numItems);
  const reducedNow = new Float64Array(numItems);
  let theta = 1;
  let sinceImprovement = 0;
  for (let iter = 0; iter < iterations; iter++) {
    const value = evaluate(m, y, reducedNow, g);
    if (value < best - 1e-9) {
      best = value;
      sinceImprovement = 0;
      reducedCosts.set(reducedNow);
    } else if (++sinceImprovement >= 15) {
      theta /= 2;
      sinceImprovement = 0;
    }
    const norm = projectedNorm(y, g);
    if (norm === 0 || theta < 1e-4) break;
    if (Date.now() > safetyDeadline) {
      safetyStop = true;
      break;
    }
    const step = (theta * Math.max(value - lowerBound, 1e-6)) / norm;
    descend(y, g, step);
  }
  return { bound: best, reducedCosts, safetyStop };
}
