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
  const { items } = problem;
  const numItems = items.length;
  // Needs and profiles renumbered densely in order of first use; each item's rows as flat arrays (CSR).
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
  const weights = Float64Array.from(items, (it) => it.weight);
  const cap = new Float64Array(profileIds.size);
  for (const [p, k] of profileIds) cap[k] = problem.capacities[p] ?? 0;
  const lambda = new Float64Array(needIds.size);
  const mu = new Float64Array(profileIds.size);
  for (let i = 0; i < numItems; i++) {
    if (needPtr[i + 1] === needPtr[i]) continue;
    const share = weights[i] / (needPtr[i + 1] - needPtr[i]);
    for (let q = needPtr[i]; q < needPtr[i + 1]; q++)
      lambda[itemNeeds[q]] = Math.max(lambda[itemNeeds[q]], share);
  }
  const gNeed = new Float64Array(needIds.size);
  const gProfile = new Float64Array(profileIds.size);
  let best = Infinity;
  const reducedCosts = new Float64Array(numItems);
  const reducedNow = new Float64Array(numItems);
  let theta = 1;
  let sinceImprovement = 0;
  for (let iter = 0; iter < iterations; iter++) {
    let value = 0;
    for (let k = 0; k < lambda.length; k++) {
      value += lambda[k];
      gNeed[k] = 1;
    }
    for (let k = 0; k < mu.length; k++) {
      value += cap[k] * mu[k];
      gProfile[k] = cap[k];
    }
    for (let i = 0; i < numItems; i++) {
      let reduced = weights[i];
      for (let q = needPtr[i]; q < needPtr[i + 1]; q++) reduced -= lambda[itemNeeds[q]];
      for (let q = profilePtr[i]; q < profilePtr[i + 1]; q++) reduced -= mu[itemProfiles[q]];
      reducedNow[i] = reduced;
      if (reduced > 0) {
        value += reduced;
        for (let q = needPtr[i]; q < needPtr[i + 1]; q++) gNeed[itemNeeds[q]] -= 1;
        for (let q = profilePtr[i]; q < profilePtr[i + 1]; q++) gProfile[itemProfiles[q]] -= 1;
      }
    }
    if (value < best - 1e-9) {
      best = value;
      sinceImprovement = 0;
      reducedCosts.set(reducedNow);
    } else if (++sinceImprovement >= 15) {
      theta /= 2;
      sinceImprovement = 0;
    }
    // Projected subgradient norm (components that cannot move below zero are dropped).
    let norm = 0;
    for (let k = 0; k < lambda.length; k++)
      if (lambda[k] > 0 || gNeed[k] < 0) norm += gNeed[k] * gNeed[k];
    for (let k = 0; k < mu.length; k++)
      if (mu[k] > 0 || gProfile[k] < 0) norm += gProfile[k] * gProfile[k];
    if (norm === 0 || theta < 1e-4) break;
    if (Date.now() > safetyDeadline) {
      safetyStop = true;
      break;
    }
    const step = (theta * Math.max(value - lowerBound, 1e-6)) / norm;
    for (let k = 0; k < lambda.length; k++) lambda[k] = Math.max(0, lambda[k] - step * gNeed[k]);
    for (let k = 0; k < mu.length; k++) mu[k] = Math.max(0, mu[k] - step * gProfile[k]);
  }
  return { bound: best, reducedCosts, safetyStop };
}
