import type { ScopedMembership } from '@brobygger/persistence/repositories/user.repository';
import { actsOnBehalfOf, can, decide, draftReadScope, OrganizationFacts, Resource } from './policy';
import type { Principal } from './principal';

const ARENA_A = 'arena-a';
const ARENA_B = 'arena-b';
const OWNER = 'org-owner';
const OTHER = 'org-other';
const GROUP = 'org-group';

function principal(
  ...memberships: Array<Partial<ScopedMembership> & Pick<ScopedMembership, 'role'>>
): Principal {
  return {
    id: 'u',
    email: 'u@example.no',
    name: 'U',
    memberships: memberships.map((m) => ({
      arenaId: null,
      organizationId: null,
      arenaCountyNumbers: [],
      organizationKind: null,
      organizationCountyNumber: null,
      ...m,
    })),
  };
}

const admin = principal({ role: 'ADMIN' });
const brokerA = principal({ role: 'BROKER', arenaId: ARENA_A, arenaCountyNumbers: ['46'] });
const brokerB = principal({ role: 'BROKER', arenaId: ARENA_B, arenaCountyNumbers: ['18'] });
const ownerMember = principal({ role: 'MUNICIPALITY_MEMBER', organizationId: OWNER });
const otherMember = principal({ role: 'MUNICIPALITY_MEMBER', organizationId: OTHER });
const researcher = principal({ role: 'RESEARCHER', organizationId: GROUP });
const otherResearcher = principal({ role: 'RESEARCHER', organizationId: 'org-group-2' });

const draft: Resource = {
  type: 'knowledgeNeed',
  id: 'n1',
  organizationId: OWNER,
  countyNumber: '46',
  status: 'DRAFT',
};
const open: Resource = { ...draft, status: 'OPEN' };

describe('policy', () => {
  describe('knowledge needs', () => {
    it('lets every signed-in user read open needs', () => {
      for (const p of [admin, brokerA, brokerB, ownerMember, otherMember, researcher]) {
        expect(can(p, 'knowledgeNeed:read', open)).toBe(true);
      }
    });

    it('shows drafts to owner members, brokers covering the county and admins only', () => {
      expect(can(ownerMember, 'knowledgeNeed:read', draft)).toBe(true);
      expect(can(brokerA, 'knowledgeNeed:read', draft)).toBe(true);
      expect(can(admin, 'knowledgeNeed:read', draft)).toBe(true);
      expect(decide(brokerB, 'knowledgeNeed:read', draft)).toBe('NOT_FOUND');
      expect(decide(otherMember, 'knowledgeNeed:read', draft)).toBe('NOT_FOUND');
      expect(decide(researcher, 'knowledgeNeed:read', draft)).toBe('NOT_FOUND');
    });

    it('lets owner members, admins and brokers covering the county change a need; others get FORBIDDEN or NOT_FOUND', () => {
      expect(decide(ownerMember, 'knowledgeNeed:update', draft)).toBe('ALLOW');
      expect(decide(admin, 'knowledgeNeed:update', draft)).toBe('ALLOW');
      // A broker of an arena covering the owner's county changes it on the owner's behalf.
      expect(decide(brokerA, 'knowledgeNeed:update', draft)).toBe('ALLOW');
      expect(decide(otherMember, 'knowledgeNeed:update', draft)).toBe('NOT_FOUND');
      expect(decide(otherMember, 'knowledgeNeed:update', open)).toBe('FORBIDDEN');
      expect(decide(brokerB, 'knowledgeNeed:update', open)).toBe('FORBIDDEN');
    });

    it('lets members create needs for their own municipality, and brokers on behalf of one in their arena', () => {
      const org: Resource = {
        type: 'organization',
        id: OWNER,
        kind: 'MUNICIPALITY',
        countyNumber: '46',
        servedCountyNumbers: [],
        servesAllCounties: false,
      };
      expect(can(ownerMember, 'knowledgeNeed:create', org)).toBe(true);
      expect(can(otherMember, 'knowledgeNeed:create', org)).toBe(false);
      expect(can(brokerA, 'knowledgeNeed:create', org)).toBe(true);
      expect(can(brokerB, 'knowledgeNeed:create', org)).toBe(false);
      expect(actsOnBehalfOf(brokerA, OWNER)).toBe(true);
      expect(actsOnBehalfOf(ownerMember, OWNER)).toBe(false);
      const group: Resource = {
        type: 'organization',
        id: GROUP,
        kind: 'RESEARCH_GROUP',
        countyNumber: null,
        servedCountyNumbers: [],
        servesAllCounties: false,
      };
      expect(can(researcher, 'knowledgeNeed:create', group)).toBe(false);
    });
  });

  describe('need interests', () => {
    const interest: Resource = {
      type: 'needInterest',
      id: 'i1',
      organizationId: GROUP,
      needOrganizationId: OWNER,
      countyNumber: '46',
    };

    it('shows an interest to the group, the need owner, brokers covering the need and admins', () => {
      for (const p of [researcher, ownerMember, brokerA, admin])
        expect(can(p, 'needInterest:read', interest)).toBe(true);
      for (const p of [otherMember, brokerB, otherResearcher])
        expect(decide(p, 'needInterest:withdraw', interest)).toBe('NOT_FOUND');
    });

    it("lets only the group's researchers and admins withdraw it", () => {
      expect(decide(researcher, 'needInterest:withdraw', interest)).toBe('ALLOW');
      expect(decide(admin, 'needInterest:withdraw', interest)).toBe('ALLOW');
      expect(decide(ownerMember, 'needInterest:withdraw', interest)).toBe('FORBIDDEN');
      expect(decide(brokerA, 'needInterest:withdraw', interest)).toBe('FORBIDDEN');
    });
  });

  describe('competence profiles', () => {
    const profile: Resource = {
      type: 'competenceProfile',
      id: 'p1',
      organizationId: GROUP,
      status: 'ACTIVE',
    };
    it('lets group members change their profile, not others', () => {
      expect(decide(researcher, 'competenceProfile:update', profile)).toBe('ALLOW');
      expect(decide(otherResearcher, 'competenceProfile:update', profile)).toBe('FORBIDDEN');
      expect(decide(ownerMember, 'competenceProfile:update', profile)).toBe('FORBIDDEN');
    });
    it('hides paused profiles from other groups and municipalities', () => {
      const paused: Resource = { ...profile, status: 'PAUSED' };
      expect(decide(otherResearcher, 'competenceProfile:read', paused)).toBe('NOT_FOUND');
      expect(can(brokerB, 'competenceProfile:read', paused)).toBe(true);
      expect(can(researcher, 'competenceProfile:read', paused)).toBe(true);
    });
  });

  describe('arenas, match runs and proposals', () => {
    it('lets only admins manage arenas', () => {
      expect(can(admin, 'arena:create')).toBe(true);
      for (const p of [brokerA, ownerMember, researcher])
        expect(decide(p, 'arena:create')).toBe('FORBIDDEN');
    });

    it('lets brokers of the arena and admins start runs and decide proposals', () => {
      const arena: Resource = { type: 'arena', id: ARENA_A };
      expect(can(brokerA, 'matchRun:start', arena)).toBe(true);
      expect(can(admin, 'matchRun:start', arena)).toBe(true);
      expect(decide(brokerB, 'matchRun:start', arena)).toBe('FORBIDDEN');
      const proposal: Resource = {
        type: 'proposal',
        id: 'x',
        arenaId: ARENA_A,
        memberOrganizationIds: [OWNER, GROUP],
      };
      expect(decide(brokerA, 'proposal:decide', proposal)).toBe('ALLOW');
      expect(decide(ownerMember, 'proposal:decide', proposal)).toBe('FORBIDDEN');
      expect(decide(brokerB, 'proposal:decide', proposal)).toBe('NOT_FOUND');
      expect(decide(otherMember, 'proposal:read', proposal)).toBe('NOT_FOUND');
      expect(can(researcher, 'proposal:read', proposal)).toBe(true);
    });
  });

  describe('consortia', () => {
    const consortium: Resource = {
      type: 'consortium',
      id: 'c',
      arenaId: ARENA_A,
      memberOrganizationIds: [OWNER, GROUP],
    };
    it('shows a consortium to its members, the arena’s brokers and admins; hides it from others', () => {
      for (const p of [admin, brokerA, ownerMember, researcher])
        expect(can(p, 'consortium:read', consortium)).toBe(true);
      for (const p of [brokerB, otherMember, otherResearcher])
        expect(decide(p, 'consortium:read', consortium)).toBe('NOT_FOUND');
    });
    it('lets only the invited organization (or an admin) answer its invitation', () => {
      const invitation: Resource = {
        type: 'consortiumMember',
        id: 'm',
        organizationId: OWNER,
        arenaId: ARENA_A,
        memberOrganizationIds: [OWNER, GROUP],
      };
      expect(decide(ownerMember, 'consortium:respond', invitation)).toBe('ALLOW');
      expect(decide(admin, 'consortium:respond', invitation)).toBe('ALLOW');
      expect(decide(researcher, 'consortium:respond', invitation)).toBe('FORBIDDEN');
      expect(decide(brokerA, 'consortium:respond', invitation)).toBe('FORBIDDEN');
      expect(decide(otherMember, 'consortium:respond', invitation)).toBe('NOT_FOUND');
    });
    it('lets only the arena’s brokers and admins move it', () => {
      expect(decide(brokerA, 'consortium:manage', consortium)).toBe('ALLOW');
      expect(decide(admin, 'consortium:manage', consortium)).toBe('ALLOW');
      expect(decide(ownerMember, 'consortium:manage', consortium)).toBe('FORBIDDEN');
      expect(decide(brokerB, 'consortium:manage', consortium)).toBe('NOT_FOUND');
    });
  });

  describe('contact details', () => {
    const contact = (accepted: string[] = []): Resource => ({
      type: 'contactPerson',
      id: 'c1',
      organizationId: OWNER,
      countyNumber: '46',
      proposalArenaIds: [],
      acceptedConsortiumOrganizationIds: accepted,
    });
    it('shows details to the own organization, covering brokers and admins', () => {
      expect(can(ownerMember, 'contactPerson:readDetails', contact())).toBe(true);
      expect(can(brokerA, 'contactPerson:readDetails', contact())).toBe(true);
      expect(can(admin, 'contactPerson:readDetails', contact())).toBe(true);
      expect(can(brokerB, 'contactPerson:readDetails', contact())).toBe(false);
      expect(can(researcher, 'contactPerson:readDetails', contact())).toBe(false);
    });
    it('shows details to members of an accepted consortium', () => {
      expect(can(researcher, 'contactPerson:readDetails', contact([OWNER, GROUP]))).toBe(true);
      expect(can(otherResearcher, 'contactPerson:readDetails', contact([OWNER, GROUP]))).toBe(
        false,
      );
    });
  });

  describe('invitations and audit log', () => {
    const organization = (
      kind: string,
      countyNumber: string | null,
      served: string[] | 'ALL' = [],
    ): OrganizationFacts => ({
      id: `org-${kind}-${countyNumber}`,
      kind,
      countyNumber,
      servedCountyNumbers: served === 'ALL' ? [] : served,
      servesAllCounties: served === 'ALL',
    });
    const invite = (
      role: 'ADMIN' | 'BROKER' | 'RESEARCHER' | 'MUNICIPALITY_MEMBER',
      arenaId: string | null = null,
      org: OrganizationFacts | null = null,
    ): Resource => ({
      type: 'invitation',
      role,
      arenaId,
      organizationId: org?.id ?? null,
      organization: org,
    });
    const nationalGroup = organization('RESEARCH_GROUP', '50', 'ALL');

    it('lets brokers invite members and brokers of their own arena, never admins', () => {
      expect(can(brokerA, 'user:invite', invite('RESEARCHER', null, nationalGroup))).toBe(true);
      expect(can(brokerA, 'user:invite', invite('BROKER', ARENA_A))).toBe(true);
      expect(can(brokerA, 'user:invite', invite('BROKER', ARENA_B))).toBe(false);
      expect(can(brokerA, 'user:invite', invite('ADMIN'))).toBe(false);
      expect(can(ownerMember, 'user:invite', invite('RESEARCHER', null, nationalGroup))).toBe(
        false,
      );
      expect(can(admin, 'user:invite', invite('ADMIN'))).toBe(true);
    });

    it("limits brokers' member invitations to organizations in their arenas' counties", () => {
      const vestland = organization('MUNICIPALITY', '46');
      const trondelag = organization('MUNICIPALITY', '50');
      expect(can(brokerA, 'user:invite', invite('MUNICIPALITY_MEMBER', null, vestland))).toBe(true);
      expect(can(brokerA, 'user:invite', invite('MUNICIPALITY_MEMBER', null, trondelag))).toBe(
        false,
      );
      expect(can(admin, 'user:invite', invite('MUNICIPALITY_MEMBER', null, trondelag))).toBe(true);
      // A group in the county, or serving it, or serving every county; not one working only elsewhere.
      const groups = {
        inCounty: organization('RESEARCH_GROUP', '46'),
        serving: organization('RESEARCH_GROUP', '03', ['46']),
        elsewhere: organization('RESEARCH_GROUP', '50', ['50', '18']),
        noProfile: organization('RESEARCH_GROUP', '50'),
      };
      expect(can(brokerA, 'user:invite', invite('RESEARCHER', null, groups.inCounty))).toBe(true);
      expect(can(brokerA, 'user:invite', invite('RESEARCHER', null, groups.serving))).toBe(true);
      expect(can(brokerA, 'user:invite', invite('RESEARCHER', null, groups.elsewhere))).toBe(false);
      expect(can(brokerA, 'user:invite', invite('RESEARCHER', null, groups.noProfile))).toBe(false);
      expect(can(brokerB, 'user:invite', invite('RESEARCHER', null, groups.elsewhere))).toBe(true);
      // Without the loaded organization a broker is refused.
      expect(can(brokerA, 'user:invite', invite('RESEARCHER'))).toBe(false);
    });

    it("lets brokers edit only organizations in their arenas' region", () => {
      const org = (facts: OrganizationFacts): Resource => ({ type: 'organization', ...facts });
      expect(can(brokerA, 'organization:update', org(organization('MUNICIPALITY', '46')))).toBe(
        true,
      );
      expect(decide(brokerB, 'organization:update', org(organization('MUNICIPALITY', '46')))).toBe(
        'FORBIDDEN',
      );
      expect(can(brokerB, 'organization:update', org(nationalGroup))).toBe(true);
      expect(can(admin, 'organization:update', org(organization('MUNICIPALITY', '46')))).toBe(true);
      expect(can(ownerMember, 'organization:update', org(organization('MUNICIPALITY', '46')))).toBe(
        false,
      );
    });

    it('lets only admins read the audit log', () => {
      expect(can(admin, 'auditLog:read')).toBe(true);
      expect(can(brokerA, 'auditLog:read')).toBe(false);
    });
  });

  describe('draftReadScope', () => {
    it('lists the organizations and counties whose drafts are visible', () => {
      expect(draftReadScope(brokerA)).toEqual({
        all: false,
        organizationIds: [],
        countyNumbers: ['46'],
      });
      expect(draftReadScope(ownerMember)).toEqual({
        all: false,
        organizationIds: [OWNER],
        countyNumbers: [],
      });
      expect(draftReadScope(admin).all).toBe(true);
    });
  });
});
