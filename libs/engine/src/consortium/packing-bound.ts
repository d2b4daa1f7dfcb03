/** Combinatorial upper bound of the set-packing problem. */
import { PackingItem, PackingProblem } from './packing-problem';

/**
 * Combinatorial upper bound, valid for every feasible selection (with or without pins).
 *
 * Need bound. Write w_c = Σ_{n ∈ c} (w_c / |N_c|). For a feasible x, every need n is in at most one selected c, so
 *   Σ_c w_c x_c = Σ_n Σ_{c ∋ n} (w_c/|N_c|) x_c ≤ Σ_n max_{c ∋ n} (w_c/|N_c|).
 * Profile bound. Likewise with w_c = Σ_{p ∈ c} (w_c / |P_c|) and Σ_{c ∋ p} x_c ≤ cap_p:
 *   Σ_c w_c x_c = Σ_p Σ_{c ∋ p} (w_c/|P_c|) x_c ≤ Σ_p cap_p · max_{c ∋ p} (w_c/|P_c|).
 * Both are upper bounds on the optimum (every item has ≥ 1 need and ≥ 1 profile), so their minimum is too.
 * Pins only remove feasible selections, so the bound stays valid.
 */
export function combinatorialBound(problem: PackingProblem): number {
  const needs = bestShares(problem, (item) => item.needs);
  const profiles = bestShares(problem, (item) => item.profiles);
  // Summed in order of first use (the order of the sums is part of the result, to the last bit).
  let needBound = 0;
  for (const n of needs.order) needBound += needs.best[n];
  let profileBound = 0;
  for (const p of profiles.order) profileBound += (problem.capacities[p] ?? 0) * profiles.best[p];
  return Math.min(needBound, profileBound);
}

/** max over the items with key k of weight / |keys| per key (items without needs or profiles skipped), and the keys in order of first use. */
function bestShares(
  problem: PackingProblem,
  keysOf: (item: PackingItem) => number[],
): { best: Float64Array; order: number[] } {
  let size = 0;
  for (const item of problem.items) for (const k of keysOf(item)) if (k >= size) size = k + 1;
  const best = new Float64Array(size);
  const seen = new Uint8Array(size);
  const order: number[] = [];
  for (const item of problem.items) {
    if (item.needs.length === 0 || item.profiles.length === 0) continue;
    const keys = keysOf(item);
    const share = item.weight / keys.length;
    for (const k of keys) {
      if (seen[k] === 0) {
        seen[k] = 1;
        order.push(k);
      }
      best[k] = Math.max(best[k], share);
    }
  }
  return { best, order };
}
