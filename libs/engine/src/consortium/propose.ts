/**
 * `proposeConsortia`: the engine's `propose` entry point. Resolves settings, scores with the text affinity model,
 * forms candidate consortia, selects them with HiGHS (or the heuristic) and explains the result.
 */
import { resolveSettings } from '../exchange/settings';
import { EngineOptions, Problem, ProposalsDocument } from '../exchange/types';
import { buildAffinityModel } from '../text';
import { FormationDiagnostics, formConsortia, MIN_SOLVER_SECONDS } from './form-consortia';

export interface ProposeOptions extends EngineOptions {
  /** Receives candidate count, solver method and timings (for the CLI's stderr and the benchmark). */
  onDiagnostics?: (d: FormationDiagnostics) => void;
}

export async function proposeConsortia(
  problem: Problem,
  options: ProposeOptions = {},
): Promise<ProposalsDocument> {
  const settings = resolveSettings(problem.settings);
  const startedAt = Date.now();
  const model = buildAffinityModel(problem, settings, options.onProgress);
  const timeLimit = options.timeLimitSeconds ?? settings.timeLimitSeconds;
  // The time limit covers the whole run; the solver gets what scoring and candidate formation left over.
  const scoringSeconds = (Date.now() - startedAt) / 1000;
  return formConsortia(
    problem,
    model,
    settings,
    { ...options, timeLimitSeconds: Math.max(MIN_SOLVER_SECONDS, timeLimit - scoringSeconds) },
    options.onDiagnostics,
  );
}
