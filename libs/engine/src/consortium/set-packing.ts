/**
 * Selection of candidate consortia: weighted set packing with capacities and forced (pinned) sets.
 *
 *   maximise   Σ_c w_c x_c
 *   subject to Σ_{c ∋ n} x_c ≤ 1          for every need n
 *              Σ_{c ∋ p} x_c ≤ cap_p      for every profile p
 *              Σ_{c ∈ C(pin)} x_c = 1     for every pin (C(pin) = candidates containing the pinned set)
 *              x_c ∈ {0, 1}
 *
 * Solved exactly with HiGHS (branch and cut) under a work limit; its dual bound is the proven upper bound.
 * When the model is larger than `maxExactCandidates`, or HiGHS fails, a greedy + local-search heuristic runs and
 * the best bound of the others is reported instead.
 *
 * One solver per file, this file dispatches: packing-problem.ts (the model, work limits, safety net, feasibility
 * check), packing-bound.ts (combinatorial bound), packing-lagrangian.ts (Lagrangian bound and reduced costs),
 * packing-greedy.ts (greedy + local search), packing-highs.ts (HiGHS LP relaxation and branch and cut).
 *
 * Determinism: every stopping rule that decides the result counts work, never wall-clock time. The work limits
 * (local-search moves, subgradient iterations, simplex iterations, HiGHS checkpoints) are derived from
 * `timeLimitSeconds` and the model size by the fixed formulas in `workLimits`, so the same problem always gives
 * the same selection. A wall-clock safety net (`safetyDeadline`, by default 3 × the time limit + 10 s + 2 ms per
 * candidate) only guards against runaway solves; if it ever fires, `PackingResult.safetyStop` says so (the result
 * may then differ between runs).
 */
import { combinatorialBound } from './packing-bound';
import { greedyPacking } from './packing-greedy';
import { solveExact, solveRelaxation } from './packing-highs';
import { lagrangianRelaxation } from './packing-lagrangian';
import {
  isFeasibleSelection,
  PackingProblem,
  PackingResult,
  safetyDeadlineOf,
  SAFETY_FACTOR,
  SAFETY_MARGIN_SECONDS,
  SAFETY_SECONDS_PER_ITEM,
  workLimits,
} from './packing-problem';

export * from './packing-problem';
export { combinatorialBound } from './packing-bound';
export { greedyPacking } from './packing-greedy';
export { lagrangianBound, lagrangianRelaxation } from './packing-lagrangian';

/**
 * 1. Greedy by weight + local search (cheap; decides which pins are satisfiable), a Lagrangian bound and the
 *    Lagrangian heuristic (greedy in reduced-cost order). When branch and cut will run, these two local searches
 *    stop early (`preliminaryMoves`): they feed the Lagrangian bound and HiGHS's start.
 * 2. LP relaxation with HiGHS: a proven upper bound, and its fractional solution guides a second greedy pass
 *    (LP rounding + local search with the full `localSearchMoves`; before branch and cut only `preliminaryMoves`,
 *    the rest only if HiGHS then stops on its work limit without proving the gap).
 * 3. When the model is within maxExactCandidates and the budget covers HiGHS's start-up: branch and cut under its
 *    work limit, warm-started with the best heuristic solution; its dual bound tightens the upper bound.
 * The result is the best feasible selection found; upperBound = min(MILP dual bound, LP bound, Lagrangian bound,
 * combinatorial bound), each valid on its own. Every step stops on a work limit (`workLimits`), so the result is
 * deterministic; the wall-clock safety net is reported in `safetyStop` if it ever fires.
 */
export async function solvePacking(problem: PackingProblem): Promise<PackingResult> {
  const startedAt = Date.now();
  const safetyDeadline =
    problem.safetyDeadline ??
    safetyDeadlineOf(startedAt, problem.timeLimitSeconds, problem.items.length);
  const safetySeconds = () => Math.max(0.5, (safetyDeadline - Date.now()) / 1000);
  if (problem.items.length === 0) {
    return {
      selected: [],
      objective: 0,
      upperBound: 0,
      method: 'empty',
      droppedPins: problem.pins.map((_, i) => i),
    };
  }
  const limits = workLimits(problem.timeLimitSeconds, problem.items.length);
  const safetyStops: string[] = [];
  problem.onProgress?.(0);
  let bound = combinatorialBound(problem);
  const exactAllowed = problem.items.length <= problem.maxExactCandidates;
  let best = greedyPacking(problem, safetyDeadline, undefined, limits.preliminaryMoves);
  if (best.safetyStop) safetyStops.push('greedy local search');
  const lagrangian = lagrangianRelaxation(
    problem,
    best.value,
    safetyDeadline,
    limits.lagrangianIterations,
  );
  if (lagrangian.safetyStop) safetyStops.push('Lagrangian bound');
  bound = Math.min(bound, lagrangian.bound);
  // Lagrangian heuristic: greedy in order of reduced cost at the best multipliers.
  const byReducedCost = greedyPacking(
    problem,
    safetyDeadline,
    lagrangian.reducedCosts,
    limits.preliminaryMoves,
  );
  if (byReducedCost.safetyStop) safetyStops.push('Lagrangian heuristic');
  if (isBetter(byReducedCost, best)) best = byReducedCost;
  problem.onProgress?.(0.1);

  let fallbackReason: string | undefined = !exactAllowed
    ? `${problem.items.length} candidates exceed maxExactCandidates (${problem.maxExactCandidates})`
    : !limits.runExact
      ? `time limit ${problem.timeLimitSeconds.toFixed(1)} s too short for the exact solve of ${problem.items.length} candidates`
      : undefined;
  const exactRuns = exactAllowed && limits.runExact;
  /** LP rounding + local search with `moves`; becomes `best` when better. */
  let roundLp: ((moves: number) => void) | undefined;
  if (problem.items.length <= (problem.maxRelaxationCandidates ?? 250_000)) {
    try {
      const lp = await solveRelaxation(problem, limits.simplexIterations, safetySeconds());
      if (lp && 'safetyStop' in lp) safetyStops.push('LP relaxation');
      else if (lp) {
        bound = Math.min(bound, lp.bound);
        roundLp = (moves) => {
          const guided = greedyPacking(problem, safetyDeadline, lp.values, moves);
          if (guided.safetyStop) safetyStops.push('LP rounding');
          if (isBetter(guided, best)) best = guided;
        };
        // Before branch and cut the rounding is only HiGHS's start: its full move budget is spent only if HiGHS
        // does not prove the gap (below).
        roundLp(exactRuns ? limits.preliminaryMoves : limits.localSearchMoves);
      }
    } catch {
      // The combinatorial bound stays valid without the LP.
    }
  }
  /** The LP rounding's full local search, when branch and cut did not prove the gap. */
  const finishLocalSearch = () => {
    if (exactRuns && limits.localSearchMoves > limits.preliminaryMoves)
      roundLp?.(limits.localSearchMoves);
  };
  problem.onProgress?.(0.4);
  const safetyStop = () =>
    safetyStops.length > 0
      ? `wall-clock safety net (${SAFETY_FACTOR}× the solver budget + ${SAFETY_MARGIN_SECONDS} s + ${SAFETY_SECONDS_PER_ITEM * 1000} ms per candidate) stopped: ${safetyStops.join(', ')}; the result may differ between runs`
      : undefined;

  if (exactAllowed && limits.runExact) {
    const emptyPins = problem.pins.flatMap((items, i) => (items.length === 0 ? [i] : []));
    try {
      // First with every satisfiable pin; if they clash, with the pins the heuristic could honour.
      const attempts: number[][] = [emptyPins];
      if (best.droppedPins.length > emptyPins.length) attempts.push(best.droppedPins);
      for (const dropped of attempts) {
        const keptPins = problem.pins.filter((_, i) => !dropped.includes(i));
        const startOk = best.droppedPins.every((i) => dropped.includes(i));
        const outcome = await solveExact(
          problem,
          keptPins,
          startOk ? best.selected : [],
          limits.mipCheckpoints,
          safetySeconds(),
        );
        if ('infeasible' in outcome) {
          fallbackReason = 'pins cannot all be honoured together';
          continue;
        }
        if ('failed' in outcome) {
          fallbackReason = outcome.failed;
          break;
        }
        if (!isFeasibleSelection(problem, outcome.selected, keptPins)) {
          fallbackReason = 'solver returned an infeasible selection';
          break;
        }
        if (outcome.safetyStop) safetyStops.push('HiGHS branch and cut');
        if (outcome.workLimitHit || outcome.safetyStop) finishLocalSearch();
        problem.onProgress?.(1);
        const useHeuristic =
          best.droppedPins.every((i) => dropped.includes(i)) && best.value > outcome.value;
        const objective = useHeuristic ? best.value : outcome.value;
        return {
          selected: useHeuristic ? best.selected : outcome.selected,
          objective,
          upperBound: Math.max(objective, Math.min(outcome.dualBound, bound)),
          method: outcome.workLimitHit || outcome.safetyStop ? 'exact-time-limit' : 'exact',
          droppedPins: dropped,
          safetyStop: safetyStop(),
        };
      }
    } catch (error) {
      fallbackReason = `HiGHS error: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  finishLocalSearch();
  problem.onProgress?.(1);
  return {
    selected: best.selected,
    objective: best.value,
    upperBound: Math.max(best.value, bound),
    method: 'greedy',
    droppedPins: best.droppedPins,
    fallbackReason,
    safetyStop: safetyStop(),
  };
}

/** Fewer dropped pins first, then the higher value. */
function isBetter(
  a: { droppedPins: number[]; value: number },
  b: { droppedPins: number[]; value: number },
): boolean {
  return (
    a.droppedPins.length < b.droppedPins.length ||
    (a.droppedPins.length === b.droppedPins.length && a.value > b.value + 1e-12)
  );
}
