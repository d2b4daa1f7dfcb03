/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON object, e.g. engine settings as in the exchange format ({"timeLimitSeconds": 5}). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type AcceptConsortiumReplacementInput = {
  consortiumId: Scalars['ID']['input'];
  replacementId: Scalars['ID']['input'];
};

export type AcceptInvitationInput = {
  /** Display name (new users; defaults to the invitation name). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New users: the password to set (12–200 characters). Existing users: their current password. */
  password: Scalars['String']['input'];
  /** The one-time token from inviteUser. */
  token: Scalars['String']['input'];
};

export type AcceptProgrammeRuleWarningInput = {
  id: Scalars['ID']['input'];
  /** Why the consortium may go ahead anyway (1–2000 characters). */
  reason: Scalars['String']['input'];
  rule: ProgrammeRule;
};

/** The engine's need ↔ profile score components, each in [0, 1]. */
export type AffinityComponents = {
  __typename?: 'AffinityComponents';
  /** Project-type fit. */
  projectType: Scalars['Float']['output'];
  /** The profile serves the need's county. */
  region: Scalars['Float']['output'];
  /** Text relevance (TF-IDF cosine over Norwegian/English terms). */
  text: Scalars['Float']['output'];
  /** Theme overlap. */
  themes: Scalars['Float']['output'];
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditLogEntryEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One mutation: who, what, on which object, when, how it ended. */
export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The organization the user acted on behalf of (for example a broker registering a need for a municipality). */
  onBehalfOfOrganizationId?: Maybe<Scalars['ID']['output']>;
  /** For example `Mutation.updateKnowledgeNeed`. */
  operation: Scalars['String']['output'];
  /** SUCCESS, DENIED (refused by access control) or FAILED (with errorCode). */
  outcome: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
  userEmail?: Maybe<Scalars['String']['output']>;
  userId?: Maybe<Scalars['ID']['output']>;
};

export type AuditLogEntryEdge = {
  __typename?: 'AuditLogEntryEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: AuditLogEntry;
};

/** A signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <accessToken>`; short-lived. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Exchange for a new pair with refreshToken; works once (rotation). */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type ChangeConsortiumStatusInput = {
  id: Scalars['ID']['input'];
  /** Why (required for DISSOLVED and NOT_FUNDED; at most 2000 characters). Kept in the history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConsortiumStatus;
  /** The version you read; CONFLICT if the consortium changed since. */
  version: Scalars['Int']['input'];
};

/** A research group's competence profile. */
export type CompetenceProfile = HasContacts & {
  __typename?: 'CompetenceProfile';
  /** Consortia the group can take part in at once. */
  capacity: Scalars['Int']['output'];
  contacts: Array<ContactPerson>;
  /** Counties served; empty = national. */
  counties: Array<County>;
  /** Numbers of the counties served; empty = national. */
  countyNumbers: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Partner institutions abroad. */
  internationalPartners: Array<Scalars['String']['output']>;
  keywords: Array<Scalars['String']['output']>;
  language: Language;
  methods: Array<Scalars['String']['output']>;
  /** The owner (a research group). */
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  references: Array<ProfileReference>;
  status: ProfileStatus;
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back in updates (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type CompetenceProfileConnection = {
  __typename?: 'CompetenceProfileConnection';
  edges: Array<CompetenceProfileEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CompetenceProfileEdge = {
  __typename?: 'CompetenceProfileEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: CompetenceProfile;
};

/** All given criteria must hold; a list matches any of its values. */
export type CompetenceProfileFilter = {
  /** Serves a county covered by this mobilization arena. */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  /** Serves at least one of these counties (national profiles serve every county). */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner's research institution. */
  researchInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ProfileStatus>>;
  /** Free text searched in title, description, keywords and methods with the matching engine's normalisation (bokmål, nynorsk and English, compounds, the glossary); every word must match; ranked by relevance, title first. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Has at least one of these themes. */
  themes?: InputMaybe<Array<Theme>>;
};

/** A conflict-of-interest pair of organizations kept by a mobilization arena's brokers: no match run in the arena proposes the two together. */
export type ConflictExclusion = {
  __typename?: 'ConflictExclusion';
  arenaId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organizationA: Organization;
  /** One organization of the pair (the pair is stored ordered by id). */
  organizationAId: Scalars['ID']['output'];
  organizationB: Organization;
  organizationBId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type ConsortiaByProjectType = {
  __typename?: 'ConsortiaByProjectType';
  count: Scalars['Int']['output'];
  projectType: ProjectType;
  status: Scalars['String']['output'];
};

export type ConsortiaByTheme = {
  __typename?: 'ConsortiaByTheme';
  count: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  theme: Theme;
};

/** A consortium formed from an accepted proposal, on its way to an application. */
export type Consortium = {
  __typename?: 'Consortium';
  arenaId: Scalars['ID']['output'];
  attentionReason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leadOrganization: Organization;
  /** Lead first. */
  members: Array<ConsortiumMember>;
  /** Something happened the broker must look at (e.g. a member withdrew its need). */
  needsAttention: Scalars['Boolean']['output'];
  projectType: ProjectType;
  proposalId: Scalars['ID']['output'];
  /** Replacements suggested after declines, oldest first. */
  replacements: Array<ConsortiumReplacement>;
  /** The programme rules for its project type, checked now; `locale` nb (default), nn or en. */
  ruleChecks: Array<ProgrammeRuleCheck>;
  /** Every rule holds or its warning was accepted. */
  rulesHold: Scalars['Boolean']['output'];
  status: ConsortiumStatus;
  /** Every status change, oldest first (the first one is the formation). */
  statusHistory: Array<ConsortiumStatusChange>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A consortium formed from an accepted proposal, on its way to an application. */
export type ConsortiumRuleChecksArgs = {
  locale?: Scalars['String']['input'];
};

/** What a municipality commits to the consortium. */
export type ConsortiumCommitmentInput = {
  contactPersonFreed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The contact person freed from other duties. */
  contactPersonName?: InputMaybe<Scalars['String']['input']>;
  /** Person-months, 0–1000. */
  personMonths?: InputMaybe<Scalars['Float']['input']>;
};

export type ConsortiumConnection = {
  __typename?: 'ConsortiumConnection';
  edges: Array<ConsortiumEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConsortiumEdge = {
  __typename?: 'ConsortiumEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Consortium;
};

/** All given criteria must hold; a list matches any of its values. */
export type ConsortiumFilter = {
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  /** Consortia with this organization as a member. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectTypes?: InputMaybe<Array<ProjectType>>;
  statuses?: InputMaybe<Array<ConsortiumStatus>>;
};

/** Consortia by their status at the end of the period. */
export type ConsortiumIndicators = {
  __typename?: 'ConsortiumIndicators';
  byProjectType: Array<ConsortiaByProjectType>;
  /** FORMING, CONFIRMED, APPLICATION_DRAFT, SUBMITTED, FUNDED, NOT_FUNDED, DISSOLVED */
  byStatus: Array<IndicatorCount>;
  byTheme: Array<ConsortiaByTheme>;
};

export type ConsortiumInvitationAnswer = {
  __typename?: 'ConsortiumInvitationAnswer';
  member: ConsortiumMember;
  /** After a decline: the suggested replacement (or why there is none). */
  replacement?: Maybe<ConsortiumReplacement>;
};

export type ConsortiumInvitationResponse =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** An organization in a consortium, what it brings, its answer and its commitments. */
export type ConsortiumMember = {
  __typename?: 'ConsortiumMember';
  /** Person-months the municipality commits. */
  committedPersonMonths?: Maybe<Scalars['Float']['output']>;
  /** The profile a research group brings. */
  competenceProfile?: Maybe<CompetenceProfile>;
  consortium: Consortium;
  /** The municipality frees a contact person from other duties. */
  contactPersonFreed: Scalars['Boolean']['output'];
  contactPersonName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  /** The need a municipality brings. */
  knowledgeNeed?: Maybe<KnowledgeNeed>;
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  response: ConsortiumInvitationResponse;
  responseReason?: Maybe<Scalars['String']['output']>;
  role: ConsortiumPartnerRole;
};

/** LEAD (project owner), NEED (a municipality through its need), RESEARCH_GROUP (through its profile). */
export type ConsortiumMemberRole =
  | 'LEAD'
  | 'NEED'
  | 'RESEARCH_GROUP';

/** LEAD (owns and leads the project) or PARTNER. */
export type ConsortiumPartnerRole =
  | 'LEAD'
  | 'PARTNER';

/** A consortium suggested by a match run, for a broker to decide on. */
export type ConsortiumProposal = {
  __typename?: 'ConsortiumProposal';
  arenaId: Scalars['ID']['output'];
  components: ProposalScoreComponents;
  /** The consortium formed when the proposal was accepted. */
  consortium?: Maybe<Consortium>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The category the broker chose when rejecting (null when none was chosen). */
  decisionReasonCategory?: Maybe<RejectionReasonCategory>;
  /** Why these members belong together (Norwegian bokmål by default). */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  leadOrganization: Organization;
  leadOrganizationId: Scalars['ID']['output'];
  matchRunId: Scalars['ID']['output'];
  members: Array<ConsortiumProposalMember>;
  projectType: ProjectType;
  /** Position in its run (0 = first). */
  rank: Scalars['Int']['output'];
  /** Consortium score in [0, 1]. */
  score: Scalars['Float']['output'];
  status: ConsortiumProposalStatus;
  /** For a SUPERSEDED proposal: the proposal of the newer run that replaced it. */
  supersededBy?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type ConsortiumProposalConnection = {
  __typename?: 'ConsortiumProposalConnection';
  edges: Array<ConsortiumProposalEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConsortiumProposalEdge = {
  __typename?: 'ConsortiumProposalEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: ConsortiumProposal;
};

export type ConsortiumProposalFilter = {
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  matchRunId?: InputMaybe<Scalars['ID']['input']>;
  /** Proposals that include this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectType?: InputMaybe<ProjectType>;
  status?: InputMaybe<ConsortiumProposalStatus>;
};

export type ConsortiumProposalMember = {
  __typename?: 'ConsortiumProposalMember';
  /** For RESEARCH_GROUP members. */
  competenceProfile?: Maybe<CompetenceProfile>;
  id: Scalars['ID']['output'];
  /** For NEED members. */
  knowledgeNeed?: Maybe<KnowledgeNeed>;
  /** The municipality, county municipality, research group or lead. */
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  role: ConsortiumMemberRole;
};

/** PROPOSED (open for a decision), ACCEPTED, REJECTED, SUPERSEDED (a newer run replaced it). */
export type ConsortiumProposalStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'SUPERSEDED';

/** The engine’s best replacement for a member that declined: a targeted run with the other members pinned and the decliner excluded. */
export type ConsortiumReplacement = {
  __typename?: 'ConsortiumReplacement';
  competenceProfile?: Maybe<CompetenceProfile>;
  createdAt: Scalars['DateTime']['output'];
  declinedMemberId: Scalars['ID']['output'];
  /** Why this replacement (the engine’s explanation), or why none was found. */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  knowledgeNeed?: Maybe<KnowledgeNeed>;
  organization?: Maybe<Organization>;
  /** Score of the consortium with the replacement. */
  score?: Maybe<Scalars['Float']['output']>;
  status: ConsortiumReplacementStatus;
};

/** SUGGESTED (the broker may take it), NONE_FOUND (the explanation says why), ACCEPTED (the organization was invited). */
export type ConsortiumReplacementStatus =
  | 'ACCEPTED'
  | 'NONE_FOUND'
  | 'SUGGESTED';

/** FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED / NOT_FUNDED; DISSOLVED from any state before the funding decision. */
export type ConsortiumStatus =
  | 'APPLICATION_DRAFT'
  | 'CONFIRMED'
  | 'DISSOLVED'
  | 'FORMING'
  | 'FUNDED'
  | 'NOT_FUNDED'
  | 'SUBMITTED';

/** One dated change of a consortium status. */
export type ConsortiumStatusChange = {
  __typename?: 'ConsortiumStatusChange';
  changedAt: Scalars['DateTime']['output'];
  /** The user who made the change. */
  changedBy?: Maybe<Scalars['ID']['output']>;
  /** null when the consortium was formed. */
  fromStatus?: Maybe<ConsortiumStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: ConsortiumStatus;
};

export type ContactPerson = {
  __typename?: 'ContactPerson';
  email?: Maybe<Scalars['String']['output']>;
  /** True when you may not see who the contact is (name, email, phone and role are null). */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
};

/** A contact person; the list given replaces the existing contacts. */
export type ContactPersonInput = {
  email: Scalars['String']['input'];
  /** Optional; used only for gender-balance statistics. */
  gender?: InputMaybe<Gender>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A county (fylke) of the 2024 structure. */
export type County = {
  __typename?: 'County';
  municipalityCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Two-digit county number, e.g. "03" (Oslo). */
  number: Scalars['String']['output'];
  /** Population on 1 January of populationYear. */
  population: Scalars['Int']['output'];
  /** Population on 1 January 2024. */
  population2024?: Maybe<Scalars['Int']['output']>;
  populationYear: Scalars['Int']['output'];
};

/** Fields left out get their defaults (language nb, capacity 1, status ACTIVE, empty lists). */
export type CreateCompetenceProfileInput = {
  /** Consortia the group can take part in at once (0 to 100). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  contacts?: InputMaybe<Array<ContactPersonInput>>;
  /** Counties served; empty = national. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 10000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Names of partner institutions abroad (none blank). */
  internationalPartners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keywords (at most 50, each at most 100 characters, none blank). */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  language?: InputMaybe<Language>;
  /** Research methods (none blank). */
  methods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Owner: a RESEARCH_GROUP organization. */
  organizationId: Scalars['ID']['input'];
  /** At most 50. */
  references?: InputMaybe<Array<ProfileReferenceInput>>;
  status?: InputMaybe<ProfileStatus>;
  themes?: InputMaybe<Array<Theme>>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type CreateConflictExclusionInput = {
  arenaId: Scalars['ID']['input'];
  organizationAId: Scalars['ID']['input'];
  /** Another organization than organizationAId. */
  organizationBId: Scalars['ID']['input'];
  /** Why the two must not be proposed together; 1–500 characters. */
  reason: Scalars['String']['input'];
};

export type CreateExportLinkInput = {
  /** The arena (required for the lists, except admins exporting the whole country). */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  /** `;` (default), `,`, `tab` or `|`. */
  delimiter?: InputMaybe<Scalars['String']['input']>;
  /** For INDICATORS. */
  filter?: InputMaybe<ProgrammeIndicatorFilter>;
  kind: ExportKind;
};

export type CreateKnowledgeNeedInput = {
  committedContactFreed?: Scalars['Boolean']['input'];
  committedPersonMonths?: InputMaybe<Scalars['Float']['input']>;
  contacts?: Array<ContactPersonInput>;
  /** At most 10000 characters. */
  description?: Scalars['String']['input'];
  language?: Language;
  /** Owner: a MUNICIPALITY or COUNTY_MUNICIPALITY organization. */
  organizationId: Scalars['ID']['input'];
  projectType?: InputMaybe<ProjectType>;
  researchArea?: InputMaybe<ResearchArea>;
  /** DRAFT or OPEN. */
  status?: NeedStatus;
  themes?: Array<Theme>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type CreateMobilizationArenaInput = {
  /** Numbers of the counties covered (at least one). */
  countyNumbers: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique; at most 200 characters. */
  name: Scalars['String']['input'];
};

/** MUNICIPALITY needs municipalityNumber (the county is derived), COUNTY_MUNICIPALITY needs countyNumber, RESEARCH_GROUP needs researchInstitutionId. */
export type CreateOrganizationInput = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  internationalPartners?: InputMaybe<Scalars['Boolean']['input']>;
  kind: OrganizationKind;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  researchExperience?: InputMaybe<ResearchExperience>;
  researchInstitutionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Municipalities by research experience (UNKNOWN = not registered): registered as organizations, and mobilized. */
export type ExperienceMobilization = {
  __typename?: 'ExperienceMobilization';
  mobilized: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
  /** NONE, SOME, EXTENSIVE or UNKNOWN */
  researchExperience: Scalars['String']['output'];
  /** mobilized / registered */
  share?: Maybe<Scalars['Float']['output']>;
};

/** INDICATORS, or an arena list: NEEDS, PROFILES, PROPOSALS, CONSORTIA */
export type ExportKind =
  | 'CONSORTIA'
  | 'INDICATORS'
  | 'NEEDS'
  | 'PROFILES'
  | 'PROPOSALS';

export type ExportLink = {
  __typename?: 'ExportLink';
  expiresAt: Scalars['DateTime']['output'];
  /** GET this URL (no Authorization header needed) before `expiresAt`. */
  url: Scalars['String']['output'];
};

export type ExpressInterestInput = {
  /** One of your research group's competence profiles. */
  competenceProfileId: Scalars['ID']['input'];
  /** An OPEN knowledge need. */
  knowledgeNeedId: Scalars['ID']['input'];
  /** At most 1000 characters. */
  note?: Scalars['String']['input'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type HasContacts = {
  contacts: Array<ContactPerson>;
  id: Scalars['ID']['output'];
};

export type IndicatorCount = {
  __typename?: 'IndicatorCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Open needs at the end of the period in a proposal of the latest run of their arena. */
export type IndicatorCoverage = {
  __typename?: 'IndicatorCoverage';
  covered: Scalars['Int']['output'];
  openNeeds: Scalars['Int']['output'];
  share?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorDuration = {
  __typename?: 'IndicatorDuration';
  /** Needs that took this step by the end of the period. */
  count: Scalars['Int']['output'];
  medianDays?: Maybe<Scalars['Float']['output']>;
  p90Days?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorInterval =
  | 'MONTH';

/** The indicators of one period [start, end): states ("stocks") as of `end`, events ("flows") between start and end. */
export type IndicatorPeriod = {
  __typename?: 'IndicatorPeriod';
  consortia: ConsortiumIndicators;
  coverage: IndicatorCoverage;
  end: Scalars['DateTime']['output'];
  municipalities: MunicipalityIndicators;
  needs: NeedIndicators;
  proposals: ProposalIndicators;
  research: ResearchIndicators;
  start: Scalars['DateTime']['output'];
  times: TimeIndicators;
};

export type InstitutionType =
  | 'RESEARCH_INSTITUTE'
  | 'UNIVERSITY'
  | 'UNIVERSITY_COLLEGE';

export type Invitation = {
  __typename?: 'Invitation';
  arenaId?: Maybe<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  /** The one-time token for acceptInvitation. Shown only in this response (stored hashed); hand it to the invitee. */
  token: Scalars['String']['output'];
};

export type InviteUserInput = {
  /** Required for BROKER: the arena. */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required for MUNICIPALITY_MEMBER (a municipality or county municipality) and RESEARCHER (a research group). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

/** A knowledge need (kunnskapsbehov) of a municipality or county municipality. */
export type KnowledgeNeed = HasContacts & {
  __typename?: 'KnowledgeNeed';
  /** A named contact is freed from other duties for the project. */
  committedContactFreed: Scalars['Boolean']['output'];
  /** Person-months the owner commits. */
  committedPersonMonths?: Maybe<Scalars['Float']['output']>;
  contacts: Array<ContactPerson>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Research groups' interests in this need, oldest first: all of them for the need's municipality, the arena's brokers and admins; a group sees its own. */
  interests: Array<NeedInterest>;
  language: Language;
  /** The owner (municipality or county municipality). */
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  /** Desired project type. */
  projectType?: Maybe<ProjectType>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  researchArea?: Maybe<ResearchArea>;
  status: NeedStatus;
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back in updates (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type KnowledgeNeedConnection = {
  __typename?: 'KnowledgeNeedConnection';
  edges: Array<KnowledgeNeedEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeNeedEdge = {
  __typename?: 'KnowledgeNeedEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: KnowledgeNeed;
};

/** All given criteria must hold; a list matches any of its values. */
export type KnowledgeNeedFilter = {
  /** Owner's county is covered by this mobilization arena. */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner's county is one of these. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner's kind. */
  organizationKinds?: InputMaybe<Array<OrganizationKind>>;
  projectTypes?: InputMaybe<Array<ProjectType>>;
  statuses?: InputMaybe<Array<NeedStatus>>;
  /** Free text searched in title and description with the matching engine's normalisation (bokmål, nynorsk and English, compounds, the glossary); every word must match; ranked by relevance, title first. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Has at least one of these themes. */
  themes?: InputMaybe<Array<Theme>>;
};

/** nb = Norwegian bokmål, nn = nynorsk, en = English */
export type Language =
  | 'en'
  | 'nb'
  | 'nn';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many notifications changed from unread to read. */
  marked: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** One execution of the matching engine for a mobilization arena. */
export type MatchRun = {
  __typename?: 'MatchRun';
  arenaId: Scalars['ID']['output'];
  /** Deliveries started by workers (more than 1 after a retry or a crash). */
  attempts: Scalars['Int']['output'];
  counts: MatchRunCounts;
  createdAt: Scalars['DateTime']['output'];
  /** Why the run failed (or the last retried failure). */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The optimiser's objective value. */
  objective?: Maybe<Scalars['Float']['output']>;
  /** (upperBound − objective) / upperBound. */
  optimalityGap?: Maybe<Scalars['Float']['output']>;
  phase: MatchRunPhase;
  /** Percent done, 0–100. */
  progress: Scalars['Int']['output'];
  /** Only this project type; null = all. */
  projectType?: Maybe<ProjectType>;
  /** The proposals this run produced, best first (at most 500 per run; `first` of them after the proposal `after`, see counts.proposals). */
  proposals: Array<ConsortiumProposal>;
  requestedBy?: Maybe<Scalars['ID']['output']>;
  /** Engine settings given when the run was started. */
  settings: Scalars['JSONObject']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: MatchRunStatus;
  timings: MatchRunTimings;
  /** MANUAL (startMatchRun) or REFRESH (automatic re-run after a change). */
  trigger: Scalars['String']['output'];
  /** Needs of the arena no proposal of this run includes, with reasons, by need id (`first` of them after the need `after`, see counts.unmatchedNeeds). */
  unmatchedNeeds: Array<UnmatchedNeed>;
  updatedAt: Scalars['DateTime']['output'];
  /** A proven upper bound on the objective. */
  upperBound?: Maybe<Scalars['Float']['output']>;
};


/** One execution of the matching engine for a mobilization arena. */
export type MatchRunProposalsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


/** One execution of the matching engine for a mobilization arena. */
export type MatchRunUnmatchedNeedsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

export type MatchRunConnection = {
  __typename?: 'MatchRunConnection';
  edges: Array<MatchRunEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MatchRunCounts = {
  __typename?: 'MatchRunCounts';
  needs?: Maybe<Scalars['Int']['output']>;
  profiles?: Maybe<Scalars['Int']['output']>;
  proposals?: Maybe<Scalars['Int']['output']>;
  unmatchedNeeds?: Maybe<Scalars['Int']['output']>;
};

export type MatchRunEdge = {
  __typename?: 'MatchRunEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: MatchRun;
};

export type MatchRunFilter = {
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MatchRunStatus>;
};

/** Current step: QUEUED, LOADING, SCORING, FORMING_CANDIDATES, OPTIMISING, SAVING, DONE. */
export type MatchRunPhase =
  | 'DONE'
  | 'FORMING_CANDIDATES'
  | 'LOADING'
  | 'OPTIMISING'
  | 'QUEUED'
  | 'SAVING'
  | 'SCORING';

/** QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED */
export type MatchRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Milliseconds spent per step (null until the step ran). */
export type MatchRunTimings = {
  __typename?: 'MatchRunTimings';
  /** Scoring, candidate formation and optimisation. */
  engineMs?: Maybe<Scalars['Int']['output']>;
  /** Loading the arena from PostgreSQL. */
  loadMs?: Maybe<Scalars['Int']['output']>;
  /** From enqueue until a worker took the run. */
  queueWaitMs?: Maybe<Scalars['Int']['output']>;
  /** Storing the proposals (one transaction). */
  saveMs?: Maybe<Scalars['Int']['output']>;
};

/** One role of a user, with its arena or organization. */
export type Membership = {
  __typename?: 'Membership';
  arenaId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  role: Role;
};

/** A regional mobilization arena covering one or more counties. */
export type MobilizationArena = {
  __typename?: 'MobilizationArena';
  counties: Array<County>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A municipality (kommune) of the 2024 structure. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Approximate area in km². */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  county: County;
  countyNumber: Scalars['String']['output'];
  /** Latitude of the centroid (approximate). */
  lat?: Maybe<Scalars['Float']['output']>;
  /** Longitude of the centroid (approximate). */
  lon?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Statistics Norway's name (tells apart Herøy and Våler). */
  nameSsb: Scalars['String']['output'];
  /** Four-digit municipality number, e.g. "0301" (Oslo). */
  number: Scalars['String']['output'];
  /** Population on 1 January of populationYear. */
  population: Scalars['Int']['output'];
  population2024?: Maybe<Scalars['Int']['output']>;
  population2025?: Maybe<Scalars['Int']['output']>;
  populationYear: Scalars['Int']['output'];
  sizeClass: SizeClass;
};

export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  edges: Array<MunicipalityEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Municipality;
};

export type MunicipalityFilter = {
  /** In a county covered by this mobilization arena. */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  /** In any of these counties. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  sizeClasses?: InputMaybe<Array<SizeClass>>;
  /** Part of the name (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type MunicipalityIndicators = {
  __typename?: 'MunicipalityIndicators';
  byResearchExperience: Array<ExperienceMobilization>;
  bySizeClass: Array<SizeClassMobilization>;
  /** Municipalities in scope (the counties of the filter or arena). */
  inScope: Scalars['Int']['output'];
  /** Municipalities with at least one need that left DRAFT by the end. */
  mobilized: Scalars['Int']['output'];
  share?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept a PROPOSED proposal: a FORMING consortium is formed of its members, its needs become IN_CONSORTIUM and its research groups use capacity in later runs. INVALID_STATE if it is not PROPOSED, a need is no longer open or a profile has no capacity left. */
  acceptConsortiumProposal: ConsortiumProposal;
  /** The broker takes a suggested replacement: its organization joins as a PENDING partner (invited). */
  acceptConsortiumReplacement: ConsortiumMember;
  /** Accepts an invitation with its one-time token, sets the password (new users) and signs in. */
  acceptInvitation: AuthPayload;
  /** Accept a programme-rule WARNING with a reason (e.g. an innovation project with one municipality); it then no longer blocks CONFIRMED. INVALID_STATE when the rule does not currently give a warning. */
  acceptProgrammeRuleWarning: Consortium;
  /** Stop a QUEUED or RUNNING run (INVALID_STATE otherwise). */
  cancelMatchRun: MatchRun;
  /** Move a consortium along FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED / NOT_FUNDED, or to DISSOLVED. CONFIRMED needs every member to have accepted and the programme rules to hold; DISSOLVED and NOT_FUNDED need a reason. Each change is dated in statusHistory. INVALID_STATE when the move is not allowed. */
  changeConsortiumStatus: Consortium;
  createCompetenceProfile: CompetenceProfile;
  /** Two organizations that must never be proposed together in this arena (every later match run gets the pair as an exclusion). The arena's brokers and admins. */
  createConflictExclusion: ConflictExclusion;
  /** A signed CSV download link valid for 5 minutes (relative to the API address). Access is checked now and again at download: INDICATORS like programmeIndicators, arena lists for its brokers and admins. */
  createExportLink: ExportLink;
  /** The owner's members, admins, or a broker of an arena covering the owner's county (on its behalf; the audit log names the owner). */
  createKnowledgeNeed: KnowledgeNeed;
  createMobilizationArena: MobilizationArena;
  createOrganization: Organization;
  /** Removes an exclusion; returns it as it was. */
  deleteConflictExclusion: ConflictExclusion;
  /** A research group's interest in an OPEN need, through one of its profiles (its researchers). Expressing it again replaces the note. The need's municipality and the arena's brokers see it; match runs count it as evidence for the pair. */
  expressInterestInNeed: NeedInterest;
  /** Invites someone with one role. Admins invite anyone; brokers invite brokers of their own arenas, and members of municipalities and research groups in their arenas' counties (research groups whose profiles serve them). The token is returned once. */
  inviteUser: Invitation;
  /** Signs in with e-mail and password. Repeated failures for an account or address are slowed down and then refused for a while (TOO_MANY_REQUESTS with retryAfterSeconds). */
  login: AuthPayload;
  /** Ends the current session: its refresh and access tokens stop working. */
  logout: Scalars['Boolean']['output'];
  /** Marks all your notifications read. */
  markAllNotificationsRead: MarkNotificationsReadPayload;
  /** Marks one of your notifications read (ids of other users’ notifications change nothing). */
  markNotificationRead: MarkNotificationsReadPayload;
  /** Exchanges a refresh token for a new access and refresh token; the old refresh token stops working. */
  refreshToken: AuthPayload;
  /** Reject a PROPOSED proposal with a reason. */
  rejectConsortiumProposal: ConsortiumProposal;
  /** A member organization answers its invitation to a FORMING consortium (the id is the ConsortiumMember id). Accepting may state commitments; declining frees the need or the capacity and returns the engine’s best replacement for the slot. INVALID_STATE when already answered or the consortium is no longer FORMING. */
  respondToConsortiumInvitation: ConsortiumInvitationAnswer;
  /** Queue a match run for an arena (status QUEUED). It replaces a QUEUED run of the same arena and project type, which becomes CANCELLED with the error "replaced by a newer request (run <id>)". Errors: NOT_FOUND for an unknown arena; BAD_USER_INPUT naming `input.arenaId` when the arena has no open needs, or `input.settings.<path>` for invalid settings. */
  startMatchRun: MatchRun;
  updateCompetenceProfile: CompetenceProfile;
  /** The owner's members, admins, or a broker of an arena covering the owner's county (on its behalf, for example to change the project type). */
  updateKnowledgeNeed: KnowledgeNeed;
  /** Sets your language and, per kind, in-app only, e-mail at once or the daily digest. */
  updateNotificationSettings: NotificationSettings;
  updateOrganization: Organization;
  /** Withdraws an interest; returns it as it was. */
  withdrawInterestInNeed: NeedInterest;
  /** Sets status WITHDRAWN. Pass `version` to fail with CONFLICT if the need changed meanwhile. */
  withdrawKnowledgeNeed: KnowledgeNeed;
};


export type MutationAcceptConsortiumProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptConsortiumReplacementArgs = {
  input: AcceptConsortiumReplacementInput;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptProgrammeRuleWarningArgs = {
  input: AcceptProgrammeRuleWarningInput;
};


export type MutationCancelMatchRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeConsortiumStatusArgs = {
  input: ChangeConsortiumStatusInput;
};


export type MutationCreateCompetenceProfileArgs = {
  input: CreateCompetenceProfileInput;
};


export type MutationCreateConflictExclusionArgs = {
  input: CreateConflictExclusionInput;
};


export type MutationCreateExportLinkArgs = {
  input: CreateExportLinkInput;
};


export type MutationCreateKnowledgeNeedArgs = {
  input: CreateKnowledgeNeedInput;
};


export type MutationCreateMobilizationArenaArgs = {
  input: CreateMobilizationArenaInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationDeleteConflictExclusionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExpressInterestInNeedArgs = {
  input: ExpressInterestInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRejectConsortiumProposalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reasonCategory?: InputMaybe<RejectionReasonCategory>;
};


export type MutationRespondToConsortiumInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  commitment?: InputMaybe<ConsortiumCommitmentInput>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartMatchRunArgs = {
  input: StartMatchRunInput;
};


export type MutationUpdateCompetenceProfileArgs = {
  input: UpdateCompetenceProfileInput;
};


export type MutationUpdateKnowledgeNeedArgs = {
  input: UpdateKnowledgeNeedInput;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationWithdrawInterestInNeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawKnowledgeNeedArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Needs by their state at the end of the period. */
export type NeedIndicators = {
  __typename?: 'NeedIndicators';
  closed: Scalars['Int']['output'];
  draft: Scalars['Int']['output'];
  /** Status IN_CONSORTIUM (an accepted proposal). */
  inConsortium: Scalars['Int']['output'];
  /** In a FORMING or CONFIRMED consortium. */
  inFormingOrConfirmedConsortium: Scalars['Int']['output'];
  /** In an undecided (PROPOSED) proposal. */
  inProposal: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  /** Every need registered by the end, whatever its state. */
  registered: Scalars['Int']['output'];
  registeredInPeriod: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

/** A research group's interest in a knowledge need, through one of its competence profiles. Seen by the group, the need's municipality, the arena's brokers and admins; the matching engine counts it as evidence for the pair. */
export type NeedInterest = {
  __typename?: 'NeedInterest';
  competenceProfile: CompetenceProfile;
  competenceProfileId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  knowledgeNeed: KnowledgeNeed;
  knowledgeNeedId: Scalars['ID']['output'];
  /** What the group would bring (may be empty). */
  note: Scalars['String']['output'];
  organization: Organization;
  /** The research group. */
  organizationId: Scalars['ID']['output'];
};

export type NeedStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'IN_CONSORTIUM'
  | 'OPEN'
  | 'WITHDRAWN';

/** One of the signed-in user's notifications, in the user's language. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Path of the web page it is about, e.g. /konsortier/<id>. */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** IN_APP (only in the app), EMAIL (an e-mail at once) or DIGEST (in the daily digest e-mail). */
export type NotificationDelivery =
  | 'DIGEST'
  | 'EMAIL'
  | 'IN_APP';

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** PROPOSAL_INCLUDED (your organization is in a new proposal), CONSORTIUM_INVITED, INVITATION_REMINDER, MEMBER_RESPONDED, CONSORTIUM_CONFIRMED, CONSORTIUM_NEEDS_ATTENTION, INTEREST_EXPRESSED (in your need), MATCH_RUN_FINISHED and MATCH_RUN_FAILED (for the broker who started the run). */
export type NotificationKind =
  | 'CONSORTIUM_CONFIRMED'
  | 'CONSORTIUM_INVITED'
  | 'CONSORTIUM_NEEDS_ATTENTION'
  | 'INTEREST_EXPRESSED'
  | 'INVITATION_REMINDER'
  | 'MATCH_RUN_FAILED'
  | 'MATCH_RUN_FINISHED'
  | 'MEMBER_RESPONDED'
  | 'PROPOSAL_INCLUDED';

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

export type NotificationPreferenceInput = {
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

/** The language of notifications and e-mails, and how each kind is delivered. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  language: Language;
  /** Every kind, with the default where not chosen. */
  preferences: Array<NotificationPreference>;
};

export type NotificationSettingsInput = {
  language: Language;
  /** Kinds to change; kinds left out keep their delivery. */
  preferences?: Array<NotificationPreferenceInput>;
};

/** A participant: municipality, county municipality, research group, business or voluntary organization. */
export type Organization = {
  __typename?: 'Organization';
  county?: Maybe<County>;
  countyNumber?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  internationalPartners: Scalars['Boolean']['output'];
  kind: OrganizationKind;
  /** Set for municipalities. */
  municipality?: Maybe<Municipality>;
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  researchExperience?: Maybe<ResearchExperience>;
  /** Set for research groups. */
  researchInstitution?: Maybe<ResearchInstitution>;
  researchInstitutionId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back in updates (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this edge; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  /** In a county covered by this mobilization arena. */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  /** In any of these counties. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** In any of these municipalities. */
  municipalityNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  researchInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'BUSINESS'
  | 'COUNTY_MUNICIPALITY'
  | 'MUNICIPALITY'
  | 'RESEARCH_GROUP'
  | 'VOLUNTARY_ORGANIZATION';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A publication or past project of a competence profile. */
export type ProfileReference = {
  __typename?: 'ProfileReference';
  id: Scalars['ID']['output'];
  kind: ReferenceKind;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A publication or past project; the list given replaces the existing references. */
export type ProfileReferenceInput = {
  kind?: ReferenceKind;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ProfileStatus =
  | 'ACTIVE'
  | 'PAUSED';

export type ProgrammeIndicatorFilter = {
  /** The arena's counties (and its proposals, runs, consortia). */
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start of the range; default: the first event of the programme. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  projectTypes?: InputMaybe<Array<ProjectType>>;
  themes?: InputMaybe<Array<Theme>>;
  /** End of the range (figures "as of" this instant); default: now. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Follow-up figures of the programme over a date range. */
export type ProgrammeIndicators = {
  __typename?: 'ProgrammeIndicators';
  from: Scalars['DateTime']['output'];
  interval: IndicatorInterval;
  periods: Array<IndicatorPeriod>;
  /** The figures of `total` are as of this instant. */
  to: Scalars['DateTime']['output'];
  /** The whole range: states as of `to`, events from `from`. */
  total: IndicatorPeriod;
};

/** LEAD_ORGANIZATION (who may own and lead the project type), MEMBER_COUNTS (municipalities and research groups), INTERNATIONAL_COLLABORATION (competence projects), MUNICIPAL_COMMITMENTS (person-months and a freed contact person per municipality), RESEARCH_CAPACITY (research groups within capacity). */
export type ProgrammeRule =
  | 'INTERNATIONAL_COLLABORATION'
  | 'LEAD_ORGANIZATION'
  | 'MEMBER_COUNTS'
  | 'MUNICIPAL_COMMITMENTS'
  | 'RESEARCH_CAPACITY';

/** One programme rule checked on the consortium. */
export type ProgrammeRuleCheck = {
  __typename?: 'ProgrammeRuleCheck';
  /** A WARNING a broker accepted (with acceptedReason); it no longer blocks CONFIRMED. */
  accepted: Scalars['Boolean']['output'];
  acceptedReason?: Maybe<Scalars['String']['output']>;
  /** Why, in the requested language. */
  message: Scalars['String']['output'];
  outcome: ProgrammeRuleOutcome;
  rule: ProgrammeRule;
};

export type ProgrammeRuleOutcome =
  | 'FAILS'
  | 'HOLDS'
  | 'WARNING';

export type ProjectType =
  | 'COMPETENCE_PROJECT'
  | 'INNOVATION_PROJECT'
  | 'PRE_PROJECT';

/** Proposal decisions in the period. */
export type ProposalIndicators = {
  __typename?: 'ProposalIndicators';
  accepted: Scalars['Int']['output'];
  made: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** Rejections by reason category: ALREADY_COLLABORATING, CAPACITY, REGION, POOR_FIT, OTHER, NONE (no reason). */
  rejectedByReason: Array<IndicatorCount>;
  superseded: Scalars['Int']['output'];
};

/** Consortium score components, each in [0, 1]. */
export type ProposalScoreComponents = {
  __typename?: 'ProposalScoreComponents';
  cohesion: Scalars['Float']['output'];
  coverage: Scalars['Float']['output'];
  diversity: Scalars['Float']['output'];
  relevance: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The audit log of mutations, newest first. Admins only. */
  auditLog: AuditLogConnection;
  competenceProfile: CompetenceProfile;
  /** Newest first; with filter.text ranked by full-text relevance. */
  competenceProfiles: CompetenceProfileConnection;
  /** The arena's conflict-of-interest exclusions, newest first. Its brokers and admins. */
  conflictExclusions: Array<ConflictExclusion>;
  /** Newest first. Brokers see their arenas' consortia, members their own organizations', admins all. */
  consortia: ConsortiumConnection;
  consortium: Consortium;
  consortiumProposal: ConsortiumProposal;
  /** Newest run first, then by rank within a run. */
  consortiumProposals: ConsortiumProposalConnection;
  /** The 15 counties, by number. */
  counties: Array<County>;
  /** The arena as a `brobygger.problem/v1` document (open needs, active profiles with their free capacity), to run the matcher offline: `npm run cli -- propose arena.json`. Brokers of the arena and admins. */
  exportArenaProblem: Scalars['JSONObject']['output'];
  knowledgeNeed: KnowledgeNeed;
  /** Newest first; with filter.text ranked by full-text relevance. */
  knowledgeNeeds: KnowledgeNeedConnection;
  matchRun: MatchRun;
  /** Newest first. */
  matchRuns: MatchRunConnection;
  /** The signed-in user with its memberships. */
  me: User;
  mobilizationArena: MobilizationArena;
  /** All mobilization arenas, by name. */
  mobilizationArenas: Array<MobilizationArena>;
  /** Municipalities by number (357 in all). */
  municipalities: MunicipalityConnection;
  /** Interests in the needs of an arena's counties, newest first (at most 200). The arena's brokers and admins. */
  needInterests: Array<NeedInterest>;
  notificationSettings: NotificationSettings;
  /** The signed-in user's notifications, newest first (keyset pagination). */
  notifications: NotificationConnection;
  organization: Organization;
  organizations: OrganizationConnection;
  /** Programme indicators per month and for the whole range. Admins see everything, brokers their arenas, municipality members and researchers their own organization's part (FORBIDDEN for anyone else). Figures of a past date never change when needs are edited or withdrawn later. */
  programmeIndicators: ProgrammeIndicators;
  /** The active research-group profiles that best fit a need, among those serving its county, best first. */
  recommendedCompetenceProfiles: Array<RecommendedCompetenceProfile>;
  /** The open needs (and so partner municipalities) that best fit a research group's profile, in the counties it serves, best first. */
  recommendedKnowledgeNeeds: Array<RecommendedKnowledgeNeed>;
  /** Research institutions, by name. */
  researchInstitutions: Array<ResearchInstitution>;
  /** Other municipalities' needs like this one, best first, with the words they share (the matching engine's need-to-need similarity). Withdrawn needs and drafts you may not see are left out. */
  similarKnowledgeNeeds: Array<SimilarKnowledgeNeed>;
  /** How many of the signed-in user’s notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCompetenceProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompetenceProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompetenceProfileFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryConflictExclusionsArgs = {
  arenaId: Scalars['ID']['input'];
};


export type QueryConsortiaArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsortiumFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryConsortiumArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsortiumProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsortiumProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsortiumProposalFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryExportArenaProblemArgs = {
  arenaId: Scalars['ID']['input'];
};


export type QueryKnowledgeNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeNeedFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMatchRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MatchRunFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMobilizationArenaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MunicipalityFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryNeedInterestsArgs = {
  arenaId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryProgrammeIndicatorsArgs = {
  filter?: InputMaybe<ProgrammeIndicatorFilter>;
  interval?: IndicatorInterval;
};


export type QueryRecommendedCompetenceProfilesArgs = {
  first?: Scalars['Int']['input'];
  needId: Scalars['ID']['input'];
};


export type QueryRecommendedKnowledgeNeedsArgs = {
  first?: Scalars['Int']['input'];
  profileId: Scalars['ID']['input'];
};


export type QueryResearchInstitutionsArgs = {
  filter?: InputMaybe<ResearchInstitutionFilter>;
};


export type QuerySimilarKnowledgeNeedsArgs = {
  first?: Scalars['Int']['input'];
  needId: Scalars['ID']['input'];
};

export type RecommendedCompetenceProfile = {
  __typename?: 'RecommendedCompetenceProfile';
  competenceProfile: CompetenceProfile;
  components: AffinityComponents;
  /** Affinity in [0, 1]; higher fits better. */
  score: Scalars['Float']['output'];
  sharedTerms: Array<Scalars['String']['output']>;
};

export type RecommendedKnowledgeNeed = {
  __typename?: 'RecommendedKnowledgeNeed';
  components: AffinityComponents;
  knowledgeNeed: KnowledgeNeed;
  /** Affinity in [0, 1]; higher fits better. */
  score: Scalars['Float']['output'];
  /** Words both texts use, as written. */
  sharedTerms: Array<Scalars['String']['output']>;
};

export type ReferenceKind =
  | 'PROJECT'
  | 'PUBLICATION';

export type RefreshTokenInput = {
  /** The refresh token from login or the previous refresh (each works once). */
  refreshToken: Scalars['String']['input'];
};

/** Why a proposal was rejected: ALREADY_COLLABORATING, CAPACITY, REGION, POOR_FIT (the needs or expertise do not fit), OTHER. */
export type RejectionReasonCategory =
  | 'ALREADY_COLLABORATING'
  | 'CAPACITY'
  | 'OTHER'
  | 'POOR_FIT'
  | 'REGION';

export type ResearchArea =
  | 'CONCRETE_INNOVATION'
  | 'CONDITIONS_FOR_INNOVATION'
  | 'KNOWLEDGE_SYSTEM';

export type ResearchExperience =
  | 'EXTENSIVE'
  | 'NONE'
  | 'SOME';

export type ResearchIndicators = {
  __typename?: 'ResearchIndicators';
  /** Of those, groups whose first involvement is in this period. */
  groupsFirstTime: Scalars['Int']['output'];
  /** Research groups in an accepted proposal or a consortium by the end of the period. */
  groupsInvolved: Scalars['Int']['output'];
  institutionsFirstTime: Scalars['Int']['output'];
  institutionsInvolved: Scalars['Int']['output'];
};

/** A Norwegian university, university college or research institute. */
export type ResearchInstitution = {
  __typename?: 'ResearchInstitution';
  city?: Maybe<Scalars['String']['output']>;
  county?: Maybe<County>;
  countyNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  institutionType: InstitutionType;
  /** Sector and category as in the source data. */
  kind: Scalars['String']['output'];
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  orgNumber?: Maybe<Scalars['String']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
};

export type ResearchInstitutionFilter = {
  /** In any of these counties. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  institutionTypes?: InputMaybe<Array<InstitutionType>>;
  /** Part of the name or short name (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** ADMIN: programme administrator; BROKER: competence broker of one arena; MUNICIPALITY_MEMBER: member of a municipality or county municipality; RESEARCHER: member of a research group. */
export type Role =
  | 'ADMIN'
  | 'BROKER'
  | 'MUNICIPALITY_MEMBER'
  | 'RESEARCHER';

/** Another municipality's need like a given one, with what they have in common. */
export type SimilarKnowledgeNeed = {
  __typename?: 'SimilarKnowledgeNeed';
  need: KnowledgeNeed;
  /** Words both needs use, as written in the texts, strongest first. */
  sharedTerms: Array<Scalars['String']['output']>;
  /** The matching engine's need-to-need similarity (text and themes), 0–1. */
  similarity: Scalars['Float']['output'];
};

/** SMALL < 5,000 inhabitants, MEDIUM < 20,000, LARGE otherwise */
export type SizeClass =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

/** Municipalities of one size class: in scope, and mobilized by the end of the period. */
export type SizeClassMobilization = {
  __typename?: 'SizeClassMobilization';
  inScope: Scalars['Int']['output'];
  mobilized: Scalars['Int']['output'];
  /** mobilized / inScope */
  share?: Maybe<Scalars['Float']['output']>;
  sizeClass: SizeClass;
};

export type StartMatchRunInput = {
  arenaId: Scalars['ID']['input'];
  /** Form proposals of this project type only. */
  projectType?: InputMaybe<ProjectType>;
  /** Engine settings (exchange-format `settings`: sizes, weights, pins, excludeIds, timeLimitSeconds, locale …). */
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The run now, then every change of status, phase or progress until it is SUCCEEDED, FAILED or CANCELLED (graphql-ws). */
  matchRunUpdated: MatchRun;
  /** Your new notifications as they arrive (graphql-ws); only your own are sent to you. */
  notificationAdded: Notification;
};


export type SubscriptionMatchRunUpdatedArgs = {
  id: Scalars['ID']['input'];
};

export type Theme =
  | 'BUSINESS_DEVELOPMENT'
  | 'CIRCULAR_ECONOMY'
  | 'CLIMATE_AND_ENVIRONMENT'
  | 'CULTURE_AND_COMMUNITY'
  | 'DIGITALISATION'
  | 'EDUCATION_AND_CHILDHOOD'
  | 'ENERGY_AND_BUILDINGS'
  | 'HEALTH_AND_CARE'
  | 'INCLUSION_AND_INTEGRATION'
  | 'LEADERSHIP_AND_WORKPLACE'
  | 'LOCAL_DEMOCRACY_AND_PARTICIPATION'
  | 'PLANNING_AND_TRANSPORT'
  | 'PUBLIC_PROCUREMENT'
  | 'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY';

export type TimeIndicators = {
  __typename?: 'TimeIndicators';
  /** Registration of a need → a CONFIRMED consortium. */
  toConfirmedConsortium: IndicatorDuration;
  /** Registration of a need → its first proposal. */
  toFirstProposal: IndicatorDuration;
};

/** A need a run could not place, with a reason a broker can act on. */
export type UnmatchedNeed = {
  __typename?: 'UnmatchedNeed';
  knowledgeNeed?: Maybe<KnowledgeNeed>;
  knowledgeNeedId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/** Fields left out stay unchanged (null is refused); `references` and `contacts`, when given, replace all. */
export type UpdateCompetenceProfileInput = {
  /** Consortia the group can take part in at once (0 to 100). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  contacts?: InputMaybe<Array<ContactPersonInput>>;
  /** Counties served; empty = national. */
  countyNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 10000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Names of partner institutions abroad (none blank). */
  internationalPartners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keywords (at most 50, each at most 100 characters, none blank). */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  language?: InputMaybe<Language>;
  /** Research methods (none blank). */
  methods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 50. */
  references?: InputMaybe<Array<ProfileReferenceInput>>;
  status?: InputMaybe<ProfileStatus>;
  themes?: InputMaybe<Array<Theme>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version fails with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Fields left out stay unchanged; `contacts`, when given, replace all contacts. */
export type UpdateKnowledgeNeedInput = {
  committedContactFreed?: InputMaybe<Scalars['Boolean']['input']>;
  committedPersonMonths?: InputMaybe<Scalars['Float']['input']>;
  contacts?: InputMaybe<Array<ContactPersonInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
  projectType?: InputMaybe<ProjectType>;
  researchArea?: InputMaybe<ResearchArea>;
  /** Use withdrawKnowledgeNeed to withdraw. */
  status?: InputMaybe<NeedStatus>;
  themes?: InputMaybe<Array<Theme>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version fails with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Fields left out stay unchanged. `version` must be the version you read. */
export type UpdateOrganizationInput = {
  id: Scalars['ID']['input'];
  internationalPartners?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  researchExperience?: InputMaybe<ResearchExperience>;
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
};

export type ArenasQueryVariables = Exact<{ [key: string]: never; }>;


export type ArenasQuery = { __typename?: 'Query', mobilizationArenas: Array<{ __typename?: 'MobilizationArena', id: string, name: string, counties: Array<{ __typename?: 'County', number: string, name: string }> }> };

export type ArenaOverviewQueryVariables = Exact<{
  arenaId: Scalars['ID']['input'];
}>;


export type ArenaOverviewQuery = { __typename?: 'Query', mobilizationArena: { __typename?: 'MobilizationArena', id: string, name: string, description?: string | null, counties: Array<{ __typename?: 'County', number: string, name: string }> }, openNeeds: { __typename?: 'KnowledgeNeedConnection', totalCount: number }, activeProfiles: { __typename?: 'CompetenceProfileConnection', totalCount: number }, waiting: { __typename?: 'ConsortiumProposalConnection', totalCount: number, edges: Array<{ __typename?: 'ConsortiumProposalEdge', node: { __typename?: 'ConsortiumProposal', id: string, projectType: ProjectType, score: number, leadOrganization: { __typename?: 'Organization', name: string }, members: Array<{ __typename?: 'ConsortiumProposalMember', id: string, role: ConsortiumMemberRole }> } }> }, accepted: { __typename?: 'ConsortiumProposalConnection', totalCount: number }, rejected: { __typename?: 'ConsortiumProposalConnection', totalCount: number }, matchRuns: { __typename?: 'MatchRunConnection', edges: Array<{ __typename?: 'MatchRunEdge', node: { __typename?: 'MatchRun', id: string, status: MatchRunStatus, phase: MatchRunPhase, progress: number, createdAt: string, counts: { __typename?: 'MatchRunCounts', proposals?: number | null, unmatchedNeeds?: number | null } } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, memberships: Array<{ __typename?: 'Membership', role: Role, arenaId?: string | null, organizationId?: string | null }> } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, memberships: Array<{ __typename?: 'Membership', role: Role, arenaId?: string | null, organizationId?: string | null }> } } };

export type LogoutMutationVariables = Exact<{
  refreshToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ConsortiumQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
}>;


export type ConsortiumQuery = { __typename?: 'Query', consortium: { __typename?: 'Consortium', id: string, arenaId: string, proposalId: string, projectType: ProjectType, status: ConsortiumStatus, version: number, rulesHold: boolean, needsAttention: boolean, attentionReason?: string | null, createdAt: string, leadOrganization: { __typename?: 'Organization', id: string, name: string }, members: Array<{ __typename?: 'ConsortiumMember', id: string, role: ConsortiumPartnerRole, response: ConsortiumInvitationResponse, responseReason?: string | null, invitedAt: string, respondedAt?: string | null, organizationId: string, committedPersonMonths?: number | null, contactPersonName?: string | null, contactPersonFreed: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind }, knowledgeNeed?: { __typename?: 'KnowledgeNeed', id: string, title: string } | null, competenceProfile?: { __typename?: 'CompetenceProfile', id: string, title: string } | null }>, ruleChecks: Array<{ __typename?: 'ProgrammeRuleCheck', rule: ProgrammeRule, outcome: ProgrammeRuleOutcome, message: string, accepted: boolean, acceptedReason?: string | null }>, statusHistory: Array<{ __typename?: 'ConsortiumStatusChange', fromStatus?: ConsortiumStatus | null, toStatus: ConsortiumStatus, changedAt: string, reason?: string | null }>, replacements: Array<{ __typename?: 'ConsortiumReplacement', id: string, status: ConsortiumReplacementStatus, explanation: string, score?: number | null, declinedMemberId: string, organization?: { __typename?: 'Organization', id: string, name: string } | null, knowledgeNeed?: { __typename?: 'KnowledgeNeed', id: string, title: string } | null, competenceProfile?: { __typename?: 'CompetenceProfile', id: string, title: string } | null }> } };

export type ConsortiaQueryVariables = Exact<{
  filter?: InputMaybe<ConsortiumFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsortiaQuery = { __typename?: 'Query', consortia: { __typename?: 'ConsortiumConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ConsortiumEdge', node: { __typename?: 'Consortium', id: string, projectType: ProjectType, status: ConsortiumStatus, needsAttention: boolean, createdAt: string, leadOrganization: { __typename?: 'Organization', id: string, name: string }, members: Array<{ __typename?: 'ConsortiumMember', id: string, response: ConsortiumInvitationResponse }> } }> } };

export type ChangeConsortiumStatusMutationVariables = Exact<{
  input: ChangeConsortiumStatusInput;
}>;


export type ChangeConsortiumStatusMutation = { __typename?: 'Mutation', changeConsortiumStatus: { __typename?: 'Consortium', id: string, status: ConsortiumStatus, version: number } };

export type RespondToConsortiumInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  commitment?: InputMaybe<ConsortiumCommitmentInput>;
}>;


export type RespondToConsortiumInvitationMutation = { __typename?: 'Mutation', respondToConsortiumInvitation: { __typename?: 'ConsortiumInvitationAnswer', member: { __typename?: 'ConsortiumMember', id: string, response: ConsortiumInvitationResponse }, replacement?: { __typename?: 'ConsortiumReplacement', id: string, status: ConsortiumReplacementStatus } | null } };

export type AcceptConsortiumReplacementMutationVariables = Exact<{
  input: AcceptConsortiumReplacementInput;
}>;


export type AcceptConsortiumReplacementMutation = { __typename?: 'Mutation', acceptConsortiumReplacement: { __typename?: 'ConsortiumMember', id: string, response: ConsortiumInvitationResponse } };

export type AcceptProgrammeRuleWarningMutationVariables = Exact<{
  input: AcceptProgrammeRuleWarningInput;
}>;


export type AcceptProgrammeRuleWarningMutation = { __typename?: 'Mutation', acceptProgrammeRuleWarning: { __typename?: 'Consortium', id: string, rulesHold: boolean } };

export type ProgrammeIndicatorsQueryVariables = Exact<{
  filter?: InputMaybe<ProgrammeIndicatorFilter>;
}>;


export type ProgrammeIndicatorsQuery = { __typename?: 'Query', programmeIndicators: { __typename?: 'ProgrammeIndicators', from: string, to: string, total: { __typename?: 'IndicatorPeriod', municipalities: { __typename?: 'MunicipalityIndicators', inScope: number, mobilized: number, share?: number | null }, needs: { __typename?: 'NeedIndicators', registered: number, open: number, inProposal: number, inFormingOrConfirmedConsortium: number }, research: { __typename?: 'ResearchIndicators', groupsInvolved: number, institutionsInvolved: number }, proposals: { __typename?: 'ProposalIndicators', made: number, accepted: number, rejected: number }, consortia: { __typename?: 'ConsortiumIndicators', byStatus: Array<{ __typename?: 'IndicatorCount', key: string, count: number }> }, times: { __typename?: 'TimeIndicators', toFirstProposal: { __typename?: 'IndicatorDuration', count: number, medianDays?: number | null }, toConfirmedConsortium: { __typename?: 'IndicatorDuration', count: number, medianDays?: number | null } }, coverage: { __typename?: 'IndicatorCoverage', openNeeds: number, covered: number, share?: number | null } }, periods: Array<{ __typename?: 'IndicatorPeriod', start: string, municipalities: { __typename?: 'MunicipalityIndicators', mobilized: number }, needs: { __typename?: 'NeedIndicators', registered: number, open: number }, proposals: { __typename?: 'ProposalIndicators', made: number, accepted: number } }> } };

export type CreateExportLinkMutationVariables = Exact<{
  input: CreateExportLinkInput;
}>;


export type CreateExportLinkMutation = { __typename?: 'Mutation', createExportLink: { __typename?: 'ExportLink', url: string, expiresAt: string } };

export type RunChoicesQueryVariables = Exact<{
  arenaId: Scalars['ID']['input'];
}>;


export type RunChoicesQuery = { __typename?: 'Query', mobilizationArena: { __typename?: 'MobilizationArena', id: string, name: string }, knowledgeNeeds: { __typename?: 'KnowledgeNeedConnection', edges: Array<{ __typename?: 'KnowledgeNeedEdge', node: { __typename?: 'KnowledgeNeed', id: string, title: string, organization: { __typename?: 'Organization', name: string } } }> }, competenceProfiles: { __typename?: 'CompetenceProfileConnection', edges: Array<{ __typename?: 'CompetenceProfileEdge', node: { __typename?: 'CompetenceProfile', id: string, title: string, organization: { __typename?: 'Organization', name: string } } }> } };

export type StartMatchRunMutationVariables = Exact<{
  input: StartMatchRunInput;
}>;


export type StartMatchRunMutation = { __typename?: 'Mutation', startMatchRun: { __typename?: 'MatchRun', id: string, status: MatchRunStatus } };

export type MatchRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatchRunQuery = { __typename?: 'Query', matchRun: { __typename?: 'MatchRun', id: string, arenaId: string, status: MatchRunStatus, phase: MatchRunPhase, progress: number, error?: string | null, optimalityGap?: number | null, createdAt: string, counts: { __typename?: 'MatchRunCounts', needs?: number | null, profiles?: number | null, proposals?: number | null, unmatchedNeeds?: number | null }, proposals: Array<{ __typename?: 'ConsortiumProposal', id: string, projectType: ProjectType, score: number, status: ConsortiumProposalStatus, leadOrganization: { __typename?: 'Organization', name: string }, members: Array<{ __typename?: 'ConsortiumProposalMember', id: string, role: ConsortiumMemberRole, organization: { __typename?: 'Organization', name: string } }> }>, unmatchedNeeds: Array<{ __typename?: 'UnmatchedNeed', knowledgeNeedId: string, reason: string, knowledgeNeed?: { __typename?: 'KnowledgeNeed', id: string, title: string, organization: { __typename?: 'Organization', name: string } } | null }> } };

export type MatchRunUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatchRunUpdatedSubscription = { __typename?: 'Subscription', matchRunUpdated: { __typename?: 'MatchRun', id: string, status: MatchRunStatus, phase: MatchRunPhase, progress: number, error?: string | null } };

export type CancelMatchRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelMatchRunMutation = { __typename?: 'Mutation', cancelMatchRun: { __typename?: 'MatchRun', id: string, status: MatchRunStatus } };

export type NeedsListQueryVariables = Exact<{
  filter?: InputMaybe<KnowledgeNeedFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NeedsListQuery = { __typename?: 'Query', knowledgeNeeds: { __typename?: 'KnowledgeNeedConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'KnowledgeNeedEdge', node: { __typename?: 'KnowledgeNeed', id: string, title: string, status: NeedStatus, themes: Array<Theme>, projectType?: ProjectType | null, updatedAt: string, organization: { __typename?: 'Organization', id: string, name: string, county?: { __typename?: 'County', name: string } | null } } }> } };

export type NeedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedQuery = { __typename?: 'Query', knowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, title: string, description: string, status: NeedStatus, themes: Array<Theme>, projectType?: ProjectType | null, language: Language, version: number, updatedAt: string, committedPersonMonths?: number | null, committedContactFreed: boolean, organizationId: string, organization: { __typename?: 'Organization', id: string, name: string, county?: { __typename?: 'County', name: string } | null, municipality?: { __typename?: 'Municipality', name: string, population: number } | null }, contacts: Array<{ __typename?: 'ContactPerson', id: string, hidden: boolean, name?: string | null, email?: string | null, phone?: string | null, role?: string | null }> } };

export type RecommendedProfilesQueryVariables = Exact<{
  needId: Scalars['ID']['input'];
}>;


export type RecommendedProfilesQuery = { __typename?: 'Query', recommendedCompetenceProfiles: Array<{ __typename?: 'RecommendedCompetenceProfile', score: number, sharedTerms: Array<string>, competenceProfile: { __typename?: 'CompetenceProfile', id: string, title: string, organization: { __typename?: 'Organization', name: string, researchInstitution?: { __typename?: 'ResearchInstitution', name: string } | null } } }> };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { __typename?: 'Query', counties: Array<{ __typename?: 'County', number: string, name: string }> };

export type CreateNeedMutationVariables = Exact<{
  input: CreateKnowledgeNeedInput;
}>;


export type CreateNeedMutation = { __typename?: 'Mutation', createKnowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, version: number, status: NeedStatus } };

export type UpdateNeedMutationVariables = Exact<{
  input: UpdateKnowledgeNeedInput;
}>;


export type UpdateNeedMutation = { __typename?: 'Mutation', updateKnowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, version: number, status: NeedStatus, title: string, description: string, themes: Array<Theme>, projectType?: ProjectType | null, language: Language } };

export type WithdrawNeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WithdrawNeedMutation = { __typename?: 'Mutation', withdrawKnowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, version: number, status: NeedStatus } };

export type MyOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'MarkNotificationsReadPayload', marked: number, unreadCount: number } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', marked: number, unreadCount: number } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { __typename?: 'Query', notificationSettings: { __typename?: 'NotificationSettings', language: Language, preferences: Array<{ __typename?: 'NotificationPreference', kind: NotificationKind, delivery: NotificationDelivery }> } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { __typename?: 'Mutation', updateNotificationSettings: { __typename?: 'NotificationSettings', language: Language, preferences: Array<{ __typename?: 'NotificationPreference', kind: NotificationKind, delivery: NotificationDelivery }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string } };

export type NeedInterestsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedInterestsQuery = { __typename?: 'Query', knowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, interests: Array<{ __typename?: 'NeedInterest', id: string, note: string, createdAt: string, organizationId: string, organization: { __typename?: 'Organization', id: string, name: string }, competenceProfile: { __typename?: 'CompetenceProfile', id: string, title: string } }> } };

export type MyGroupProfilesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type MyGroupProfilesQuery = { __typename?: 'Query', competenceProfiles: { __typename?: 'CompetenceProfileConnection', edges: Array<{ __typename?: 'CompetenceProfileEdge', node: { __typename?: 'CompetenceProfile', id: string, title: string } }> } };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type ExpressInterestMutation = { __typename?: 'Mutation', expressInterestInNeed: { __typename?: 'NeedInterest', id: string, note: string } };

export type WithdrawInterestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawInterestMutation = { __typename?: 'Mutation', withdrawInterestInNeed: { __typename?: 'NeedInterest', id: string } };

export type SimilarNeedsQueryVariables = Exact<{
  needId: Scalars['ID']['input'];
}>;


export type SimilarNeedsQuery = { __typename?: 'Query', similarKnowledgeNeeds: Array<{ __typename?: 'SimilarKnowledgeNeed', similarity: number, sharedTerms: Array<string>, need: { __typename?: 'KnowledgeNeed', id: string, title: string, organization: { __typename?: 'Organization', id: string, name: string } } }> };

export type ArenaExclusionsQueryVariables = Exact<{
  arenaId: Scalars['ID']['input'];
}>;


export type ArenaExclusionsQuery = { __typename?: 'Query', conflictExclusions: Array<{ __typename?: 'ConflictExclusion', id: string, reason: string, createdAt: string, organizationA: { __typename?: 'Organization', id: string, name: string }, organizationB: { __typename?: 'Organization', id: string, name: string } }> };

export type ArenaOrganizationsQueryVariables = Exact<{
  arenaId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind> | OrganizationKind>;
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArenaOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } }> } };

export type CreateExclusionMutationVariables = Exact<{
  input: CreateConflictExclusionInput;
}>;


export type CreateExclusionMutation = { __typename?: 'Mutation', createConflictExclusion: { __typename?: 'ConflictExclusion', id: string } };

export type DeleteExclusionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteExclusionMutation = { __typename?: 'Mutation', deleteConflictExclusion: { __typename?: 'ConflictExclusion', id: string } };

export type ArenaNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArenaNamesQuery = { __typename?: 'Query', mobilizationArenas: Array<{ __typename?: 'MobilizationArena', id: string, name: string }> };

export type ProfilesListQueryVariables = Exact<{
  filter?: InputMaybe<CompetenceProfileFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProfilesListQuery = { __typename?: 'Query', competenceProfiles: { __typename?: 'CompetenceProfileConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CompetenceProfileEdge', node: { __typename?: 'CompetenceProfile', id: string, title: string, status: ProfileStatus, themes: Array<Theme>, keywords: Array<string>, capacity: number, organization: { __typename?: 'Organization', id: string, name: string, researchInstitution?: { __typename?: 'ResearchInstitution', name: string } | null } } }> } };

export type ProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProfileQuery = { __typename?: 'Query', competenceProfile: { __typename?: 'CompetenceProfile', id: string, title: string, description: string, status: ProfileStatus, themes: Array<Theme>, keywords: Array<string>, methods: Array<string>, capacity: number, internationalPartners: Array<string>, counties: Array<{ __typename?: 'County', number: string, name: string }>, organization: { __typename?: 'Organization', id: string, name: string, researchInstitution?: { __typename?: 'ResearchInstitution', name: string } | null }, references: Array<{ __typename?: 'ProfileReference', id: string, kind: ReferenceKind, title: string, year?: number | null }>, contacts: Array<{ __typename?: 'ContactPerson', id: string, hidden: boolean, name?: string | null, email?: string | null, role?: string | null }> } };

export type RecommendedNeedsQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
}>;


export type RecommendedNeedsQuery = { __typename?: 'Query', recommendedKnowledgeNeeds: Array<{ __typename?: 'RecommendedKnowledgeNeed', score: number, sharedTerms: Array<string>, knowledgeNeed: { __typename?: 'KnowledgeNeed', id: string, title: string, organization: { __typename?: 'Organization', name: string } } }> };

export type ProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalQuery = { __typename?: 'Query', consortiumProposal: { __typename?: 'ConsortiumProposal', id: string, arenaId: string, matchRunId: string, projectType: ProjectType, score: number, status: ConsortiumProposalStatus, explanation: string, decisionReason?: string | null, decidedAt?: string | null, version: number, components: { __typename?: 'ProposalScoreComponents', relevance: number, coverage: number, cohesion: number, diversity: number }, leadOrganization: { __typename?: 'Organization', id: string, name: string }, consortium?: { __typename?: 'Consortium', id: string, status: ConsortiumStatus } | null, members: Array<{ __typename?: 'ConsortiumProposalMember', id: string, role: ConsortiumMemberRole, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, countyNumber?: string | null, municipalityNumber?: string | null, municipality?: { __typename?: 'Municipality', name: string } | null, researchInstitution?: { __typename?: 'ResearchInstitution', name: string, municipalityNumber?: string | null, countyNumber?: string | null } | null }, knowledgeNeed?: { __typename?: 'KnowledgeNeed', id: string, title: string } | null, competenceProfile?: { __typename?: 'CompetenceProfile', id: string, title: string, countyNumbers: Array<string> } | null }> } };

export type AcceptProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptProposalMutation = { __typename?: 'Mutation', acceptConsortiumProposal: { __typename?: 'ConsortiumProposal', id: string, status: ConsortiumProposalStatus, decidedAt?: string | null, consortium?: { __typename?: 'Consortium', id: string, status: ConsortiumStatus } | null } };

export type RejectProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reasonCategory?: InputMaybe<RejectionReasonCategory>;
}>;


export type RejectProposalMutation = { __typename?: 'Mutation', rejectConsortiumProposal: { __typename?: 'ConsortiumProposal', id: string, status: ConsortiumProposalStatus, decidedAt?: string | null, decisionReason?: string | null, decisionReasonCategory?: RejectionReasonCategory | null } };


export const ArenasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Arenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilizationArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ArenasQuery, ArenasQueryVariables>;
export const ArenaOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArenaOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilizationArena"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openNeeds"},"name":{"kind":"Name","value":"knowledgeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeProfiles"},"name":{"kind":"Name","value":"competenceProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"consortiumProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PROPOSED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"accepted"},"name":{"kind":"Name","value":"consortiumProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rejected"},"name":{"kind":"Name","value":"consortiumProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REJECTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedNeeds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArenaOverviewQuery, ArenaOverviewQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arenaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"arenaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ConsortiumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consortium"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arenaId"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rulesHold"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"attentionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"committedPersonMonths"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersonFreed"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"declinedMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsortiumQuery, ConsortiumQueryVariables>;
export const ConsortiaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consortia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsortiaQuery, ConsortiaQueryVariables>;
export const ChangeConsortiumStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeConsortiumStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConsortiumStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeConsortiumStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeConsortiumStatusMutation, ChangeConsortiumStatusMutationVariables>;
export const RespondToConsortiumInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToConsortiumInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsortiumCommitmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToConsortiumInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"commitment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToConsortiumInvitationMutation, RespondToConsortiumInvitationMutationVariables>;
export const AcceptConsortiumReplacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptConsortiumReplacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptConsortiumReplacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptConsortiumReplacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]} as unknown as DocumentNode<AcceptConsortiumReplacementMutation, AcceptConsortiumReplacementMutationVariables>;
export const AcceptProgrammeRuleWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProgrammeRuleWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProgrammeRuleWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgrammeRuleWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesHold"}}]}}]}}]} as unknown as DocumentNode<AcceptProgrammeRuleWarningMutation, AcceptProgrammeRuleWarningMutationVariables>;
export const ProgrammeIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIndicatorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"mobilized"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"inProposal"}},{"kind":"Field","name":{"kind":"Name","value":"inFormingOrConfirmedConsortium"}}]}},{"kind":"Field","name":{"kind":"Name","value":"research"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupsInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInvolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toFirstProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toConfirmedConsortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeIndicatorsQuery, ProgrammeIndicatorsQueryVariables>;
export const CreateExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExportLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateExportLinkMutation, CreateExportLinkMutationVariables>;
export const RunChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilizationArena"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunChoicesQuery, RunChoicesQueryVariables>;
export const StartMatchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMatchRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMatchRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMatchRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartMatchRunMutation, StartMatchRunMutationVariables>;
export const MatchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arenaId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"optimalityGap"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedNeeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeedId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchRunQuery, MatchRunQueryVariables>;
export const MatchRunUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatchRunUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchRunUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<MatchRunUpdatedSubscription, MatchRunUpdatedSubscriptionVariables>;
export const CancelMatchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMatchRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMatchRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelMatchRunMutation, CancelMatchRunMutationVariables>;
export const NeedsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeNeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedsListQuery, NeedsListQueryVariables>;
export const NeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Need"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedPersonMonths"}},{"kind":"Field","name":{"kind":"Name","value":"committedContactFreed"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NeedQuery, NeedQueryVariables>;
export const RecommendedProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedCompetenceProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"researchInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendedProfilesQuery, RecommendedProfilesQueryVariables>;
export const CountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountiesQuery, CountiesQueryVariables>;
export const CreateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKnowledgeNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateNeedMutation, CreateNeedMutationVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKnowledgeNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const WithdrawNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawKnowledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNeedMutation, WithdrawNeedMutationVariables>;
export const MyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MyOrganizationQuery, MyOrganizationQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NeedInterestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedInterests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedInterestsQuery, NeedInterestsQueryVariables>;
export const MyGroupProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGroupProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyGroupProfilesQuery, MyGroupProfilesQueryVariables>;
export const ExpressInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpressInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpressInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expressInterestInNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const WithdrawInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInterestInNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawInterestMutation, WithdrawInterestMutationVariables>;
export const SimilarNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarKnowledgeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarNeedsQuery, SimilarNeedsQueryVariables>;
export const ArenaExclusionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArenaExclusions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflictExclusions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ArenaExclusionsQuery, ArenaExclusionsQueryVariables>;
export const ArenaOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArenaOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"arenaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arenaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArenaOrganizationsQuery, ArenaOrganizationsQueryVariables>;
export const CreateExclusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConflictExclusionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConflictExclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateExclusionMutation, CreateExclusionMutationVariables>;
export const DeleteExclusionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExclusion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConflictExclusion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteExclusionMutation, DeleteExclusionMutationVariables>;
export const ArenaNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArenaNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilizationArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArenaNamesQuery, ArenaNamesQueryVariables>;
export const ProfilesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceProfileFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"researchInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilesListQuery, ProfilesListQueryVariables>;
export const ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartners"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"researchInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const RecommendedNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedKnowledgeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendedNeedsQuery, RecommendedNeedsQueryVariables>;
export const ProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arenaId"}},{"kind":"Field","name":{"kind":"Name","value":"matchRunId"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"cohesion"}},{"kind":"Field","name":{"kind":"Name","value":"diversity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countyNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countyNumbers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const AcceptProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptConsortiumProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const RejectProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCategory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectionReasonCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectConsortiumProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCategory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReasonCategory"}}]}}]}}]} as unknown as DocumentNode<RejectProposalMutation, RejectProposalMutationVariables>;