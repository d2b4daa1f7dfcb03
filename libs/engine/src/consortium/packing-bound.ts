/** Combinatorial upper bound of the set-packing problem. */
import { PackingProblem } from './packing-problem';

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
  const bestNeedShare = new Map<number, number>();
  const bestProfileShare = new Map<number, number>();
  for (const item of problem.items) {
    if (item.needs.length === 0 || item.profiles.length === 0) continue;
    const needShare = item.weight / item.needs.length;
    for (const n of item.needs)
      bestNeedShare.set(n, Math.max(bestNeedShare.get(n) ?? 0, needShare));
    const profileShare = item.weight / item.profiles.length;
    for (const p of item.profiles)
      bestProfileShare.set(p, Math.max(bestProfileShare.get(p) ?? 0, profileShare));
  }
  let needBound = 0;
  for (const v of bestNeedShare.values()) needBound += v;
  let profileBound = 0;
  for (const [p, v] of bestProfileShare) profileBound += (problem.capacities[p] ?? 0) * v;
  return Math.min(needBound, profileBound);
}
