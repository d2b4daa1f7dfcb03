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
 * the combinatorial bound below is reported instead.
 *
 * Determinism: every stopping rule that decides the result counts work, never wall-clock time. The work limits
 * (local-search moves, subgradient iterations, simplex iterations, HiGHS checkpoints) are derived from
 * `timeLimitSeconds` and the model size by the fixed formulas in `workLimits`, so the same problem always gives
 * the same selection. A wall-clock safety net (`safetyDeadline`, by default 3 × the time limit + 10 s + 2 ms per
 * candidate) only guards against runaway solves; if it ever fires, `PackingResult.safetyStop` says so (the result
 * may then differ between runs).
 */
import { loadHighs } from './highs-loader';

export interface PackingItem {
  /** Objective coefficient (> 0). In the engine: candidate score × number of needs. */
  weight: number;
  /** Score per need, so that weight = share × needs.length; used by the combinatorial bound. */
  needs: number[];
  profiles: number[];
}

export interface PackingProblem {
  items: PackingItem[];
  /** Capacity per profile index. */
  capacities: number[];
  /** For every pin, the indices of the items that contain the pinned set. */
  pins: number[][];
  /** The solver's time budget in seconds; converted into deterministic work limits (see `workLimits`). */
  timeLimitSeconds: number;
  /** Wall-clock safety net (epoch ms); default: safetyDeadlineOf(start, timeLimitSeconds, items). Should never fire. */
  safetyDeadline?: number;
  maxExactCandidates: number;
  /** Relative MIP gap at which HiGHS stops (default DEFAULT_RELATIVE_GAP). */
  relativeGap?: number;
  /** Largest model for which the heuristic path still solves the LP relaxation for a bound (default 250,000). */
  maxRelaxationCandidates?: number;
  onProgress?: (fraction: number) => void;
}

/** HiGHS stops once its solution is proven within this share of the optimum (0.2 %, well inside the 2 % target). */
export const DEFAULT_RELATIVE_GAP = 0.002;

/**
 * The wall-clock safety net: SAFETY_FACTOR × the time limit + SAFETY_MARGIN_SECONDS + SAFETY_SECONDS_PER_ITEM per
 * candidate (generous, so that it does not fire in normal runs even on a loaded machine: the work limits grow with
 * the model — the LP may take 20 simplex iterations per candidate — so the net grows with it too).
 */
export const SAFETY_FACTOR = 3;
export const SAFETY_MARGIN_SECONDS = 10;
export const SAFETY_SECONDS_PER_ITEM = 0.002;

/** Epoch ms at which the safety net fires for a run of `items` candidates started at `startedAt`. */
export function safetyDeadlineOf(startedAt: number, timeLimitSeconds: number, items = 0): number {
  const seconds =
    SAFETY_FACTOR * timeLimitSeconds + SAFETY_MARGIN_SECONDS + SAFETY_SECONDS_PER_ITEM * items;
  return startedAt + seconds * 1000;
}

/** 'exact-time-limit': HiGHS was stopped by its work limit (derived from the time limit) before proving the gap. */
export type PackingMethod = 'exact' | 'exact-time-limit' | 'greedy' | 'empty';

/** Deterministic work limits of one solve, all derived from the time budget and the model size. */
export interface WorkLimits {
  /** Local-search move evaluations per greedy pass sequence. */
  localSearchMoves: number;
  /** Subgradient iterations of the Lagrangian bound. */
  lagrangianIterations: number;
  /** Simplex iterations of the LP relaxation. */
  simplexIterations: number;
  /** Whether the budget is large enough for HiGHS branch and cut to start (presolve + root LP). */
  runExact: boolean;
  /** HiGHS MIP checkpoints (root separation rounds and nodes) before the work limit stops it. */
  mipCheckpoints: number;
}

/**
 * Fixed formulas, calibrated on the benchmark problems (CPU time): a local-search move costs up to ≈ 0.1 ms at
 * Norway scale (1,500 moves per budget second keep the three greedy passes well inside it); with 8,500
 * candidates HiGHS needs ≈ 2 s for presolve + root LP and ≈ 0.45 s per checkpoint (a root separation round; nodes
 * are cheaper), with 600 candidates ≈ 0.3 s and ≈ 0.11 s. Only the inputs — time budget and model size — decide
 * them, never the clock.
 */
export function workLimits(timeLimitSeconds: number, items: number): WorkLimits {
  const seconds = Math.max(0, timeLimitSeconds);
  const checkpointSeconds = 0.08 + 4.5e-5 * items;
  const startSeconds = 0.1 + 2.4e-4 * items;
  const mipSeconds = 0.85 * seconds - startSeconds;
  return {
    localSearchMoves: Math.max(1_000, Math.round(1_500 * seconds)),
    lagrangianIterations: 300,
    simplexIterations: Math.max(20_000, 20 * items),
    runExact: mipSeconds >= 4 * checkpointSeconds,
    mipCheckpoints: Math.max(4, Math.floor(mipSeconds / checkpointSeconds)),
  };
}

export interface PackingResult {
  /** Selected item indices, ascending. */
  selected: number[];
  objective: number;
  upperBound: number;
  method: PackingMethod;
  /** Pins (indices into problem.pins) that could not be honoured. */
  droppedPins: number[];
  /** Why the heuristic ran instead of the exact solver, if it did. */
  fallbackReason?: string;
  /** Set when the wall-clock safety net stopped a step: the result may then differ between runs. */
  safetyStop?: string;
}

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
  const needIds = new Map<number, number>();
  const profileIds = new Map<number, number>();
  for (const item of problem.items) {
    for (const n of item.needs) if (!needIds.has(n)) needIds.set(n, needIds.size);
    for (const p of item.profiles) if (!profileIds.has(p)) profileIds.set(p, profileIds.size);
  }
  const itemNeeds = problem.items.map((it) => it.needs.map((n) => needIds.get(n)!));
  const itemProfiles = problem.items.map((it) => it.profiles.map((p) => profileIds.get(p)!));
  const cap = new Float64Array(profileIds.size);
  for (const [p, k] of profileIds) cap[k] = problem.capacities[p] ?? 0;
  const lambda = new Float64Array(needIds.size);
  const mu = new Float64Array(profileIds.size);
  problem.items.forEach((it, i) => {
    if (it.needs.length === 0) return;
    const share = it.weight / it.needs.length;
    for (const k of itemNeeds[i]) lambda[k] = Math.max(lambda[k], share);
  });
  const gNeed = new Float64Array(needIds.size);
  const gProfile = new Float64Array(profileIds.size);
  let best = Infinity;
  const reducedCosts = new Float64Array(problem.items.length);
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
    for (let i = 0; i < problem.items.length; i++) {
      let reduced = problem.items[i].weight;
      for (const k of itemNeeds[i]) reduced -= lambda[k];
      for (const k of itemProfiles[i]) reduced -= mu[k];
      if (reduced > 0) {
        value += reduced;
        for (const k of itemNeeds[i]) gNeed[k] -= 1;
        for (const k of itemProfiles[i]) gProfile[k] -= 1;
      }
    }
    if (value < best - 1e-9) {
      best = value;
      sinceImprovement = 0;
      for (let i = 0; i < problem.items.length; i++) {
        let reduced = problem.items[i].weight;
        for (const k of itemNeeds[i]) reduced -= lambda[k];
        for (const k of itemProfiles[i]) reduced -= mu[k];
        reducedCosts[i] = reduced;
      }
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

/** Tracks a feasible selection: need owner, profile usage, and supports add/remove. */
class Selection {
  readonly needOwner = new Map<number, number>();
  readonly profileUsers = new Map<number, Set<number>>();
  readonly chosen = new Set<number>();
  value = 0;

  constructor(private readonly problem: PackingProblem) {}

  conflicts(itemIndex: number, locked: Set<number>): Set<number> | undefined {
    const item = this.problem.items[itemIndex];
    const out = new Set<number>();
    for (const n of item.needs) {
      const owner = this.needOwner.get(n);
      if (owner !== undefined) {
        if (locked.has(owner)) return undefined;
        out.add(owner);
      }
    }
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0) return undefined;
      const users = this.profileUsers.get(p);
      if (!users || users.size < cap) continue;
      // One user of p must leave; if a conflicting item already leaves, p is freed.
      let freed = false;
      for (const u of users) if (out.has(u)) freed = true;
      if (freed) continue;
      let cheapest: number | undefined;
      for (const u of users) {
        if (locked.has(u)) continue;
        if (
          cheapest === undefined ||
          this.problem.items[u].weight < this.problem.items[cheapest].weight ||
          (this.problem.items[u].weight === this.problem.items[cheapest].weight && u > cheapest)
        )
          cheapest = u;
      }
      if (cheapest === undefined) return undefined;
      out.add(cheapest);
    }
    return out;
  }

  /** Whether the item fits without removing anything (same as `conflicts(i, locked)` being empty; no allocation). */
  fits(itemIndex: number): boolean {
    const item = this.problem.items[itemIndex];
    for (const n of item.needs) if (this.needOwner.has(n)) return false;
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0) return false;
      const users = this.profileUsers.get(p);
      if (users && users.size >= cap) return false;
    }
    return true;
  }

  add(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen.add(itemIndex);
    this.value += item.weight;
    for (const n of item.needs) this.needOwner.set(n, itemIndex);
    for (const p of item.profiles) {
      let users = this.profileUsers.get(p);
      if (!users) this.profileUsers.set(p, (users = new Set()));
      users.add(itemIndex);
    }
  }

  remove(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen.delete(itemIndex);
    this.value -= item.weight;
    for (const n of item.needs) if (this.needOwner.get(n) === itemIndex) this.needOwner.delete(n);
    for (const p of item.profiles) this.profileUsers.get(p)?.delete(itemIndex);
  }
}

/** Items by weight descending, ties by index: the deterministic order used by the heuristic. */
function orderByWeight(problem: PackingProblem): number[] {
  return problem.items
    .map((_, i) => i)
    .sort((a, b) => problem.items[b].weight - problem.items[a].weight || a - b);
}

/**
 * Greedy by weight (pinned sets first), then 1-opt local search: bring in an unselected item when its weight exceeds
 * the total weight of the selected items it conflicts with (needs shared, or a full profile). Items satisfying a pin
 * are locked once chosen. Deterministic: the local search stops after 20 passes or `maxMoves` move evaluations;
 * `safetyDeadline` is only a wall-clock safety net (`safetyStop` set when it fires).
 */
export function greedyPacking(
  problem: PackingProblem,
  safetyDeadline: number,
  guide?: Float64Array,
  maxMoves = workLimits(problem.timeLimitSeconds, problem.items.length).localSearchMoves,
): { selected: number[]; value: number; droppedPins: number[]; safetyStop: boolean } {
  let safetyStop = false;
  let moves = 0;
  const sel = new Selection(problem);
  const locked = new Set<number>();
  const droppedPins: number[] = [];
  // Weight order, or — with an LP solution as guide — LP value first (LP rounding), then weight.
  const order = guide
    ? orderByWeight(problem).sort(
        (a, b) => guide[b] - guide[a] || problem.items[b].weight - problem.items[a].weight || a - b,
      )
    : orderByWeight(problem);

  problem.pins.forEach((pinItems, pinIndex) => {
    const sorted = [...pinItems].sort(
      (a, b) => problem.items[b].weight - problem.items[a].weight || a - b,
    );
    for (const i of sorted) {
      if (sel.chosen.has(i)) {
        locked.add(i);
        return;
      }
      if (sel.fits(i)) {
        sel.add(i);
        locked.add(i);
        return;
      }
    }
    droppedPins.push(pinIndex);
  });

  for (const i of order) {
    if (!sel.chosen.has(i) && sel.fits(i)) sel.add(i);
  }

  // Local search: bring in an unselected item, drop the selected items it conflicts with, refill the freed needs and
  // capacity greedily from the items touching them, keep the move if the total grew (else undo). Until no move
  // improves, a pass limit, or the move limit.
  const rank = new Int32Array(problem.items.length);
  order.forEach((i, r) => (rank[i] = r));
  const byNeed = new Map<number, number[]>();
  const byProfile = new Map<number, number[]>();
  problem.items.forEach((item, i) => {
    for (const n of item.needs) (byNeed.get(n) ?? byNeed.set(n, []).get(n)!).push(i);
    for (const p of item.profiles) (byProfile.get(p) ?? byProfile.set(p, []).get(p)!).push(i);
  });
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (const i of order) {
      if (moves >= maxMoves || safetyStop) break;
      if (sel.chosen.has(i)) continue;
      const conflicts = sel.conflicts(i, locked);
      if (!conflicts) continue;
      if (++moves % 256 === 0 && Date.now() > safetyDeadline) safetyStop = true;
      const before = sel.value;
      // Only items using a freed resource can fit after the move: a need of a removed item, or a profile that was
      // full before the removal (items on other profiles did not fit before and still do not).
      const fullProfiles: number[] = [];
      for (const c of conflicts)
        for (const p of problem.items[c].profiles)
          if ((sel.profileUsers.get(p)?.size ?? 0) >= (problem.capacities[p] ?? 0))
            fullProfiles.push(p);
      for (const c of conflicts) sel.remove(c);
      sel.add(i);
      // Refill candidates; an item with an owned need cannot fit now nor after further additions, so it is
      // dropped before the (rank-ordered) refill — the refill result is unchanged, only cheaper.
      const touched = new Set<number>();
      const consider = (j: number) => {
        if (touched.has(j) || sel.chosen.has(j) || conflicts.has(j)) return;
        for (const n of problem.items[j].needs) if (sel.needOwner.has(n)) return;
        touched.add(j);
      };
      for (const c of conflicts)
        for (const n of problem.items[c].needs) for (const j of byNeed.get(n) ?? []) consider(j);
      for (const p of fullProfiles) for (const j of byProfile.get(p) ?? []) consider(j);
      const added: number[] = [];
      for (const j of [...touched].sort((a, b) => rank[a] - rank[b])) {
        if (sel.fits(j)) {
          sel.add(j);
          added.push(j);
        }
      }
      if (sel.value > before + 1e-9) {
        improved = true;
      } else {
        for (const j of added) sel.remove(j);
        sel.remove(i);
        for (const c of conflicts) sel.add(c);
      }
    }
    if (!improved || moves >= maxMoves || safetyStop) break;
  }
  const selected = [...sel.chosen].sort((a, b) => a - b);
  let value = 0;
  for (const i of selected) value += problem.items[i].weight;
  return { selected, value, droppedPins, safetyStop };
}

interface ExactOutcome {
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

  // Rows: needs with ≥ 2 items, profiles whose item count exceeds capacity, pins.
  const needItems = new Map<number, number[]>();
  const profileItems = new Map<number, number[]>();
  problem.items.forEach((item, i) => {
    for (const n of item.needs) {
      let l = needItems.get(n);
      if (!l) needItems.set(n, (l = []));
      l.push(i);
    }
    for (const p of item.profiles) {
      let l = profileItems.get(p);
      if (!l) profileItems.set(p, (l = []));
      l.push(i);
    }
  });
  const rows: Array<{ items: number[]; lower: number; upper: number }> = [];
  const colUpper = new Float64Array(numCols).fill(1);
  for (const n of [...needItems.keys()].sort((a, b) => a - b)) {
    const items = needItems.get(n)!;
    if (items.length > 1) rows.push({ items, lower: -highs.infinity, upper: 1 });
  }
  for (const p of [...profileItems.keys()].sort((a, b) => a - b)) {
    const items = profileItems.get(p)!;
    const cap = problem.capacities[p] ?? 0;
    if (cap <= 0) for (const i of items) colUpper[i] = 0;
    else if (items.length > cap) rows.push({ items, lower: -highs.infinity, upper: cap });
  }
  for (const pinItems of pins)
    rows.push({ items: [...pinItems].sort((a, b) => a - b), lower: 1, upper: 1 });

  // CSC matrix: per column, its rows.
  const colRows: number[][] = Array.from({ length: numCols }, () => []);
  rows.forEach((row, r) => {
    for (const i of row.items) colRows[i].push(r);
  });
  const starts = new Int32Array(numCols + 1);
  let nnz = 0;
  for (let c = 0; c < numCols; c++) {
    starts[c] = nnz;
    nnz += colRows[c].length;
  }
  starts[numCols] = nnz;
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz).fill(1);
  let k = 0;
  for (let c = 0; c < numCols; c++) for (const r of colRows[c]) indices[k++] = r;

  const model = highs.createModel({
    numCols,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(problem.items.map((it) => it.weight)),
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
async function solveRelaxation(
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
async function solveExact(
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

/** Checks a selection against needs, capacities and pins (used as a guard on solver output). */
export function isFeasibleSelection(
  problem: PackingProblem,
  selected: number[],
  pins: number[][],
): boolean {
  const needs = new Set<number>();
  const usage = new Map<number, number>();
  for (const i of selected) {
    for (const n of problem.items[i].needs) {
      if (needs.has(n)) return false;
      needs.add(n);
    }
    for (const p of problem.items[i].profiles) {
      const u = (usage.get(p) ?? 0) + 1;
      if (u > (problem.capacities[p] ?? 0)) return false;
      usage.set(p, u);
    }
  }
  const chosen = new Set(selected);
  return pins.every((pinItems) => pinItems.filter((i) => chosen.has(i)).length === 1);
}

/**
 * 1. Greedy by weight + local search (cheap; decides which pins are satisfiable), a Lagrangian bound and the
 *    Lagrangian heuristic (greedy in reduced-cost order).
 * 2. LP relaxation with HiGHS: a proven upper bound, and its fractional solution guides a second greedy pass
 *    (LP rounding + local search).
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
  let best = greedyPacking(problem, safetyDeadline, undefined, limits.localSearchMoves);
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
    limits.localSearchMoves,
  );
  if (byReducedCost.safetyStop) safetyStops.push('Lagrangian heuristic');
  if (
    byReducedCost.droppedPins.length < best.droppedPins.length ||
    (byReducedCost.droppedPins.length === best.droppedPins.length &&
      byReducedCost.value > best.value + 1e-12)
  )
    best = byReducedCost;
  problem.onProgress?.(0.1);

  let fallbackReason: string | undefined = !exactAllowed
    ? `${problem.items.length} candidates exceed maxExactCandidates (${problem.maxExactCandidates})`
    : !limits.runExact
      ? `time limit ${problem.timeLimitSeconds.toFixed(1)} s too short for the exact solve of ${problem.items.length} candidates`
      : undefined;
  if (problem.items.length <= (problem.maxRelaxationCandidates ?? 250_000)) {
    try {
      const lp = await solveRelaxation(problem, limits.simplexIterations, safetySeconds());
      if (lp && 'safetyStop' in lp) safetyStops.push('LP relaxation');
      else if (lp) {
        bound = Math.min(bound, lp.bound);
        const guided = greedyPacking(problem, safetyDeadline, lp.values, limits.localSearchMoves);
        if (guided.safetyStop) safetyStops.push('LP rounding');
        if (
          guided.droppedPins.length < best.droppedPins.length ||
          (guided.droppedPins.length === best.droppedPins.length &&
            guided.value > best.value + 1e-12)
        )
          best = guided;
      }
    } catch {
      // The combinatorial bound stays valid without the LP.
    }
  }
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
        problem.onProgress?.(1);
        const useHeuristic = startOk && best.value > outcome.value;
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
