/**
 * The set-packing problem shared by the solvers (see set-packing.ts for the model), its work limits and the
 * wall-clock safety net.
 */
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
  /** Local-search move evaluations of the heuristic whose selection is the answer or HiGHS's start (LP rounding). */
  localSearchMoves: number;
  /**
   * Local-search moves of the heuristics before the LP (greedy by weight, Lagrangian heuristic). When branch and cut
   * runs they only feed the Lagrangian bound and a fallback — HiGHS starts from the LP rounding — so they stop early.
   */
  preliminaryMoves: number;
  /** Subgradient iterations of the Lagrangian bound. */
  lagrangianIterations: number;
  /** Simplex iterations of the LP relaxation. */
  simplexIterations: number;
  /** Whether the budget is large enough for HiGHS branch and cut to start (start-up + root LP). */
  runExact: boolean;
  /** HiGHS MIP checkpoints (root separation rounds and nodes) before the work limit stops it. */
  mipCheckpoints: number;
}

/** Local-search moves per budget second, and the floor for tiny budgets. */
export const LOCAL_SEARCH_MOVES_PER_SECOND = 1_500;
export const MIN_LOCAL_SEARCH_MOVES = 200;
/** Moves of the preliminary heuristics when branch and cut takes over (the default budget of 2 s gets 3,000). */
export const PRELIMINARY_MOVES_BEFORE_EXACT = 3_000;

/**
 * Fixed formulas, calibrated on the benchmark problems (CPU time): a local-search move costs up to ≈ 0.03 ms at
 * Norway scale (1,500 moves per budget second keep the three greedy passes well inside it); the Lagrangian bound's
 * 300 iterations ≈ 0.1–0.2 s at 10,000 candidates (fewer for budgets under 1 s). The LP relaxation (≈ 0.3 s at
 * 10,000 candidates) runs at every budget: its rounding is the best heuristic selection. With 8,500 candidates HiGHS
 * needed ≈ 2 s for presolve + root LP and ≈ 0.45 s per checkpoint (a root separation round; nodes are cheaper), with
 * 600 candidates ≈ 0.3 s and ≈ 0.11 s. Branch and cut now runs without presolve and starts sooner; the formulas were
 * kept, so that a time limit still buys the same work. Only the inputs — time budget and model size — decide them,
 * never the clock.
 */
export function workLimits(timeLimitSeconds: number, items: number): WorkLimits {
  const seconds = Math.max(0, timeLimitSeconds);
  const checkpointSeconds = 0.08 + 4.5e-5 * items;
  const startSeconds = 0.1 + 2.4e-4 * items;
  const mipSeconds = 0.85 * seconds - startSeconds;
  const runExact = mipSeconds >= 4 * checkpointSeconds;
  const localSearchMoves = Math.max(
    MIN_LOCAL_SEARCH_MOVES,
    Math.round(LOCAL_SEARCH_MOVES_PER_SECOND * seconds),
  );
  return {
    localSearchMoves,
    preliminaryMoves: runExact
      ? Math.min(localSearchMoves, PRELIMINARY_MOVES_BEFORE_EXACT)
      : localSearchMoves,
    lagrangianIterations: Math.max(30, Math.round(300 * Math.min(1, seconds))),
    simplexIterations: Math.max(20_000, 20 * items),
    runExact,
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

/** The items' needs and profiles as flat arrays (CSR), so that the hot loops read typed arrays only. */
export class FlatItems {
  readonly weight: Float64Array;
  readonly needPtr: Int32Array;
  readonly needs: Int32Array;
  readonly profilePtr: Int32Array;
  readonly profiles: Int32Array;
  readonly numNeeds: number;
  readonly numProfiles: number;
  /** Capacity per profile (0 beyond problem.capacities). */
  readonly capacity: Int32Array;

  constructor(problem: PackingProblem) {
    const { items } = problem;
    const count = items.length;
    this.weight = new Float64Array(count);
    this.needPtr = new Int32Array(count + 1);
    this.profilePtr = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) {
      this.weight[i] = items[i].weight;
      this.needPtr[i + 1] = this.needPtr[i] + items[i].needs.length;
      this.profilePtr[i + 1] = this.profilePtr[i] + items[i].profiles.length;
    }
    this.needs = new Int32Array(this.needPtr[count]);
    this.profiles = new Int32Array(this.profilePtr[count]);
    let numNeeds = 0;
    let numProfiles = problem.capacities.length;
    let q = 0;
    let r = 0;
    for (const item of items) {
      for (const n of item.needs) {
        this.needs[q++] = n;
        if (n >= numNeeds) numNeeds = n + 1;
      }
      for (const p of item.profiles) {
        this.profiles[r++] = p;
        if (p >= numProfiles) numProfiles = p + 1;
      }
    }
    this.numNeeds = numNeeds;
    this.numProfiles = numProfiles;
    this.capacity = new Int32Array(numProfiles);
    problem.capacities.forEach((cap, p) => (this.capacity[p] = cap));
  }

  private needIncidence?: Incidence;
  private profileIncidence?: Incidence;

  /** Items of each need (built once, on first use). */
  get byNeed(): Incidence {
    return (this.needIncidence ??= incidence(this.numNeeds, this.needPtr, this.needs));
  }

  /** Items of each profile (built once, on first use). */
  get byProfile(): Incidence {
    return (this.profileIncidence ??= incidence(this.numProfiles, this.profilePtr, this.profiles));
  }
}

/** The flat form of each problem, shared by the solvers' passes over one problem object (greedy, HiGHS models). */
const flatForms = new WeakMap<PackingProblem, FlatItems>();

export function flatItemsOf(problem: PackingProblem): FlatItems {
  let flat = flatForms.get(problem);
  if (!flat) flatForms.set(problem, (flat = new FlatItems(problem)));
  return flat;
}

/** Items of each need and of each profile, in item order (CSR): the transpose of an item → key CSR. */
export interface Incidence {
  ptr: Int32Array;
  items: Int32Array;
}

function incidence(size: number, itemPtr: Int32Array, keys: Int32Array): Incidence {
  const ptr = new Int32Array(size + 1);
  for (const k of keys) ptr[k + 1]++;
  for (let k = 0; k < size; k++) ptr[k + 1] += ptr[k];
  const fill = ptr.slice(0, size);
  const items = new Int32Array(ptr[size]);
  for (let i = 0; i + 1 < itemPtr.length; i++)
    for (let q = itemPtr[i]; q < itemPtr[i + 1]; q++) items[fill[keys[q]]++] = i;
  return { ptr, items };
}
