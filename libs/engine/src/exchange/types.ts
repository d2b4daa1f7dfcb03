/**
 * Types of the public matching exchange format v1 (see README "Exchange format").
 * This is a contract shared with other tools: extend only in backward-compatible ways.
 */

import type { ExplanationItem, UnmatchedReason } from './explanation-codes';

export type * from './explanation-codes';

export const PROBLEM_FORMAT = 'brobygger.problem/v1';
export const SCORES_FORMAT = 'brobygger.scores/v1';
export const PROPOSALS_FORMAT = 'brobygger.proposals/v1';

export const ORGANIZATION_KINDS = [
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'RESEARCH_GROUP',
  'BUSINESS',
  'VOLUNTARY_ORGANIZATION',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const RESEARCH_EXPERIENCE = ['NONE', 'SOME', 'EXTENSIVE'] as const;
export type ResearchExperience = (typeof RESEARCH_EXPERIENCE)[number];

export const INSTITUTION_TYPES = [
  'UNIVERSITY',
  'UNIVERSITY_COLLEGE',
  'RESEARCH_INSTITUTE',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const PROJECT_TYPES = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages of explanations and reasons: bokmål (default), nynorsk, English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const THEMES = [
  'HEALTH_AND_CARE',
  'EDUCATION_AND_CHILDHOOD',
  'CLIMATE_AND_ENVIRONMENT',
  'ENERGY_AND_BUILDINGS',
  'PLANNING_AND_TRANSPORT',
  'DIGITALISATION',
  'LEADERSHIP_AND_WORKPLACE',
  'LOCAL_DEMOCRACY_AND_PARTICIPATION',
  'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY',
  'INCLUSION_AND_INTEGRATION',
  'PUBLIC_PROCUREMENT',
  'CIRCULAR_ECONOMY',
  'BUSINESS_DEVELOPMENT',
  'CULTURE_AND_COMMUNITY',
] as const;
export type Theme = (typeof THEMES)[number];

export interface ProblemOrganization {
  id: string;
  kind?: OrganizationKind;
  name?: string;
  municipalityNumber?: string;
  countyNumber?: string;
  population?: number;
  researchExperience?: ResearchExperience;
  institution?: string;
  institutionType?: InstitutionType;
  internationalPartners?: boolean;
}

export interface ProblemNeed {
  id: string;
  organizationId: string;
  title: string;
  description?: string;
  themes?: Theme[];
  projectType?: ProjectType;
  language?: Language;
}

export interface ProblemReference {
  title: string;
  abstract?: string;
  year?: number;
  url?: string;
}

export interface ProblemProfile {
  id: string;
  organizationId: string;
  title: string;
  description?: string;
  keywords?: string[];
  methods?: string[];
  themes?: Theme[];
  capacity?: number;
  countyNumbers?: string[];
  references?: ProblemReference[];
  language?: Language;
  /**
   * Names of the group's international partners as its profile lists them. When present, explanations use it
   * (not the organization's flag) to say whether this profile brings international partners.
   */
  internationalPartners?: string[];
}

export interface ProblemExclusion {
  a: string;
  b: string;
  reason?: string;
}

/**
 * A research group's stated interest in a need, through one of its profiles (optional; see README "Exchange
 * format"). The engine treats it as evidence that raises the pair's affinity (model/interest-evidence.ts).
 */
export interface ProblemInterest {
  needId: string;
  profileId: string;
}

/** Size rule for one project type: how many municipalities (needs) and research groups. */
export interface ConsortiumSizeRule {
  minMunicipalities: number;
  maxMunicipalities: number;
  minResearchGroups: number;
  maxResearchGroups: number;
}

/** Weights of the affinity components (need ↔ profile). */
export interface AffinityWeights {
  text: number;
  themes: number;
  region: number;
  projectType: number;
}

/** Weights of the consortium score components. */
export interface ConsortiumWeights {
  relevance: number;
  coverage: number;
  cohesion: number;
  diversity: number;
}

/** Engine settings; every field optional in the problem, defaults in DEFAULT_SETTINGS. */
export interface Settings {
  /** Language of explanations and reasons: nb (bokmål), nn (nynorsk) or en. */
  locale: Locale;
  /** Solver time limit in seconds. */
  timeLimitSeconds: number;
  /** Consortium size rules per project type. */
  sizes: Record<ProjectType, ConsortiumSizeRule>;
  affinityWeights: AffinityWeights;
  consortiumWeights: ConsortiumWeights;
  /** Minimum affinity score for a research group to be considered for a need. */
  minAffinity: number;
  /** Minimum need ↔ need similarity for two needs to be grouped. */
  minNeedSimilarity: number;
  /** Competence projects require a research group with international partners. */
  requireInternationalPartnersForCompetenceProjects: boolean;
  /** Research groups may only join needs in the counties they serve. */
  enforceRegion: boolean;
  /** Project types to form proposals for; default all three. */
  projectTypes: ProjectType[];
  /** Broker pins: these needs/profiles must be in one proposal together (each pin = one proposal). */
  pins: Array<{ needIds: string[]; profileIds?: string[] }>;
  /** Broker exclusions of single members (need or profile ids) from this run. */
  excludeIds: string[];
  /** Maximum number of candidates given to the exact solver before falling back to greedy. */
  maxExactCandidates: number;
}

export interface Problem {
  format: typeof PROBLEM_FORMAT;
  organizations: ProblemOrganization[];
  needs: ProblemNeed[];
  profiles: ProblemProfile[];
  exclusions?: ProblemExclusion[];
  interests?: ProblemInterest[];
  settings?: DeepPartial<Settings>;
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends Array<infer U>
    ? Array<U>
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

export interface ScoreComponents {
  text: number;
  themes: number;
  region: number;
  projectType: number;
}

export interface ScoreEntry {
  needId: string;
  profileId: string;
  score: number;
  components: ScoreComponents;
  sharedTerms: string[];
}

export interface ScoresDocument {
  format: typeof SCORES_FORMAT;
  scores: ScoreEntry[];
}

export interface ProposalComponents {
  relevance: number;
  coverage: number;
  cohesion: number;
  diversity: number;
}

export interface Proposal {
  id: string;
  projectType: ProjectType;
  score: number;
  leadOrganizationId: string;
  needIds: string[];
  profileIds: string[];
  organizationIds: string[];
  components: ProposalComponents;
  explanation: string;
  /** The explanation as codes with parameters, one per sentence (optional; see README "Explanations"). */
  explanationCodes?: ExplanationItem[];
}

export interface UnmatchedNeed {
  needId: string;
  reason: string;
  /** The reason as a code with parameters (optional; see README "Explanations"). */
  reasonCode?: UnmatchedReason['code'];
  reasonParams?: UnmatchedReason['params'];
}

export interface ProposalsDocument {
  format: typeof PROPOSALS_FORMAT;
  objective: number;
  upperBound: number;
  proposals: Proposal[];
  unmatchedNeeds: UnmatchedNeed[];
}

/** Phases reported to a progress callback (the worker maps them to match-run progress). */
export type EnginePhase = 'scoring' | 'forming-candidates' | 'optimising';

export interface EngineOptions {
  /** Called with the phase and the fraction done in that phase (0..1). */
  onProgress?: (phase: EnginePhase, fraction: number) => void;
  /** Overrides settings.timeLimitSeconds (CLI --time-limit). */
  timeLimitSeconds?: number;
}
