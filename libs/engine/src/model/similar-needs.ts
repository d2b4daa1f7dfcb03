/**
 * Needs like one need, among given others, by the text model's need-to-need similarity (text and themes) with the
 * shared words: the API's `similarKnowledgeNeeds` (partner finding across municipalities).
 */
import { resolveSettings } from '../exchange/settings';
import { PROBLEM_FORMAT, Problem, ProblemNeed } from '../exchange/types';
import { buildAffinityModel } from '../text/affinity-model.builder';

export interface SimilarNeed {
  needId: string;
  similarity: number;
  sharedTerms: string[];
}

/** The `first` needs of `others` most like `need`, best first (only those with some similarity). */
export function rankSimilarNeeds(
  need: ProblemNeed,
  others: ProblemNeed[],
  first: number,
): SimilarNeed[] {
  if (others.length === 0) return [];
  const needs = [need, ...others];
  const problem: Problem = {
    format: PROBLEM_FORMAT,
    organizations: [...new Set(needs.map((n) => n.organizationId))].map((id) => ({ id })),
    needs,
    profiles: [],
  };
  const model = buildAffinityModel(problem, resolveSettings(undefined));
  return model
    .similarNeeds(0, first)
    .filter((x) => x.needIndex !== 0)
    .map((x) => ({
      needId: needs[x.needIndex].id,
      similarity: x.similarity,
      sharedTerms: x.sharedTerms,
    }));
}
