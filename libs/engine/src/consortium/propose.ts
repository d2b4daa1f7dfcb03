/**
 * `proposeConsortia`: the engine's `propose` entry point. Resolves settings, scores with the text affinity model
 * (raised for pairs with an expressed interest, model/interest-evidence.ts),
 * forms candidate consortia, selects them with HiGHS (or the heuristic) and explains the result.
 */
import { resolveSettings } from '../exchange/settings';
import { EngineOptions, Problem, ProposalsDocument } from '../exchange/types';
import { withInterestEvidence } from '../model/interest-evidence';
import { prepareScoringModel, ShardedAffinityModel, ShardScores } from '../model/sharded-scoring';
import { TextAffinityModel } from '../text/text-affinity-model';
import { FormationDiagnostics, formConsortia } from './form-consortia';

export interface ProposeOptions extends EngineOptions {
  /** Receives candidate count, solver method and timings (for the CLI's stderr and the benchmark). */
  onDiagnostics?: (d: FormationDiagnostics) => void;
  /** The problem's needs scored in shards (model/sharded-scoring.ts): same proposals, less scoring here. */
  shards?: readonly ShardScores[];
  /** The problem's text model, when already prepared (prepareScoringModel of this very problem object). */
  model?: TextAffinityModel;
}

export async function proposeConsortia(
  problem: Problem,
  options: ProposeOptions = {},
): Promise<ProposalsDocument> {
  const settings = resolveSettings(problem.settings);
  if (options.model && options.model.problem !== problem)
    throw new Error('the prepared model belongs to another problem');
  const text = options.model ?? prepareScoringModel(problem, options.onProgress);
  const model = withInterestEvidence(
    options.shards ? new ShardedAffinityModel(text, options.shards) : text,
  );
  const timeLimit = options.timeLimitSeconds ?? settings.timeLimitSeconds;
  // The time limit covers the whole run. The solver's share is derived from the limit and the candidate count
  // (deterministic work limits, see solverBudgetSeconds / workLimits), never from the clock; the clock only
  // drives the solver's safety net (3 × its budget + 10 s + 2 ms per candidate from the start of the solve).
  return formConsortia(
    problem,
    model,
    settings,
    { ...options, timeLimitSeconds: timeLimit },
    options.onDiagnostics,
  );
}
