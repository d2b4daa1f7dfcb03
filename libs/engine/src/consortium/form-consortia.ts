/**
 * Consortium formation on top of an AffinityModel: candidates → residual rounds → set packing → insertion and
 * cleanup rounds → proposals with explanations.
 *
 * Residual rounds fix the capacity contention of the first candidate pool (which concentrates on the best groups
 * of each topic): a quick greedy selection of the pool shows which needs stay open and which capacity stays free;
 * candidates are then formed for the open needs from the free capacity only (looking deeper into each need's
 * ranked groups) and added to the pool, up to RESIDUAL_ROUNDS times. The pool is solved as before.
 * After the solve, capacity (research-group slots) is what binds, so the last steps place more needs per slot:
 * - insertion: an open need joins a selected consortium that has room and shares its topic, when the consortium's
 *   groups give it topic evidence (no capacity used; joinNeed);
 * - cleanup rounds: candidates for the still open needs from the free capacity plus the capacity selected
 *   consortia can release (a research group beyond what the consortium's validity needs, see releasable); the
 *   releases are made only when the new proposals are worth more than the releases cost.
 * Their candidates' combinatorial bound is added to the upper bound, so the reported bound stays valid for
 * everything considered. A need stays unmatched only when no candidate above the quality floor exists for it among
 * the free groups (see isValidGroup).
 */
import { AffinityModel } from '../model/affinity-model';
import {
  EngineOptions,
  Problem,
  PROPOSALS_FORMAT,
  Proposal,
  ProposalsDocument,
  Settings,
  UnmatchedNeed,
} from '../exchange/types';
import { cmp } from './candidate-score';
import { generateCandidates, joinNeed, resolvePins, withoutGroup } from './candidate-generation';
import { explainProposal, unmatchedReason, SelectionInfo } from './explanations';
import { FormationContext } from './formation-context';
import { Candidate } from './consortium.types';
import {
  combinatorialBound,
  greedyPacking,
  lagrangianBound,
  PackingMethod,
  solvePacking,
} from './set-packing';

export interface FormationDiagnostics {
  candidateCount: number;
  method: PackingMethod;
  fallbackReason?: string;
  formingMs: number;
  optimisingMs: number;
  /** The solver's time budget (s), from which its deterministic work limits are derived. */
  solverBudgetSeconds: number;
  /** Set only if the wall-clock safety net (3× the solver budget + 10 s + 2 ms per candidate) stopped a solver step: runs may then differ. */
  safetyStop?: string;
  /** Candidates added by the residual rounds (included in candidateCount) and by the cleanup round after the solve. */
  residualCandidates?: number;
  cleanupCandidates?: number;
}

/** Residual rounds before the solve (each: greedy selection, then candidates for the open needs from free capacity). */
export const RESIDUAL_ROUNDS = 1;
/** Cleanup rounds after the solve (each packs candidates for the still open needs into the still free capacity). */
export const CLEANUP_ROUNDS = 3;
/** Candidates kept per seed need in residual and cleanup rounds (the first round keeps up to 12). */
const RESIDUAL_PER_SEED = 4;
/** Local-search moves of the quick greedy selection of a residual round (a work limit: deterministic). */
const RESIDUAL_GREEDY_MOVES = 2_000;

/**
 * The solver's budget is never below this (a budget, converted into work limits — not a wall-clock minimum). Low
 * enough that time limits of 1, 2 and 4 s get budgets of 0.25, 0.5 and 1 s, and so do less work.
 */
export const MIN_SOLVER_SECONDS = 0.25;

/** Estimated cost of scoring + candidate formation per candidate (s; Norway: 8,500 candidates ≈ 6.4 s CPU). */
export const FORMING_SECONDS_PER_CANDIDATE = 7.5e-4;

/**
 * The solver's share of the time limit, a fixed function of the time limit and the candidate count (never of the
 * clock, so that the same input gets the same work limits): what the estimated scoring + formation cost leaves,
 * but at least a quarter of the limit and MIN_SOLVER_SECONDS.
 */
export function solverBudgetSeconds(timeLimitSeconds: number, candidateCount: number): number {
  return Math.max(
    MIN_SOLVER_SECONDS,
    0.25 * timeLimitSeconds,
    timeLimitSeconds - FORMING_SECONDS_PER_CANDIDATE * candidateCount,
  );
}

export interface FormationOptions extends EngineOptions {
  /** Wall-clock safety net for the solver (epoch ms); default: the solver's start + 3 × its budget + 10 s. */
  safetyDeadline?: number;
}

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Rounds up, so that a rounded upper bound stays an upper bound. */
export function ceil4(x: number): number {
  return Math.ceil(x * 1e4 - 1e-7) / 1e4;
}

export async function formConsortia(
  problem: Problem,
  model: AffinityModel,
  settings: Settings,
  options: FormationOptions = {},
  diagnostics?: (d: FormationDiagnostics) => void,
): Promise<ProposalsDocument> {
  const started = Date.now();
  const progress = options.onProgress;
  const locale = settings.locale;
  const ctx = new FormationContext(problem, settings, model);

  progress?.('forming-candidates', 0);
  const gen = generateCandidates(ctx, (f) => progress?.('forming-candidates', f));
  const formedAt = Date.now();

  // Needs of a pin that breaks a hard rule stay out of every proposal, so the broker sees why the pin failed
  // (in unmatchedNeeds) instead of finding the need silently placed elsewhere.
  const blocked = new Set<number>();
  for (const pinIndex of gen.pinProblems.keys())
    for (const id of settings.pins[pinIndex].needIds) {
      const n = ctx.needIndexById.get(id);
      if (n !== undefined) blocked.add(n);
    }
  const candidates = gen.candidates.filter((c) => !c.needs.some((n) => blocked.has(n)));
  const indexOfKey = new Map(candidates.map((c, i) => [c.key, i]));
  const addCandidate = (c: Candidate): number => {
    let i = indexOfKey.get(c.key);
    if (i === undefined) {
      i = candidates.length;
      indexOfKey.set(c.key, i);
      candidates.push(c);
    }
    return i;
  };
  /** Candidates for the needs a selection leaves open, from the capacity it leaves free. */
  const residualCandidates = (selected: number[], capacity?: number[]): Candidate[] => {
    const free = [...ctx.capacity];
    const open = new Set(ctx.needs.map((_, n) => n).filter((n) => !blocked.has(n)));
    for (const i of selected) {
      for (const p of candidates[i].profiles) free[p]--;
      for (const n of candidates[i].needs) open.delete(n);
    }
    if (capacity) free.splice(0, free.length, ...capacity);
    if (open.size === 0) return [];
    const residual = generateCandidates(ctx.residual(free, open), undefined, {
      withPins: false,
      maxPerSeed: RESIDUAL_PER_SEED,
    });
    return residual.candidates;
  };
  const pinsOf = (pool: Candidate[]) => pinCandidatesOf(ctx, gen.pinCandidates.length, pool);
  const startedCount = candidates.length;
  for (let round = 0; round < RESIDUAL_ROUNDS; round++) {
    const quick = greedyPacking(
      {
        items: candidates,
        capacities: ctx.capacity,
        pins: pinsOf(candidates),
        timeLimitSeconds: 0,
        maxExactCandidates: 0,
      },
      Infinity,
      undefined,
      RESIDUAL_GREEDY_MOVES,
    );
    const before = candidates.length;
    for (const c of residualCandidates(quick.selected)) addCandidate(c);
    if (candidates.length === before) break;
  }
  const pinCandidates = pinsOf(candidates);

  const timeLimit = options.timeLimitSeconds ?? settings.timeLimitSeconds;
  const solverBudget = solverBudgetSeconds(timeLimit, candidates.length);
  progress?.('optimising', 0);
  const packing = await solvePacking({
    items: candidates,
    capacities: ctx.capacity,
    pins: pinCandidates,
    timeLimitSeconds: solverBudget,
    ...(options.safetyDeadline !== undefined ? { safetyDeadline: options.safetyDeadline } : {}),
    maxExactCandidates: settings.maxExactCandidates,
    onProgress: (f) => progress?.('optimising', f),
  });

  // Cleanup rounds: the solver may leave needs open that a candidate from the free capacity could still place, or from
  // capacity a selected consortium can release (a research group beyond what its validity needs, see releasable).
  const solvedCount = candidates.length;
  let cleanupBound = 0;
  let cleanupValue = 0;
  const pinnedProfiles = new Set(settings.pins.flatMap((pin) => pin.profileIds ?? []));
  /** New candidates since `base`: their combinatorial bound at full capacity joins the upper bound (see below). */
  const boundNewCandidates = (base: number) => {
    if (candidates.length > base)
      cleanupBound += combinatorialBound({
        items: candidates.slice(base),
        capacities: ctx.capacity,
        pins: [],
        timeLimitSeconds: 0,
        maxExactCandidates: 0,
      });
  };
  // The insertion passes and the cleanup rounds ask again about the consortia that did not change.
  const join = memoised((c, n) => joinNeed(ctx, c, n));
  const without = memoised((c, p) => withoutGroup(ctx, c, p));
  const insertAll = () => {
    const base = candidates.length;
    for (const { at, candidate } of insertOpenNeeds(
      ctx,
      candidates,
      packing.selected,
      blocked,
      join,
    )) {
      cleanupValue += candidate.weight - candidates[packing.selected[at]].weight;
      packing.selected[at] = addCandidate(candidate);
    }
    boundNewCandidates(base);
  };
  insertAll();
  for (let round = 0; round < CLEANUP_ROUNDS; round++) {
    const free = [...ctx.capacity];
    for (const i of packing.selected) for (const p of candidates[i].profiles) free[p]--;
    const releases = releasable(
      ctx,
      packing.selected.map((i) => candidates[i]),
      pinnedProfiles,
      without,
    );
    const capacity = free.map((f, p) => f + (releases.get(p)?.length ?? 0));
    const cleanup = residualCandidates(packing.selected, capacity);
    if (cleanup.length === 0) break;
    const extra = greedyPacking(
      {
        items: cleanup,
        capacities: capacity,
        pins: [],
        timeLimitSeconds: 0,
        maxExactCandidates: 0,
      },
      Infinity,
      undefined,
      RESIDUAL_GREEDY_MOVES,
    );
    // The releases the extra selection needs (beyond the free capacity), the cheapest of each group first.
    const used = new Map<number, number>();
    for (const i of extra.selected)
      for (const p of cleanup[i].profiles) used.set(p, (used.get(p) ?? 0) + 1);
    const shrinks: Release[] = [];
    for (const [p, count] of [...used].sort((a, b) => a[0] - b[0]))
      shrinks.push(...(releases.get(p) ?? []).slice(0, count - Math.max(0, free[p])));
    const loss = shrinks.reduce((sum, r) => sum + r.loss, 0);
    if (extra.selected.length === 0 || extra.value <= loss) break;
    const base = candidates.length;
    for (const r of shrinks) packing.selected[r.at] = addCandidate(r.shrunk);
    for (const i of extra.selected) packing.selected.push(addCandidate(cleanup[i]));
    cleanupValue += extra.value - loss;
    // Everything considered = pool ∪ cleanup rounds: any selection splits into a part per pool, each within that
    // pool's bound (the new cleanup candidates' combinatorial bound at full capacity).
    boundNewCandidates(base);
    insertAll();
  }
  const optimisedAt = Date.now();

  const droppedPins = new Map<number, string>();
  for (const i of packing.droppedPins) droppedPins.set(i, gen.pinProblems.get(i) ?? 'conflict');

  const chosen = [...packing.selected].sort((a, b) => {
    const ca = candidates[a];
    const cb = candidates[b];
    return cb.score - ca.score || cmp(ca.key, cb.key);
  });
  const proposalIdOf = new Map<number, string>();
  chosen.forEach((ci, i) => proposalIdOf.set(ci, `c${i + 1}`));

  const proposals: Proposal[] = chosen.map((ci) => {
    const c = candidates[ci];
    const needIds = c.needs.map((n) => ctx.needs[n].id).sort(cmp);
    const profileIds = c.profiles.map((p) => ctx.profiles[p].id).sort(cmp);
    const organizationIds = [
      ...new Set([
        ...c.needs.map((n) => ctx.needs[n].organizationId),
        ...c.profiles.map((p) => ctx.profiles[p].organizationId),
      ]),
    ].sort(cmp);
    return {
      id: proposalIdOf.get(ci)!,
      projectType: c.projectType,
      score: round4(c.score),
      leadOrganizationId: c.leadOrganizationId,
      needIds,
      profileIds,
      organizationIds,
      components: {
        relevance: round4(c.components.relevance),
        coverage: round4(c.components.coverage),
        cohesion: round4(c.components.cohesion),
        diversity: round4(c.components.diversity),
      },
      ...explainProposal(ctx, c, locale),
    };
  });

  const matched = new Set<number>();
  for (const ci of chosen) for (const n of candidates[ci].needs) matched.add(n);
  const info: SelectionInfo = {
    candidates,
    proposalIdOf,
    droppedPins,
    timeLimited: packing.method !== 'exact' && packing.method !== 'empty',
  };
  const unmatchedNeeds: UnmatchedNeed[] = [];
  ctx.needs.forEach((need, n) => {
    if (!matched.has(n))
      unmatchedNeeds.push({ needId: need.id, ...unmatchedReason(ctx, n, info, locale) });
  });

  // Two valid bounds for everything considered; the Lagrangian one over the whole pool is usually tighter.
  let bound = packing.upperBound + cleanupBound;
  if (candidates.length > solvedCount)
    bound = Math.min(
      bound,
      lagrangianBound(
        {
          items: candidates,
          capacities: ctx.capacity,
          pins: [],
          timeLimitSeconds: 0,
          maxExactCandidates: 0,
        },
        packing.objective + cleanupValue,
        Infinity,
      ),
    );
  const objective = round4(packing.objective + cleanupValue);
  const upperBound = Math.max(objective, ceil4(bound));
  diagnostics?.({
    candidateCount: solvedCount,
    method: packing.method,
    // The CLI prints fallbackReason; a safety stop is appended there too so that it is never silent.
    fallbackReason:
      [packing.fallbackReason, packing.safetyStop].filter((x) => x).join('; ') || undefined,
    formingMs: formedAt - started,
    optimisingMs: optimisedAt - formedAt,
    solverBudgetSeconds: solverBudget,
    ...(packing.safetyStop ? { safetyStop: packing.safetyStop } : {}),
    residualCandidates: solvedCount - startedCount,
    cleanupCandidates: candidates.length - solvedCount,
  });
  return { format: PROPOSALS_FORMAT, objective, upperBound, proposals, unmatchedNeeds };
}

export interface Release {
  /** Position in the selection. */
  at: number;
  /** The selected consortium without the released group. */
  shrunk: Candidate;
  /** Objective weight lost by the release. */
  loss: number;
}

/**
 * Capacity that selected consortia can release, per research group: for each consortium the one group whose removal
 * costs the least objective weight while the consortium stays valid (size rule, topic evidence for every need) —
 * never a pinned group. Lists are cheapest first. `without`: withoutGroup on the run's context (memoised by the
 * caller).
 */
export function releasable(
  ctx: FormationContext,
  selected: Candidate[],
  pinnedProfiles: ReadonlySet<string>,
  without: (c: Candidate, p: number) => Candidate | undefined,
): Map<number, Release[]> {
  const out = new Map<number, Release[]>();
  selected.forEach((c, at) => {
    let best: { p: number; release: Release } | undefined;
    for (const p of c.profiles) {
      if (pinnedProfiles.has(ctx.profiles[p].id)) continue;
      const shrunk = without(c, p);
      if (!shrunk) continue;
      const loss = c.weight - shrunk.weight;
      if (!best || loss < best.release.loss) best = { p, release: { at, shrunk, loss } };
    }
    if (!best) return;
    const list = out.get(best.p) ?? [];
    list.push(best.release);
    out.set(best.p, list);
  });
  for (const list of out.values()) list.sort((a, b) => a.loss - b.loss || a.at - b.at);
  return out;
}

/**
 * Open needs inserted into selected consortia, in passes: each pass finds, for every open need, the selected
 * consortium it may join (joinNeed) with the highest gain in objective weight, and applies the options best gain
 * first, each consortium changed at most once per pass (`join`: joinNeed, memoised). Returns the replacements in
 * the order applied (`at`: the position in `selected`); deterministic (ties by need index and candidate key).
 */
function insertOpenNeeds(
  ctx: FormationContext,
  candidates: Candidate[],
  selected: number[],
  blocked: ReadonlySet<number>,
  join: (c: Candidate, n: number) => Candidate | undefined,
): Array<{ at: number; candidate: Candidate }> {
  const current = selected.map((i) => candidates[i]);
  const positionOf = new Map<number, number>();
  current.forEach((c, at) => c.needs.forEach((n) => positionOf.set(n, at)));
  const open = ctx.needs
    .map((_, n) => n)
    .filter(
      (n) => !positionOf.has(n) && !blocked.has(n) && ctx.isNeedUsable(n) && ctx.isSpecific(n),
    );
  const applied: Array<{ at: number; candidate: Candidate }> = [];
  for (;;) {
    const options: Array<{ n: number; at: number; candidate: Candidate; gain: number }> = [];
    for (const n of open) {
      if (positionOf.has(n)) continue;
      let best: { n: number; at: number; candidate: Candidate; gain: number } | undefined;
      const tried = new Set<number>();
      for (const nb of ctx.neighbours(n)) {
        const at = positionOf.get(nb.needIndex);
        if (at === undefined || tried.has(at)) continue;
        tried.add(at);
        const candidate = join(current[at], n);
        if (!candidate) continue;
        const gain = candidate.weight - current[at].weight;
        if (
          gain > 0 &&
          (!best ||
            gain > best.gain ||
            (gain === best.gain && cmp(candidate.key, best.candidate.key) < 0))
        )
          best = { n, at, candidate, gain };
      }
      if (best) options.push(best);
    }
    if (options.length === 0) break;
    options.sort((a, b) => b.gain - a.gain || a.n - b.n);
    const changed = new Set<number>();
    for (const o of options) {
      if (changed.has(o.at)) continue;
      changed.add(o.at);
      current[o.at] = o.candidate;
      positionOf.set(o.n, o.at);
      applied.push({ at: o.at, candidate: o.candidate });
    }
  }
  return applied;
}

/**
 * `f` memoised per (consortium key, index): for joinNeed and withoutGroup, which are pure functions of the consortium
 * and the need or group on the run's context. Two levels, so that a look-up builds no string (keys are long).
 */
function memoised(
  f: (c: Candidate, x: number) => Candidate | undefined,
): (c: Candidate, x: number) => Candidate | undefined {
  const answers = new Map<string, Map<number, Candidate | undefined>>();
  return (c, x) => {
    let byIndex = answers.get(c.key);
    if (!byIndex) answers.set(c.key, (byIndex = new Map()));
    if (!byIndex.has(x)) byIndex.set(x, f(c, x));
    return byIndex.get(x);
  };
}

/** For every pin, the candidates of the pool that contain its needs and profiles. */
function pinCandidatesOf(ctx: FormationContext, pinCount: number, pool: Candidate[]): number[][] {
  const pins = resolvePins(ctx);
  return Array.from({ length: pinCount }, (_, i) => {
    const pin = pins[i];
    if (typeof pin === 'string') return [];
    const out: number[] = [];
    pool.forEach((c, ci) => {
      if (
        pin.needs.every((n) => c.needs.includes(n)) &&
        pin.profiles.every((p) => c.profiles.includes(p))
      )
        out.push(ci);
    });
    return out;
  });
}
