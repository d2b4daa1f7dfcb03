/** HiGHS solves of the set-packing problem: the LP relaxation and branch and cut, both under work limits. */
import { loadHighs } from './highs-loader';
import { DEFAULT_RELATIVE_GAP, flatItemsOf, PackingProblem } from './packing-problem';

export interface ExactOutcome {
  selected: number[];
  value: number;
  dualBound: number;
  /** Stopped by the work limit (deterministic) before proving the gap. */
  workLimitHit: boolean;
  /** Stopped by the wall-clock safety net. */
  safetyStop: boolean;
}

type HighsInstance = Awaited<ReturnType<typeof loadHighs>>;

/** The set-packing model in HiGHS's sparse column form; `integer` false gives the LP relaxation. */
function buildModel(
  highs: HighsInstance,
  problem: PackingProblem,
  pins: number[][],
  integer: boolean,
) {
  const numCols = problem.items.length;
  const { byNeed, byProfile, weight } = flatItemsOf(problem);

  // Rows: needs with ≥ 2 items, profiles whose item count exceeds capacity (both by index), pins; each with its items
  // (a slice of the flat form's incidence lists, in item order).
  const rows: Array<{ items: ArrayLike<number>; lower: number; upper: number }> = [];
  const colUpper = new Float64Array(numCols).fill(1);
  for (let n = 0; n + 1 < byNeed.ptr.length; n++) {
    const from = byNeed.ptr[n];
    const to = byNeed.ptr[n + 1];
    if (to - from > 1)
      rows.push({ items: byNeed.items.subarray(from, to), lower: -highs.infinity, upper: 1 });
  }
  for (let p = 0; p + 1 < byProfile.ptr.length; p++) {
    const from = byProfile.ptr[p];
    const to = byProfile.ptr[p + 1];
    if (to === from) continue;
    const cap = problem.capacities[p] ?? 0;
    if (cap <= 0) for (let k = from; k < to; k++) colUpper[byProfile.items[k]] = 0;
    else if (to - from > cap)
      rows.push({ items: byProfile.items.subarray(from, to), lower: -highs.infinity, upper: cap });
  }
  for (const pinItems of pins)
    rows.push({ items: [...pinItems].sort((a, b) => a - b), lower: 1, upper: 1 });

  // CSC matrix: per column, its rows in row order.
  const starts = new Int32Array(numCols + 1);
  for (const row of rows) for (let k = 0; k < row.items.length; k++) starts[row.items[k] + 1]++;
  for (let c = 0; c < numCols; c++) starts[c + 1] += starts[c];
  const nnz = starts[numCols];
  const fill = starts.slice(0, numCols);
  const indices = new Int32Array(nnz);
  rows.forEach((row, r) => {
    for (let k = 0; k < row.items.length; k++) indices[fill[row.items[k]]++] = r;
  });
  const values = new Float64Array(nnz).fill(1);

  const model = highs.createModel({
    numCols,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: weight,
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower: Float64Array.from(rows.map((r) => r.lower)),
    rowUpper: Float64Array.from(rows.map((r) => r.upper)),
    matrix: { format: 'csc', numRows: rows.length, numCols, starts, indices, values },
    ...(integer
      ? { integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer) }
      : {}),
  });
  return model;
}

/**
 * LP relaxation (0 ≤ x ≤ 1, pins left out): its optimum is an upper bound on the integer optimum with or without
 * pins, and its fractional solution guides the heuristic. Undefined when HiGHS does not reach optimality.
 */
export async function solveRelaxation(
  problem: PackingProblem,
  simplexIterations: number,
  safetySeconds: number,
): Promise<{ bound: number; values: Float64Array } | { safetyStop: true } | undefined> {
  const highs = await loadHighs();
  const model = buildModel(highs, problem, [], false);
  try {
    model.options.set({
      output_flag: false,
      simplex_iteration_limit: simplexIterations,
      time_limit: Math.max(0.5, safetySeconds),
      random_seed: 0,
      // Presolve finds little to remove in these set-packing models and costs more than it saves (see solveExact).
      presolve: 'off',
    });
    model.run();
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.timeLimit) return { safetyStop: true };
    if (status !== highs.constants.modelStatus.optimal) return undefined;
    return { bound: model.getObjectiveValue(), values: model.getSolution().colValue };
  } finally {
    model.dispose();
  }
}

/**
 * HiGHS branch and cut. The work limit counts HiGHS's MIP checkpoints (root separation rounds and nodes, reported
 * through the mipInterrupt callback at fixed points of the search), so where it stops does not depend on the
 * machine's speed or load; `time_limit` is only the wall-clock safety net.
 */
export async function solveExact(
  problem: PackingProblem,
  pins: number[][],
  start: number[],
  maxCheckpoints: number,
  safetySeconds: number,
): Promise<ExactOutcome | { infeasible: true } | { failed: string }> {
  const highs = await loadHighs();
  const numCols = problem.items.length;
  const model = buildModel(highs, problem, pins, true);
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.5, safetySeconds),
      mip_rel_gap: problem.relativeGap ?? DEFAULT_RELATIVE_GAP,
      mip_max_nodes: maxCheckpoints,
      random_seed: 0,
      // As for the LP: presolve removes about a sixth of the columns (dominated ones) but took 40–60 % of the solve
      // (Norway fixture, --time-limit 30: 4.0 → 1.7 s CPU without it, same selection; LP alone 0.55 → 0.30 s).
      presolve: 'off',
    });
    if (start.length > 0) {
      const colValue = new Float64Array(numCols);
      for (const i of start) colValue[i] = 1;
      try {
        model.setSolution({ colValue });
      } catch {
        // A rejected start only costs time; the solve proceeds without it.
      }
    }
    let checkpoints = 0;
    model.run({
      [highs.constants.callbackType.mipInterrupt]: (event) => {
        if (++checkpoints >= maxCheckpoints) event.interrupt();
        return undefined;
      },
    });
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.infeasible) return { infeasible: true };
    const workLimit = status === codes.interrupted || status === codes.solutionLimit;
    if (status !== codes.optimal && status !== codes.timeLimit && !workLimit)
      return { failed: `HiGHS status ${status}` };
    const primalStatus = Number(model.info.get('primal_solution_status'));
    if (primalStatus !== 2)
      return { failed: 'HiGHS found no feasible solution within its work limit' };
    const colValue = model.getSolution().colValue;
    const selected: number[] = [];
    let value = 0;
    for (let i = 0; i < numCols; i++) {
      if (colValue[i] > 0.5) {
        selected.push(i);
        value += problem.items[i].weight;
      }
    }
    const dual = Number(model.info.get('mip_dual_bound'));
    return {
      selected,
      value,
      dualBound: Number.isFinite(dual) ? dual : Infinity,
      workLimitHit: workLimit,
      safetyStop: status === codes.timeLimit,
    };
  } finally {
    model.dispose();
  }
}
