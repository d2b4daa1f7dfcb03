/**
 * Types of the public matching exchange format v1 (see README "Exchange format"), inferred from its zod schema in
 * schema.ts, plus the engine's call options.
 */
import type { z } from 'zod/v4';
import type {
  affinityWeightsSchema,
  consortiumWeightsSchema,
  exclusionSchema,
  INSTITUTION_TYPES,
  interestSchema,
  LANGUAGES,
  LOCALES,
  needSchema,
  ORGANIZATION_KINDS,
  organizationSchema,
  problemSchema,
  profileSchema,
  PROJECT_TYPES,
  proposalComponentsSchema,
  proposalSchema,
  proposalsDocumentSchema,
  referenceSchema,
  RESEARCH_EXPERIENCE,
  scoreComponentsSchema,
  scoresDocumentSchema,
  settingsSchema,
  sizeRuleSchema,
  THEMES,
  unmatchedNeedSchema,
} from './schema';

export type * from './explanation-codes';

export {
  INSTITUTION_TYPES,
  LANGUAGES,
  LOCALES,
  ORGANIZATION_KINDS,
  PROBLEM_FORMAT,
  PROJECT_TYPES,
  PROPOSALS_FORMAT,
  RESEARCH_EXPERIENCE,
  SCORES_FORMAT,
  THEMES,
} from './schema';

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type ResearchExperience = (typeof RESEARCH_EXPERIENCE)[number];
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
export type ProjectType = (typeof PROJECT_TYPES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Locale = (typeof LOCALES)[number];
export type Theme = (typeof THEMES)[number];

export type ProblemOrganization = z.infer<typeof organizationSchema>;
export type ProblemNeed = z.infer<typeof needSchema>;
export type ProblemReference = z.infer<typeof referenceSchema>;
export type ProblemProfile = z.infer<typeof profileSchema>;
export type ProblemExclusion = z.infer<typeof exclusionSchema>;
/** The engine treats an interest as evidence that raises the pair's affinity (model/interest-evidence.ts). */
export type ProblemInterest = z.infer<typeof interestSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** Size rule for one project type: how many municipalities (needs) and research groups. */
export type ConsortiumSizeRule = z.infer<typeof sizeRuleSchema>;
export type AffinityWeights = z.infer<typeof affinityWeightsSchema>;
export type ConsortiumWeights = z.infer<typeof consortiumWeightsSchema>;
/** Engine settings, resolved (defaults in DEFAULT_SETTINGS); a problem's `settings` is a DeepPartial of them. */
export type Settings = z.infer<typeof settingsSchema>;

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends Array<infer U>
    ? Array<U>
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

export type ScoreComponents = z.infer<typeof scoreComponentsSchema>;
export type ScoresDocument = z.infer<typeof scoresDocumentSchema>;
export type ScoreEntry = ScoresDocument['scores'][number];
export type ProposalComponents = z.infer<typeof proposalComponentsSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type UnmatchedNeed = z.infer<typeof unmatchedNeedSchema>;
export type ProposalsDocument = z.infer<typeof proposalsDocumentSchema>;

/** Phases reported to a progress callback (the worker maps them to match-run progress). */
export type EnginePhase = 'scoring' | 'forming-candidates' | 'optimising';

export interface EngineOptions {
  /** Called with the phase and the fraction done in that phase (0..1). */
  onProgress?: (phase: EnginePhase, fraction: number) => void;
  /** Overrides settings.timeLimitSeconds (CLI --time-limit). */
  timeLimitSeconds?: number;
}
