/**
 * `score` command of the exchange format: need × profile affinities as a brobygger.scores/v1 document.
 */
import {
  EngineOptions,
  Problem,
  ScoreEntry,
  ScoresDocument,
  SCORES_FORMAT,
  Settings,
} from '../exchange/types';
import { buildAffinityModel } from './affinity-model.builder';
import { TextAffinityModel } from './text-affinity-model';
import { TopK } from './top-k';

export interface ScoreOptions {
  /** The K best profiles per need (default 10). Ignored when `all` is set. */
  top?: number;
  /** Every need × profile pair. */
  all?: boolean;
  onProgress?: EngineOptions['onProgress'];
}

export const DEFAULT_TOP = 10;

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Score a problem. With `all`, every need × profile pair; otherwise the `top` best profiles of each need (pairs
 * without shared terms fill up the list by their other components when fewer than `top` share terms). Entries are
 * ordered by score (descending), then needId, then profileId; numbers are rounded to 4 decimals.
 */
export function scoreProblem(
  problem: Problem,
  settings: Settings,
  options: ScoreOptions = {},
): ScoresDocument {
  const model = buildAffinityModel(problem, settings, options.onProgress);
  return scoreWithModel(model, options);
}

export function scoreWithModel(
  model: TextAffinityModel,
  options: Pick<ScoreOptions, 'top' | 'all'> = {},
): ScoresDocument {
  const { problem } = model;
  const numProfiles = problem.profiles.length;
  const k = options.all ? numProfiles : Math.max(0, Math.floor(options.top ?? DEFAULT_TOP));
  const entries: ScoreEntry[] = [];
  const hasText = new Uint8Array(numProfiles);

  const { profiles: candidateProfiles, cosines: candidateCosines } = model.candidateBuffers();
  const profileRank = model.profileRank;

  for (let i = 0; i < problem.needs.length; i++) {
    const top = new TopK(options.all ? k : model.poolSize(k));
    const numCandidates = model.collectTextCandidates(i);
    for (let m = 0; m < numCandidates; m++) {
      const p = candidateProfiles[m];
      const cos = candidateCosines[m];
      hasText[p] = 1;
      if (top.full && model.scoreBound(cos) < top.worstScore) continue;
      top.offer(p, model.scoreOf(i, p, cos), profileRank[p]);
    }
    if (numCandidates < k) {
      for (let p = 0; p < numProfiles; p++) {
        if (!hasText[p]) top.offer(p, model.scoreOf(i, p, 0), profileRank[p]);
      }
    }
    const exact = top.items().map((p) => {
      const cos = model.textCosine(i, p);
      return { p, cos, c: model.components(i, p, cos) };
    });
    exact.sort((a, b) => b.c.score - a.c.score || profileRank[a.p] - profileRank[b.p]);
    for (const { p, cos, c } of exact.slice(0, k)) {
      const shared = cos > 0 ? model.sharedSurfacesOf(i, p) : [];
      entries.push({
        needId: problem.needs[i].id,
        profileId: problem.profiles[p].id,
        score: round4(c.score),
        components: {
          text: round4(c.text),
          themes: round4(c.themes),
          region: round4(c.region),
          projectType: round4(c.projectType),
        },
        sharedTerms: shared,
      });
    }
    for (let m = 0; m < numCandidates; m++) hasText[candidateProfiles[m]] = 0;
  }
  entries.sort(
    (a, b) =>
      b.score - a.score ||
      (a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : 0) ||
      (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0),
  );
  return { format: SCORES_FORMAT, scores: entries };
}
