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

/** The model in flat arrays: needs and profiles renumbered densely in order of first use, each item's rows (CSR). */
interface LagrangianModel {
  weights: Float64Array;
  needPtr: Int32Array;
  itemNeeds: Int32Array;
  profilePtr: Int32Array;
  itemProfiles: Int32Array;
  numNeeds: number;
  /** Capacity per (renumbered) profile. */
  cap: Float64Array;
}

function flatModel(problem: PackingProblem): LagrangianModel {
  const { items } = problem;
  const numItems = items.length;
  const needIds = new Map<number, number>();
  const profileIds = new Map<number, number>();
  const needPtr = new Int32Array(numItems + 1);
  const profilePtr = new Int32Array(numItems + 1);
  for (let i = 0; i < numItems; i++) {
    needPtr[i + 1] = needPtr[i] + items[i].needs.length;
    profilePtr[i + 1] = profilePtr[i] + items[i].profiles.length;
  }
  const itemNeeds = new Int32Array(needPtr[numItems]);
  const itemProfiles = new Int32Array(profilePtr[numItems]);
  items.forEach((it, i) => {
    it.needs.forEach((n, k) => {
      if (!needIds.has(n)) needIds.set(n, needIds.size);
      itemNeeds[needPtr[i] + k] = needIds.get(n)!;
    });
    it.profiles.forEach((p, k) => {
      if (!profileIds.has(p)) profileIds.set(p, profileIds.size);
      itemProfiles[profilePtr[i] + k] = profileIds.get(p)!;
    });
  });
  const cap = new Float64Array(profileIds.size);
  for (const [p, k] of profileIds) cap[k] = problem.capacities[p] ?? 0;
  const weights = Float64Array.from(items, (it) => it.weight);
  return { weights, needPtr, itemNeeds, profilePtr, itemProfiles, numNeeds: needIds.size, cap };
}

/**
 * L(λ, μ) at the current multipliers, with each item's reduced cost in `reduced` and the subgradient in gNeed and
 * gProfile. A function of its own (called once per iteration) so that V8 optimises it once, with full type feedback.
 */
function evaluate(
  m: LagrangianModel,
  lambda: Float64Array,
  mu: Float64Array,
  reduced: Float64Array,
  gNeed: Float64Array,
  gProfile: Float64Array,
): number {
  const { weights, needPtr, itemNeeds, profilePtr, itemProfiles, cap } = m;
  let value = 0;
  for (let k = 0; k < lambda.length; k++) {
    value += lambda[k];
    gNeed[k] = 1;
  }
  for (let k = 0; k < mu.length; k++) {
    value += cap[k] * mu[k];
    gProfile[k] = cap[k];
  }
  for (let i = 0; i < weights.length; i++) {
    let r = weights[i];
    for (let q = needPtr[i]; q < needPtr[i + 1]; q++) r -= lambda[itemNeeds[q]];
    for (let q = profilePtr[i]; q < profilePtr[i + 1]; q++) r -= mu[itemProfiles[q]];
    reduced[i] = r;
    if (r > 0) {
      value += r;
      for (let q = needPtr[i]; q < needPtr[i + 1]; q++) gNeed[itemNeeds[q]] -= 1;
      for (let q = profilePtr[i]; q < profilePtr[i + 1]; q++) gProfile[itemProfiles[q]] -= 1;
    }
  }
  return value;
}

/**
 * `norm` plus the squared norm of the projected subgradient (components that cannot move below zero are dropped),
 * summed in index order.
 */
function addProjectedNorm(norm: number, x: Float64Array, g: Float64Array): number {
  for (let k = 0; k < x.length; k++) if (x[k] > 0 || g[k] < 0) norm += g[k] * g[k];
  return norm;
}

/** x ← max(0, x − step · g). */
function descend(x: Float64Array, g: Float64Array, step: number): void {
  for (let k = 0; k < x.length; k++) x[k] = Math.max(0, x[k] - step * g[k]);
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
  const { weights, needPtr, itemNeeds } = m;
  const numItems = weights.length;
  const lambda = new Float64Array(m.numNeeds);
  const mu = new Float64Array(m.cap.length);
  for (let i = 0; i < numItems; i++) {
    if (needPtr[i + 1] === needPtr[i]) continue;
    const share = weights[i] / (needPtr[i + 1] - needPtr[i]);
    for (let q = needPtr[i]; q < needPtr[i + 1]; q++)
      lambda[itemNeeds[q]] = Math.max(lambda[itemNeeds[q]], share);
  }
  const gNeed = new Float64Array(lambda.length);
  const gProfile = new Float64Array(mu.length);
  let best = Infinity;
  const reducedCosts = new Float64Array(numItems);
  const reducedNow = new Float64Array(numItems);
  let theta = 1;
  let sinceImprovement = 0;
  for (let iter = 0; iter < iterations; iter++) {
    const value = evaluate(m, lambda, mu, reducedNow, gNeed, gProfile);
    if (value < best - 1e-9) {
      best = value;
      sinceImprovement = 0;
      reducedCosts.set(reducedNow);
    } else if (++sinceImprovement >= 15) {
      theta /= 2;
      sinceImprovement = 0;
    }
    const norm = addProjectedNorm(addProjectedNorm(0, lambda, gNeed), mu, gProfile);
    if (norm === 0 || theta < 1e-4) break;
    if (Date.now() > safetyDeadline) {
      safetyStop = true;
      break;
    }
    const step = (theta * Math.max(value - lowerBound, 1e-6)) / norm;
    descend(lambda, gNeed, step);
    descend(mu, gProfile, step);
  }
  return { bound: best, reducedCosts, safetyStop };
}
