/**
 * Consortium formation on top of an AffinityModel: candidates → set packing → proposals with explanations.
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
import { generateCandidates } from './candidate-generation';
import { explainProposal, unmatchedReason, SelectionInfo } from './explanations';
import { FormationContext } from './formation-context';
import { PackingMethod, solvePacking } from './set-packing';

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
}

/** The solver's budget is never below this (a budget, converted into work limits — not a wall-clock minimum). */
export const MIN_SOLVER_SECONDS = 1;

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
  const remap = new Map<number, number>();
  const candidates = gen.candidates.filter((c, i) => {
    if (c.needs.some((n) => blocked.has(n))) return false;
    remap.set(i, remap.size);
    return true;
  });
  const pinCandidates = gen.pinCandidates.map((list) =>
    list.filter((i) => remap.has(i)).map((i) => remap.get(i)!),
  );

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
  const candidatesOfNeed = new Map<number, number[]>();
  candidates.forEach((c, ci) => {
    for (const n of c.needs) {
      const l = candidatesOfNeed.get(n) ?? [];
      l.push(ci);
      candidatesOfNeed.set(n, l);
    }
  });
  const info: SelectionInfo = {
    candidates,
    proposalIdOf,
    candidatesOfNeed,
    droppedPins,
    timeLimited: packing.method !== 'exact' && packing.method !== 'empty',
  };
  const unmatchedNeeds: UnmatchedNeed[] = [];
  ctx.needs.forEach((need, n) => {
    if (!matched.has(n))
      unmatchedNeeds.push({ needId: need.id, ...unmatchedReason(ctx, n, info, locale) });
  });

  const objective = round4(packing.objective);
  const upperBound = Math.max(objective, ceil4(packing.upperBound));
  diagnostics?.({
    candidateCount: candidates.length,
    method: packing.method,
    // The CLI prints fallbackReason; a safety stop is appended there too so that it is never silent.
    fallbackReason:
      [packing.fallbackReason, packing.safetyStop].filter((x) => x).join('; ') || undefined,
    formingMs: formedAt - started,
    optimisingMs: optimisedAt - formedAt,
    solverBudgetSeconds: solverBudget,
    ...(packing.safetyStop ? { safetyStop: packing.safetyStop } : {}),
  });
  return { format: PROPOSALS_FORMAT, objective, upperBound, proposals, unmatchedNeeds };
}
