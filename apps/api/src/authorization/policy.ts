import type { Role } from '@brobygger/persistence/entities/membership.entity';
import {
  brokerArenaIds,
  brokerCountyNumbers,
  isAdmin,
  isBroker,
  memberOrganizationIds,
  Principal,
} from './principal';

/**
 * THE access policy of Brobygger: every rule of who may do what is here, as pure functions of the principal, the
 * action and a small description of the resource (loaded by ResourceLoader). Guards, the @Authorize decorator and
 * services only call `decide`/`can`; nothing else contains access rules.
 *
 * Existence is never revealed: when the principal may not even read a resource, the decision is NOT_FOUND (the
 * same answer as for an id that does not exist); when it may read it but not do the action, FORBIDDEN.
 */

export type Decision = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND';

/** Descriptions of resources, with exactly the facts the rules need. */
/** An organization with where it works: its county and, for research groups, the counties its profiles serve. */
export interface OrganizationFacts {
  id: string;
  kind: string;
  countyNumber: string | null;
  servedCountyNumbers: string[];
  /** A research group with a national profile (one that lists no county) serves every county. */
  servesAllCounties: boolean;
}

export type Resource =
  | ({ type: 'organization' } & OrganizationFacts)
  | { type: 'arena'; id: string }
  | {
      type: 'knowledgeNeed';
      id: string;
      organizationId: string;
      countyNumber: string | null;
      status: string;
    }
  | { type: 'competenceProfile'; id: string; organizationId: string; status: string }
  | {
      /** A research group's interest in a need. */
      type: 'needInterest';
      id: string;
      /** The research group. */
      organizationId: string;
      /** The need's owner and its county. */
      needOrganizationId: string;
      countyNumber: string | null;
    }
  | { type: 'conflictExclusion'; id: string; arenaId: string }
  | { type: 'matchRun'; id: string; arenaId: string }
  | { type: 'proposal'; id: string; arenaId: string; memberOrganizationIds: string[] }
  | { type: 'consortium'; id: string; arenaId: string; memberOrganizationIds: string[] }
  | {
      /** One organization's invitation to (membership of) a consortium. */
      type: 'consortiumMember';
      id: string;
      organizationId: string;
      arenaId: string;
      memberOrganizationIds: string[];
    }
  | {
      type: 'contactPerson';
      id: string;
      organizationId: string;
      /** County of the contact's organization (brokers of arenas covering it may see the contact). */
      countyNumber: string | null;
      /** Arenas with a proposal that includes the contact's organization. */
      proposalArenaIds: string[];
      /** Organizations in an ACCEPTED proposal together with the contact's organization. */
      acceptedConsortiumOrganizationIds: string[];
    }
  | {
      type: 'invitation';
      role: Role;
      arenaId: string | null;
      organizationId: string | null;
      /** The organization named by organizationId (loaded by the guard); null when none is named. */
      organization: OrganizationFacts | null;
    };

export type ResourceType = Resource['type'];

/** Every action the API performs. Operation → action mapping lives on the resolvers (@Authorize). */
export const ACTIONS = [
  'session:read',
  'session:end',
  'notification:own',
  'referenceData:read',
  'organization:read',
  'organization:create',
  'organization:update',
  'arena:read',
  'arena:create',
  'arena:update',
  'arena:delete',
  'knowledgeNeed:list',
  'knowledgeNeed:read',
  'knowledgeNeed:create',
  'knowledgeNeed:update',
  'needInterest:express',
  'needInterest:withdraw',
  'needInterest:read',
  'needInterest:list',
  'conflictExclusion:list',
  'conflictExclusion:manage',
  'competenceProfile:list',
  'competenceProfile:read',
  'competenceProfile:create',
  'competenceProfile:update',
  'contactPerson:readDetails',
  'matchRun:list',
  'matchRun:read',
  'matchRun:start',
  'matchRun:cancel',
  'proposal:list',
  'proposal:read',
  'proposal:decide',
  'consortium:list',
  'consortium:read',
  'consortium:manage',
  'consortium:respond',
  'user:invite',
  'user:read',
  'auditLog:read',
  'indicators:read',
  'export:link',
  'export:arena',
  'arena:exportProblem',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (principal: Principal, resource: Resource | undefined) => boolean;

const signedIn: Rule = () => true;
const admin: Rule = (p) => isAdmin(p);
const brokerOrAdmin: Rule = (p) => isAdmin(p) || isBroker(p);

function as<T extends ResourceType>(
  resource: Resource | undefined,
  type: T,
): Extract<Resource, { type: T }> | null {
  return resource && resource.type === type ? (resource as Extract<Resource, { type: T }>) : null;
}

const OWNER_KINDS_OF_NEEDS = new Set(['MUNICIPALITY', 'COUNTY_MUNICIPALITY']);

const readNeed: Rule = (p, r) => {
  const need = as(r, 'knowledgeNeed');
  if (!need) return false;
  if (need.status !== 'DRAFT') return true;
  return (
    isAdmin(p) ||
    memberOrganizationIds(p).has(need.organizationId) ||
    (need.countyNumber !== null && brokerCountyNumbers(p).has(need.countyNumber))
  );
};

/** The owner's members, admins, and brokers of an arena covering the owner's county (on its behalf). */
const changeNeed: Rule = (p, r) => {
  const need = as(r, 'knowledgeNeed');
  return (
    !!need &&
    (isAdmin(p) ||
      memberOrganizationIds(p, 'MUNICIPALITY_MEMBER').has(need.organizationId) ||
      (need.countyNumber !== null && brokerCountyNumbers(p).has(need.countyNumber)))
  );
};

/**
 * Creating a need: the resource is the organization that will own it. Its members, admins, and brokers of an arena
 * covering its county (on its behalf).
 */
const createNeed: Rule = (p, r) => {
  const org = as(r, 'organization');
  if (!org || !OWNER_KINDS_OF_NEEDS.has(org.kind)) return isAdmin(p) && !!org;
  return (
    isAdmin(p) ||
    memberOrganizationIds(p, 'MUNICIPALITY_MEMBER').has(org.id) ||
    (org.countyNumber !== null && brokerCountyNumbers(p).has(org.countyNumber))
  );
};

/** Whether the principal acts on behalf of the organization (is not its municipality member): audit-logged. */
export function actsOnBehalfOf(p: Principal, organizationId: string): boolean {
  return !memberOrganizationIds(p, 'MUNICIPALITY_MEMBER').has(organizationId);
}

/** Withdrawing an interest: the research group's researchers and admins. */
const withdrawInterest: Rule = (p, r) => {
  const interest = as(r, 'needInterest');
  return (
    !!interest &&
    (isAdmin(p) || memberOrganizationIds(p, 'RESEARCHER').has(interest.organizationId))
  );
};

/** Seeing an interest: the group's members, the need owner's members, brokers covering the need, admins. */
const readInterest: Rule = (p, r) => {
  const interest = as(r, 'needInterest');
  if (!interest) return false;
  if (isAdmin(p)) return true;
  const mine = memberOrganizationIds(p);
  if (mine.has(interest.organizationId) || mine.has(interest.needOrganizationId)) return true;
  return interest.countyNumber !== null && brokerCountyNumbers(p).has(interest.countyNumber);
};

const readProfile: Rule = (p, r) => {
  const profile = as(r, 'competenceProfile');
  if (!profile) return false;
  if (profile.status === 'ACTIVE') return true;
  return isAdmin(p) || isBroker(p) || memberOrganizationIds(p).has(profile.organizationId);
};

const changeProfile: Rule = (p, r) => {
  const profile = as(r, 'competenceProfile');
  return (
    !!profile && (isAdmin(p) || memberOrganizationIds(p, 'RESEARCHER').has(profile.organizationId))
  );
};

/** Creating a profile: the resource is the research group that will own it. */
const createProfile: Rule = (p, r) => {
  const org = as(r, 'organization');
  if (!org) return false;
  return (
    isAdmin(p) ||
    (org.kind === 'RESEARCH_GROUP' && memberOrganizationIds(p, 'RESEARCHER').has(org.id))
  );
};

const arenaBroker: Rule = (p, r) => {
  const arenaId =
    as(r, 'arena')?.id ??
    as(r, 'matchRun')?.arenaId ??
    as(r, 'proposal')?.arenaId ??
    as(r, 'consortium')?.arenaId ??
    as(r, 'conflictExclusion')?.arenaId;
  return !!arenaId && (isAdmin(p) || brokerArenaIds(p).has(arenaId));
};

/** An arena's CSV exports: its brokers and admins; the whole country (no arena): admins. */
const exportArena: Rule = (p, r) => {
  const arena = as(r, 'arena');
  return isAdmin(p) || (!!arena && brokerArenaIds(p).has(arena.id));
};

const readProposal: Rule = (p, r) => {
  const proposal = as(r, 'proposal');
  if (!proposal) return false;
  if (isAdmin(p) || brokerArenaIds(p).has(proposal.arenaId)) return true;
  const mine = memberOrganizationIds(p);
  return proposal.memberOrganizationIds.some((id) => mine.has(id));
};

/** A consortium: the arena's brokers, admins and the users of its member organizations. */
const readConsortium: Rule = (p, r) => {
  const consortium = as(r, 'consortium') ?? as(r, 'consortiumMember');
  if (!consortium) return false;
  if (isAdmin(p) || brokerArenaIds(p).has(consortium.arenaId)) return true;
  const mine = memberOrganizationIds(p);
  return consortium.memberOrganizationIds.some((id) => mine.has(id));
};

/** An invitation is answered by the users of the invited organization (or an admin). */
const respondToInvitation: Rule = (p, r) => {
  const member = as(r, 'consortiumMember');
  return !!member && (isAdmin(p) || memberOrganizationIds(p).has(member.organizationId));
};

const readContactDetails: Rule = (p, r) => {
  const contact = as(r, 'contactPerson');
  if (!contact) return false;
  if (isAdmin(p)) return true;
  const mine = memberOrganizationIds(p);
  if (mine.has(contact.organizationId)) return true;
  if (contact.countyNumber !== null && brokerCountyNumbers(p).has(contact.countyNumber))
    return true;
  const arenas = brokerArenaIds(p);
  if (contact.proposalArenaIds.some((id) => arenas.has(id))) return true;
  return contact.acceptedConsortiumOrganizationIds.some((id) => mine.has(id));
};

/**
 * Whether an organization is in a broker's region: its county is covered by one of the broker's arenas, or it is a
 * research group whose profiles serve one of those counties (national profiles serve them all).
 */
function brokerCovers(p: Principal, org: OrganizationFacts): boolean {
  const counties = brokerCountyNumbers(p);
  if (org.countyNumber !== null && counties.has(org.countyNumber)) return true;
  if (org.kind !== 'RESEARCH_GROUP') return false;
  return (
    (org.servesAllCounties && counties.size > 0) ||
    org.servedCountyNumbers.some((county) => counties.has(county))
  );
}

/** Admins edit any organization; brokers those in their arenas' region (see brokerCovers). */
const updateOrganization: Rule = (p, r) => {
  const org = as(r, 'organization');
  return !!org && (isAdmin(p) || (isBroker(p) && brokerCovers(p, org)));
};

/**
 * Admins invite anyone; brokers invite brokers of their own arenas, and members of organizations in their arenas'
 * region (see brokerCovers) — never of an organization elsewhere in the country.
 */
const invite: Rule = (p, r) => {
  const invitation = as(r, 'invitation');
  if (!invitation) return false;
  if (isAdmin(p)) return true;
  if (!isBroker(p)) return false;
  if (invitation.role === 'MUNICIPALITY_MEMBER' || invitation.role === 'RESEARCHER')
    return !!invitation.organization && brokerCovers(p, invitation.organization);
  return (
    invitation.role === 'BROKER' &&
    !!invitation.arenaId &&
    brokerArenaIds(p).has(invitation.arenaId)
  );
};

const RULES: Record<Action, Rule> = {
  'session:read': signedIn,
  'session:end': signedIn,
  /** Own notifications and settings only: the resolvers read the signed-in user's id, never an argument. */
  'notification:own': signedIn,
  'referenceData:read': signedIn,
  'organization:read': signedIn,
  'organization:create': brokerOrAdmin,
  'organization:update': updateOrganization,
  'arena:read': signedIn,
  'arena:create': admin,
  'arena:update': admin,
  'arena:delete': admin,
  /** Lists are filtered by draftReadScope in the repository. */
  'knowledgeNeed:list': signedIn,
  'knowledgeNeed:read': readNeed,
  'knowledgeNeed:create': createNeed,
  'knowledgeNeed:update': changeNeed,
  /** Through one of the group's profiles: the profile's researchers and admins (the need is checked readable). */
  'needInterest:express': changeProfile,
  'needInterest:withdraw': withdrawInterest,
  'needInterest:read': readInterest,
  /** All interests in an arena's needs: its brokers and admins. */
  'needInterest:list': arenaBroker,
  'conflictExclusion:list': arenaBroker,
  'conflictExclusion:manage': arenaBroker,
  /** Lists are filtered by pausedProfileReadScope in the repository. */
  'competenceProfile:list': signedIn,
  'competenceProfile:read': readProfile,
  'competenceProfile:create': createProfile,
  'competenceProfile:update': changeProfile,
  'contactPerson:readDetails': readContactDetails,
  /** Lists are filtered by matchRunArenaScope: brokers see their arenas' runs, admins all, others none. */
  'matchRun:list': signedIn,
  'matchRun:read': arenaBroker,
  'matchRun:start': arenaBroker,
  'matchRun:cancel': arenaBroker,
  /** Lists are filtered by proposalReadScope in the repository. */
  'proposal:list': signedIn,
  'proposal:read': readProposal,
  'proposal:decide': arenaBroker,
  /** Lists are filtered by consortiumReadScope in the repository. */
  'consortium:list': signedIn,
  'consortium:read': readConsortium,
  /** Status changes and accepted rule warnings: the arena's brokers and admins. */
  'consortium:manage': arenaBroker,
  'consortium:respond': respondToInvitation,
  'user:invite': invite,
  'user:read': admin,
  'auditLog:read': admin,
  /** Everyone signed in sees their own part; what that part is comes from indicatorAccess. */
  'indicators:read': signedIn,
  /** A signed download link; the export itself is checked again (same rules) when it is downloaded. */
  'export:link': signedIn,
  'export:arena': exportArena,
  'arena:exportProblem': arenaBroker,
};

/** Read actions that decide whether a resource's existence may be revealed. */
const VISIBILITY: Partial<Record<ResourceType, Action>> = {
  knowledgeNeed: 'knowledgeNeed:read',
  competenceProfile: 'competenceProfile:read',
  matchRun: 'matchRun:read',
  proposal: 'proposal:read',
  consortium: 'consortium:read',
  consortiumMember: 'consortium:read',
  needInterest: 'needInterest:read',
  conflictExclusion: 'conflictExclusion:list',
};

export function can(principal: Principal, action: Action, resource?: Resource): boolean {
  return RULES[action](principal, resource);
}

/** ALLOW, or FORBIDDEN when the principal may see the resource, or NOT_FOUND when it may not even see it. */
export function decide(principal: Principal, action: Action, resource?: Resource): Decision {
  if (can(principal, action, resource)) return 'ALLOW';
  const visibility = resource ? VISIBILITY[resource.type] : undefined;
  if (visibility && !can(principal, visibility, resource)) return 'NOT_FOUND';
  return 'FORBIDDEN';
}

/**
 * What a principal may read of a list, for repositories to put in their WHERE clause: `all` or the drafts of these
 * organizations and counties (published items are visible to everyone signed in).
 */
export interface DraftReadScope {
  all: boolean;
  organizationIds: string[];
  countyNumbers: string[];
}

export function draftReadScope(principal: Principal): DraftReadScope {
  return {
    all: isAdmin(principal),
    organizationIds: [...memberOrganizationIds(principal)],
    countyNumbers: [...brokerCountyNumbers(principal)],
  };
}

/** Paused profiles: visible to admins, brokers and the group's members. */
export function pausedProfileReadScope(principal: Principal): {
  all: boolean;
  organizationIds: string[];
} {
  return {
    all: isAdmin(principal) || isBroker(principal),
    organizationIds: [...memberOrganizationIds(principal, 'RESEARCHER')],
  };
}

/** Match runs: all for admins, else those of the broker's arenas. */
export function matchRunArenaScope(principal: Principal): { all: boolean; arenaIds: string[] } {
  return { all: isAdmin(principal), arenaIds: [...brokerArenaIds(principal)] };
}

/** Proposals: all for admins, else those of the broker's arenas or including the principal's organizations. */
export function proposalReadScope(principal: Principal): {
  all: boolean;
  arenaIds: string[];
  organizationIds: string[];
} {
  return {
    all: isAdmin(principal),
    arenaIds: [...brokerArenaIds(principal)],
    organizationIds: [...memberOrganizationIds(principal)],
  };
}

/**
 * Which part of the programme's follow-up figures a principal sees: admins everything; brokers their arenas (the
 * one asked for, or all of theirs); municipality members and researchers the part that involves their own
 * organizations; anyone else nothing (FORBIDDEN).
 */
export type IndicatorAccess =
  | { kind: 'ALL' }
  | { kind: 'ARENAS'; arenaIds: string[] }
  | { kind: 'ORGANIZATIONS'; organizationIds: string[] }
  | { kind: 'NONE' };

export function indicatorAccess(principal: Principal, arenaId: string | null): IndicatorAccess {
  if (isAdmin(principal)) return { kind: 'ALL' };
  const arenas = brokerArenaIds(principal);
  if (arenaId ? arenas.has(arenaId) : arenas.size > 0) {
    return { kind: 'ARENAS', arenaIds: arenaId ? [arenaId] : [...arenas] };
  }
  const organizations = memberOrganizationIds(principal);
  if (organizations.size > 0) return { kind: 'ORGANIZATIONS', organizationIds: [...organizations] };
  return { kind: 'NONE' };
}

/** Consortia: all for admins, else those of the broker's arenas or with the principal's organizations as members. */
export function consortiumReadScope(principal: Principal): {
  all: boolean;
  arenaIds: string[];
  organizationIds: string[];
} {
  return proposalReadScope(principal);
}
