/**
 * Structured explanations and reasons of the proposals format (optional fields `explanationCodes` on proposals,
 * `reasonCode` + `reasonParams` on unmatched needs). The decision is the code with its parameters; the text in
 * `explanation` / `reason` is one wording of it (nb, nn or en). Parameters are plain JSON; numbers are unrounded
 * to 4 decimals at most; ids refer to the problem.
 */
import { ConsortiumSizeRule, OrganizationKind, ProjectType, Theme } from './types';

/** A need as named in an explanation. */
export interface NeedRef {
  needId: string;
  title: string;
  organizationId: string;
  /** The owner's name as in the problem ("Bodø"); the wording adds "kommune" where needed. */
  organizationName: string;
  organizationKind?: OrganizationKind;
}

/** A research group's profile as named in an explanation. */
export interface GroupRef {
  profileId: string;
  title: string;
  organizationId: string;
  institution: string;
  /** The profile lists international partners (or, for a profile that does not say, its organization has them). */
  internationalPartners: boolean;
}

export interface OrganizationRef {
  organizationId: string;
  name: string;
  kind?: OrganizationKind;
}

export interface LeadRef {
  organizationId: string;
  name: string;
  kind?: OrganizationKind;
  /** The institution of a research-group lead (competence projects). */
  institution?: string;
  /** A research-group lead whose profile in the consortium lists international partners. */
  internationalPartners: boolean;
}

export type SizeClassCode = 'small' | 'medium' | 'large';

/** One sentence of a proposal's explanation. */
export type ExplanationItem =
  | {
      code: 'CONSORTIUM_SHAPE';
      params: {
        projectType: ProjectType;
        lead: LeadRef;
        municipalities: number;
        researchGroups: number;
        /** The programme's minimum for this project type (domain.md). */
        programme: { minMunicipalities: number; minResearchGroups: number };
        /** Size limits the broker set for this run (only those set in settings.sizes), resolved to ranges. */
        broker?: Partial<ConsortiumSizeRule>;
      };
    }
  | { code: 'SINGLE_NEED'; params: { need: NeedRef } }
  | {
      code: 'NEEDS_JOINED';
      params: {
        needs: NeedRef[];
        sharedTerms: string[];
        sharedThemes: Theme[];
        similarity: number;
      };
    }
  | {
      code: 'GROUP_CONTRIBUTES';
      params: { group: GroupRef; terms: string[]; themes: Theme[]; relevance: number };
    }
  | { code: 'COVERAGE'; params: { coverage: number; needs: number } }
  | {
      /** The recommender's top group for `need` is not in the team: it has no topic evidence for `otherNeed`. */
      code: 'SPECIALIST_LEFT_OUT';
      params: { need: NeedRef; group: GroupRef; otherNeed: NeedRef };
    }
  | {
      /** The group expressed interest in these needs of the consortium; their affinity includes that evidence. */
      code: 'INTEREST_EXPRESSED';
      params: { group: GroupRef; needs: NeedRef[] };
    }
  | {
      code: 'DIVERSITY';
      params: {
        sizeClasses: SizeClassCode[];
        inexperiencedMunicipalities: number;
        institutions: number;
      };
    };

export type ExplanationCode = ExplanationItem['code'];

/** Why a relevant research group could not be used for an unmatched need (after the final selection). */
export type GroupStatus =
  'EXCLUDED' | 'CONFLICT' | 'OUTSIDE_COUNTY' | 'NO_CAPACITY' | 'USED' | 'FREE';

export interface GroupState extends GroupRef {
  relevance: number;
  status: GroupStatus;
  /** For USED: the proposals that use all its capacity. */
  usedBy?: string[];
}

/** Why a similar need of another municipality could not join an unmatched need. */
export type SimilarNeedStatus =
  | 'SAME_ORGANIZATION'
  | 'EXCLUDED'
  | 'PIN_FAILED'
  | 'OTHER_PROJECT_TYPE'
  | 'EXCLUDED_PAIR'
  | 'PLACED'
  | 'NO_COMMON_GROUP'
  | 'AVAILABLE';

export interface SimilarNeedState extends NeedRef {
  similarity: number;
  status: SimilarNeedStatus;
  /** For PLACED: the proposal holding it. */
  proposalId?: string;
  /** For OTHER_PROJECT_TYPE: the type it asks for. */
  projectType?: ProjectType;
}

export interface Topic {
  themes: Theme[];
  /** Key terms of the need (when it has no themes). */
  terms: string[];
}

/** Why no consortium of one project type can hold the need. */
export type TypeReason =
  | { code: 'NO_INTERNATIONAL_GROUP'; params: { projectType: ProjectType; freeGroups: number } }
  | {
      code: 'NO_PARTNER_NEED';
      params: {
        projectType: ProjectType;
        minMunicipalities: number;
        minNeedSimilarity: number;
        /** Needs of other municipalities at least minNeedSimilarity alike, best first (at most 10). */
        similarNeeds: SimilarNeedState[];
        similarCount: number;
        /** When none is similar enough: the most similar needs of other municipalities below the threshold (at most 2). */
        nearestBelow?: Array<NeedRef & { similarity: number }>;
        available: number;
        suggestPreProject: boolean;
      };
    }
  | {
      code: 'TOO_FEW_GROUPS';
      params: {
        projectType: ProjectType;
        minResearchGroups: number;
        /** Free relevant groups that fit the need, one per organization. */
        groups: GroupRef[];
      };
    }
  | { code: 'NO_VALID_COMBINATION'; params: { projectType: ProjectType } };

export type PinProblem =
  | 'empty'
  | 'unknown-id'
  | 'excluded'
  | 'capacity'
  | 'same-org-or-exclusion'
  | 'region'
  | 'project-type'
  | 'size'
  | 'no-valid-consortium'
  | 'conflict';

/** The reason a need is in no proposal. */
export type UnmatchedReason =
  | { code: 'NEED_EXCLUDED'; params: Record<string, never> }
  | { code: 'ORGANIZATION_EXCLUDED'; params: { organization: OrganizationRef } }
  | { code: 'OWNER_NOT_MUNICIPAL'; params: { organization: OrganizationRef } }
  | { code: 'PIN_FAILED'; params: { pins: Array<{ pin: number; problem: PinProblem }> } }
  | { code: 'NO_PROJECT_TYPES'; params: Record<string, never> }
  | { code: 'PROJECT_TYPE_NOT_IN_RUN'; params: { projectType: ProjectType } }
  | { code: 'NO_RELEVANT_GROUP'; params: { topic: Topic; minAffinity: number } }
  /**
   * The need names at most one topic concept (`terms`: its heaviest word, if any) in otherwise generic wording: too little for topic evidence, so it is proposed in no consortium until it is described.
   */
  | { code: 'NEED_UNDERSPECIFIED'; params: { terms: string[] } }
  | {
      code: 'NO_FREE_GROUP';
      params: {
        topic: Topic;
        countyNumber?: string;
        /** How many research groups are relevant (affinity ≥ minAffinity); none of them is free. */
        relevantCount: number;
        /** The most relevant of them (at most 10), each with why it cannot be used. */
        groups: GroupState[];
      };
    }
  | { code: 'NO_CONSORTIUM'; params: { freeGroups: number; types: TypeReason[] } }
  | {
      code: 'FREE_CONSORTIUM_NOT_PROPOSED';
      params: {
        projectType: ProjectType;
        needs: NeedRef[];
        groups: GroupRef[];
        score: number;
        /** The quality floor of the run, when the consortium scores below it. */
        qualityFloor?: number;
        timeLimited: boolean;
      };
    };

export type UnmatchedReasonCode = UnmatchedReason['code'];
