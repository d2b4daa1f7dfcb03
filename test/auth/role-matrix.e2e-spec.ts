import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import {
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';
import { errorCode, gql, TestApp } from '../support/graphql';
import { startAuthTestApp } from './auth-test-app';
import { createProposal, createWorld, ROLE_NAMES, RoleName, World } from './auth-world';

/**
 * The access-control table of issue 5: every role × every GraphQL operation, against the real API and database.
 * ALLOW means the call succeeds without any error; otherwise the exact error code is expected. NOT_FOUND is the
 * answer whenever the caller may not even see the object (same as for an id that does not exist).
 */

type Outcome = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface Case {
  /** Root field (Query/Mutation) the case exercises. */
  op: string;
  label?: string;
  query: string;
  vars?: (w: World, ds: DataSource) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Roles that may; 'signedIn' = every signed-in role; 'everyone' = anonymous too (public). */
  allow: ReadonlyArray<RoleName> | 'signedIn' | 'everyone';
  /** What the other signed-in roles get (default FORBIDDEN). */
  deny?: Outcome;
  /** Per-role exceptions to `deny`. */
  overrides?: Partial<Record<RoleName, Outcome>>;
}

const uid = () => randomUUID().slice(0, 8);

const freshOpenNeed = async (w: World, ds: DataSource) =>
  (await createNeed(ds, { organizationId: w.ownerOrg, status: 'OPEN' })).id;
const freshDraftNeed = async (w: World, ds: DataSource) =>
  (await createNeed(ds, { organizationId: w.ownerOrg, status: 'DRAFT' })).id;
const freshProposal = async (w: World, ds: DataSource) => {
  const needId = await freshOpenNeed(w, ds);
  const profileId = (await createProfile(ds, { organizationId: w.group, capacity: 5 })).id;
  return (
    await createProposal(ds, {
      arenaId: w.arenaA,
      needId,
      needOrg: w.ownerOrg,
      profileId,
      group: w.group,
    })
  ).proposalId;
};

/** A FORMING consortium formed from a fresh accepted proposal in arena A (owner municipality and owning group). */
const freshConsortium = async (w: World, ds: DataSource) => {
  const proposalId = await freshProposal(w, ds);
  return ds.transaction(async (manager) => {
    await manager.query(`UPDATE consortium_proposals SET status = 'ACCEPTED' WHERE id = $1`, [
      proposalId,
    ]);
    return new ConsortiumRepository(manager).createFromProposal(proposalId, null);
  });
};

/** The owner municipality's invitation in a fresh consortium. */
const ownerInvitation = async (w: World, ds: DataSource) => {
  const consortiumId = await freshConsortium(w, ds);
  const [{ id }] = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM consortium_members WHERE consortium_id = $1 AND organization_id = $2`,
    [consortiumId, w.ownerOrg],
  );
  return id;
};

/** A fresh consortium with a suggested replacement (an open need of the other municipality). */
const freshReplacement = async (w: World, ds: DataSource) => {
  const consortiumId = await freshConsortium(w, ds);
  const needId = (await createNeed(ds, { organizationId: w.otherOrg, status: 'OPEN' })).id;
  const [{ id }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO consortium_replacements (consortium_id, declined_member_id, organization_id, knowledge_need_id, explanation)
     SELECT $1, m.id, $2, $3, 'test replacement' FROM consortium_members m WHERE m.consortium_id = $1 LIMIT 1
     RETURNING id`,
    [consortiumId, w.otherOrg, needId],
  );
  return { consortiumId, replacementId: id };
};

export const CASES: Case[] = [
  // --- identity ---
  { op: 'me', query: `{ me { id } }`, allow: 'signedIn' },
  // --- own notifications (nobody reads or marks anyone else's; see notifications.e2e-spec.ts) ---
  { op: 'notifications', query: `{ notifications { totalCount } }`, allow: 'signedIn' },
  { op: 'unreadNotificationCount', query: `{ unreadNotificationCount }`, allow: 'signedIn' },
  {
    op: 'markNotificationRead',
    query: `mutation { markNotificationRead(id: "00000000-0000-4000-8000-000000000000") { marked } }`,
    allow: 'signedIn',
  },
  {
    op: 'markAllNotificationsRead',
    query: `mutation { markAllNotificationsRead { marked } }`,
    allow: 'signedIn',
  },
  { op: 'notificationSettings', query: `{ notificationSettings { language } }`, allow: 'signedIn' },
  {
    op: 'updateNotificationSettings',
    query: `mutation { updateNotificationSettings(input: { language: nb }) { language } }`,
    allow: 'signedIn',
  },
  {
    op: 'login',
    query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    vars: (w) => ({ input: { email: w.emails.ownerMember, password: 'role-matrix-password-1' } }),
    allow: 'everyone',
  },
  {
    op: 'inviteUser',
    label: 'a researcher',
    query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    vars: (w) => ({
      input: { email: `r-${uid()}@x.no`, role: 'RESEARCHER', organizationId: w.group },
    }),
    allow: ['admin', 'brokerA', 'brokerB'],
  },
  {
    op: 'inviteUser',
    label: 'a member of a municipality in arena A',
    query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    vars: (w) => ({
      input: { email: `m-${uid()}@x.no`, role: 'MUNICIPALITY_MEMBER', organizationId: w.ownerOrg },
    }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'inviteUser',
    label: 'a broker of arena A',
    query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    vars: (w) => ({ input: { email: `b-${uid()}@x.no`, role: 'BROKER', arenaId: w.arenaA } }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'inviteUser',
    label: 'an admin',
    query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    vars: () => ({ input: { email: `a-${uid()}@x.no`, role: 'ADMIN' } }),
    allow: ['admin'],
  },
  { op: 'auditLog', query: `{ auditLog(first: 5) { totalCount } }`, allow: ['admin'] },

  // --- reference data ---
  { op: 'counties', query: `{ counties { number } }`, allow: 'signedIn' },
  { op: 'municipalities', query: `{ municipalities(first: 5) { totalCount } }`, allow: 'signedIn' },
  { op: 'researchInstitutions', query: `{ researchInstitutions { id } }`, allow: 'signedIn' },

  // --- organizations ---
  { op: 'organizations', query: `{ organizations(first: 5) { totalCount } }`, allow: 'signedIn' },
  {
    op: 'organization',
    query: `query ($id: ID!) { organization(id: $id) { id } }`,
    vars: (w) => ({ id: w.ownerOrg }),
    allow: 'signedIn',
  },
  {
    op: 'createOrganization',
    query: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    vars: () => ({ input: { kind: 'BUSINESS', name: `Bedrift ${uid()}` } }),
    allow: ['admin', 'brokerA', 'brokerB'],
  },
  {
    op: 'updateOrganization',
    query: `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
    vars: async (_w, ds) => ({
      input: {
        id: (await createMunicipalityOrganization(ds, { municipalityNumber: '4602' })).id,
        version: 1,
        name: `Ny ${uid()}`,
      },
    }),
    // 4602 is in Vestland, covered by arena A only (issue 14.3).
    allow: ['admin', 'brokerA'],
  },

  // --- arenas ---
  { op: 'mobilizationArenas', query: `{ mobilizationArenas { id } }`, allow: 'signedIn' },
  {
    op: 'mobilizationArena',
    query: `query ($id: ID!) { mobilizationArena(id: $id) { id } }`,
    vars: (w) => ({ id: w.arenaA }),
    allow: 'signedIn',
  },
  {
    op: 'createMobilizationArena',
    query: `mutation ($input: CreateMobilizationArenaInput!) { createMobilizationArena(input: $input) { id } }`,
    vars: () => ({ input: { name: `Arena ${uid()}`, countyNumbers: ['03'] } }),
    allow: ['admin'],
  },

  // --- knowledge needs ---
  { op: 'knowledgeNeeds', query: `{ knowledgeNeeds(first: 5) { totalCount } }`, allow: 'signedIn' },
  {
    op: 'knowledgeNeed',
    label: 'open',
    query: `query ($id: ID!) { knowledgeNeed(id: $id) { id } }`,
    vars: (w) => ({ id: w.openNeed }),
    allow: 'signedIn',
  },
  {
    op: 'knowledgeNeed',
    label: 'draft',
    query: `query ($id: ID!) { knowledgeNeed(id: $id) { id } }`,
    vars: (w) => ({ id: w.draftNeed }),
    allow: ['admin', 'brokerA', 'ownerMember'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'createKnowledgeNeed',
    query: `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id } }`,
    vars: (w) => ({ input: { organizationId: w.ownerOrg, title: `Behov ${uid()}` } }),
    // Brokers of an arena covering the municipality register needs on its behalf.
    allow: ['admin', 'ownerMember', 'brokerA'],
  },
  {
    op: 'updateKnowledgeNeed',
    label: 'open',
    query: `mutation ($input: UpdateKnowledgeNeedInput!) { updateKnowledgeNeed(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: { id: await freshOpenNeed(w, ds), version: 1, title: `Endret ${uid()}` },
    }),
    allow: ['admin', 'ownerMember', 'brokerA'],
  },
  {
    op: 'updateKnowledgeNeed',
    label: 'draft',
    query: `mutation ($input: UpdateKnowledgeNeedInput!) { updateKnowledgeNeed(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: { id: await freshDraftNeed(w, ds), version: 1, title: `Endret ${uid()}` },
    }),
    allow: ['admin', 'ownerMember', 'brokerA'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'withdrawKnowledgeNeed',
    query: `mutation ($id: ID!) { withdrawKnowledgeNeed(id: $id) { id } }`,
    vars: async (w, ds) => ({ id: await freshOpenNeed(w, ds) }),
    allow: ['admin', 'ownerMember', 'brokerA'],
  },

  // --- interest and partner finding ---
  {
    op: 'expressInterestInNeed',
    query: `mutation ($input: ExpressInterestInput!) { expressInterestInNeed(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: { knowledgeNeedId: await freshOpenNeed(w, ds), competenceProfileId: w.activeProfile },
    }),
    allow: ['admin', 'ownerResearcher'],
  },
  {
    op: 'withdrawInterestInNeed',
    query: `mutation ($id: ID!) { withdrawInterestInNeed(id: $id) { id } }`,
    vars: async (w, ds) => {
      const [{ id }] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO need_interests (knowledge_need_id, competence_profile_id, organization_id)
         VALUES ($1, $2, $3) RETURNING id`,
        [await freshOpenNeed(w, ds), w.activeProfile, w.group],
      );
      return { id };
    },
    allow: ['admin', 'ownerResearcher'],
    // The need's municipality and the arena's brokers see the interest; others may not know it exists.
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', brokerA: 'FORBIDDEN' },
  },
  {
    op: 'needInterests',
    query: `query ($arenaId: ID!) { needInterests(arenaId: $arenaId) { id } }`,
    vars: (w) => ({ arenaId: w.arenaA }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'similarKnowledgeNeeds',
    query: `query ($needId: ID!) { similarKnowledgeNeeds(needId: $needId) { similarity } }`,
    vars: (w) => ({ needId: w.openNeed }),
    allow: 'signedIn',
  },
  {
    op: 'conflictExclusions',
    query: `query ($arenaId: ID!) { conflictExclusions(arenaId: $arenaId) { id } }`,
    vars: (w) => ({ arenaId: w.arenaA }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'createConflictExclusion',
    query: `mutation ($input: CreateConflictExclusionInput!) { createConflictExclusion(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: {
        arenaId: w.arenaA,
        organizationAId: w.ownerOrg,
        organizationBId: (await createResearchGroup(ds)).id,
        reason: 'Interessekonflikt',
      },
    }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'deleteConflictExclusion',
    query: `mutation ($id: ID!) { deleteConflictExclusion(id: $id) { id } }`,
    vars: async (w, ds) => {
      const other = (await createResearchGroup(ds)).id;
      const [a, b] = [w.ownerOrg, other].sort();
      const [{ id }] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO conflict_exclusions (arena_id, organization_a_id, organization_b_id, reason)
         VALUES ($1, $2, $3, 'Interessekonflikt') RETURNING id`,
        [w.arenaA, a, b],
      );
      return { id };
    },
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
  },

  // --- competence profiles ---
  {
    op: 'competenceProfiles',
    query: `{ competenceProfiles(first: 5) { totalCount } }`,
    allow: 'signedIn',
  },
  {
    op: 'competenceProfile',
    label: 'active',
    query: `query ($id: ID!) { competenceProfile(id: $id) { id } }`,
    vars: (w) => ({ id: w.activeProfile }),
    allow: 'signedIn',
  },
  {
    op: 'competenceProfile',
    label: 'paused',
    query: `query ($id: ID!) { competenceProfile(id: $id) { id } }`,
    vars: (w) => ({ id: w.pausedProfile }),
    allow: ['admin', 'brokerA', 'brokerB', 'ownerResearcher'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'createCompetenceProfile',
    query: `mutation ($input: CreateCompetenceProfileInput!) { createCompetenceProfile(input: $input) { id } }`,
    vars: (w) => ({ input: { organizationId: w.group, title: `Profil ${uid()}` } }),
    allow: ['admin', 'ownerResearcher'],
  },
  {
    op: 'updateCompetenceProfile',
    query: `mutation ($input: UpdateCompetenceProfileInput!) { updateCompetenceProfile(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: {
        id: (await createProfile(ds, { organizationId: w.group })).id,
        version: 1,
        title: `Endret ${uid()}`,
      },
    }),
    allow: ['admin', 'ownerResearcher'],
  },

  // --- match runs ---
  {
    op: 'startMatchRun',
    query: `mutation ($input: StartMatchRunInput!) { startMatchRun(input: $input) { id } }`,
    vars: (w) => ({ input: { arenaId: w.arenaA } }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'matchRun',
    query: `query ($id: ID!) { matchRun(id: $id) { id } }`,
    vars: (w) => ({ id: w.run }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'matchRuns',
    query: `query ($a: ID!) { matchRuns(first: 5, filter: { arenaId: $a }) { totalCount } }`,
    vars: (w) => ({ a: w.arenaA }),
    // Lists are filtered, never refused: brokers of other arenas and members get an empty list (issue 14.16).
    allow: 'signedIn',
  },
  {
    op: 'cancelMatchRun',
    query: `mutation ($id: ID!) { cancelMatchRun(id: $id) { id } }`,
    vars: async (w, ds) => ({
      id: (
        await ds.query<Array<{ id: string }>>(
          `INSERT INTO match_runs (arena_id) VALUES ($1) RETURNING id`,
          [w.arenaA],
        )
      )[0].id,
    }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
  },

  // --- consortium proposals ---
  {
    op: 'consortiumProposals',
    query: `{ consortiumProposals(first: 5) { totalCount } }`,
    allow: 'signedIn',
  },
  {
    op: 'consortiumProposal',
    query: `query ($id: ID!) { consortiumProposal(id: $id) { id } }`,
    vars: (w) => ({ id: w.proposal }),
    allow: ['admin', 'brokerA', 'ownerMember', 'ownerResearcher'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'acceptConsortiumProposal',
    query: `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { id } }`,
    vars: async (w, ds) => ({ id: await freshProposal(w, ds) }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },
  {
    op: 'rejectConsortiumProposal',
    query: `mutation ($id: ID!) { rejectConsortiumProposal(id: $id, reason: "Ikke aktuelt") { id } }`,
    vars: async (w, ds) => ({ id: await freshProposal(w, ds) }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },

  // --- consortia ---
  { op: 'consortia', query: `{ consortia(first: 5) { totalCount } }`, allow: 'signedIn' },
  {
    op: 'consortium',
    query: `query ($id: ID!) { consortium(id: $id) { id } }`,
    vars: async (w, ds) => ({ id: await freshConsortium(w, ds) }),
    allow: ['admin', 'brokerA', 'ownerMember', 'ownerResearcher'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'changeConsortiumStatus',
    query: `mutation ($input: ChangeConsortiumStatusInput!) { changeConsortiumStatus(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: { id: await freshConsortium(w, ds), version: 1, status: 'DISSOLVED', reason: 'Test' },
    }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },
  {
    op: 'acceptProgrammeRuleWarning',
    label: 'one municipality and one group',
    query: `mutation ($input: AcceptProgrammeRuleWarningInput!) { acceptProgrammeRuleWarning(input: $input) { id } }`,
    vars: async (w, ds) => ({
      input: { id: await freshConsortium(w, ds), rule: 'MEMBER_COUNTS', reason: 'Lite prosjekt' },
    }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },

  {
    op: 'respondToConsortiumInvitation',
    label: 'the owner municipality’s invitation',
    query: `mutation ($id: ID!) { respondToConsortiumInvitation(id: $id, accept: true) { member { id } } }`,
    vars: async (w, ds) => ({ id: await ownerInvitation(w, ds) }),
    allow: ['admin', 'ownerMember'],
    deny: 'NOT_FOUND',
    overrides: { brokerA: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },
  {
    op: 'acceptConsortiumReplacement',
    query: `mutation ($input: AcceptConsortiumReplacementInput!) { acceptConsortiumReplacement(input: $input) { id } }`,
    vars: async (w, ds) => ({ input: await freshReplacement(w, ds) }),
    allow: ['admin', 'brokerA'],
    deny: 'NOT_FOUND',
    overrides: { ownerMember: 'FORBIDDEN', ownerResearcher: 'FORBIDDEN' },
  },

  // --- recommendations ---
  {
    op: 'recommendedKnowledgeNeeds',
    label: 'for an active profile',
    query: `query ($id: ID!) { recommendedKnowledgeNeeds(profileId: $id, first: 3) { score } }`,
    vars: (w) => ({ id: w.activeProfile }),
    allow: 'signedIn',
  },
  {
    op: 'recommendedKnowledgeNeeds',
    label: 'for a paused profile',
    query: `query ($id: ID!) { recommendedKnowledgeNeeds(profileId: $id, first: 3) { score } }`,
    vars: (w) => ({ id: w.pausedProfile }),
    allow: ['admin', 'brokerA', 'brokerB', 'ownerResearcher'],
    deny: 'NOT_FOUND',
  },
  {
    op: 'recommendedCompetenceProfiles',
    label: 'for an open need',
    query: `query ($id: ID!) { recommendedCompetenceProfiles(needId: $id, first: 3) { score } }`,
    vars: (w) => ({ id: w.openNeed }),
    allow: 'signedIn',
  },
  {
    op: 'recommendedCompetenceProfiles',
    label: 'for a draft need',
    query: `query ($id: ID!) { recommendedCompetenceProfiles(needId: $id, first: 3) { score } }`,
    vars: (w) => ({ id: w.draftNeed }),
    allow: ['admin', 'brokerA', 'ownerMember'],
    deny: 'NOT_FOUND',
  },

  // --- follow-up evaluation ---
  {
    op: 'programmeIndicators',
    // Everyone with a membership sees a part (members their organization's); see follow-up-exports spec.
    query: `{ programmeIndicators { total { needs { registered } } } }`,
    allow: 'signedIn',
  },
  {
    op: 'createExportLink',
    query: `mutation ($a: ID!) { createExportLink(input: { kind: NEEDS, arenaId: $a }) { url } }`,
    vars: (w) => ({ a: w.arenaA }),
    allow: ['admin', 'brokerA'],
  },
  {
    op: 'exportArenaProblem',
    query: `query ($a: ID!) { exportArenaProblem(arenaId: $a) }`,
    vars: (w) => ({ a: w.arenaA }),
    allow: ['admin', 'brokerA'],
  },
];

/** Operations deliberately not in the table, with the spec that covers them. */
export const COVERED_ELSEWHERE: Record<string, string> = {
  logout: 'auth-flows.e2e-spec.ts (it ends the session of the token that calls it)',
  refreshToken: 'auth-flows.e2e-spec.ts (public; rotation and reuse)',
  acceptInvitation: 'auth-flows.e2e-spec.ts (public; one-time token)',
};

function expected(c: Case, role: RoleName): Outcome {
  if (c.allow === 'everyone') return 'ALLOW';
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  if (c.allow === 'signedIn' || c.allow.includes(role)) return 'ALLOW';
  return c.overrides?.[role] ?? c.deny ?? 'FORBIDDEN';
}

describe('role × operation access table', () => {
  let app: TestApp;
  let ds: DataSource;
  let world: World;

  beforeAll(async () => {
    app = await startAuthTestApp();
    ds = app.app.get(DataSource);
    world = await createWorld(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const rows = CASES.flatMap((c) =>
    ROLE_NAMES.map((role) => ({
      c,
      role,
      outcome: expected(c, role),
      name: `${c.op}${c.label ? ` (${c.label})` : ''}`,
    })),
  );

  it.each(rows)('$name as $role → $outcome', async ({ c, role, outcome }) => {
    const variables = c.vars ? await c.vars(world, ds) : {};
    const options = role === 'anonymous' ? { anonymous: true } : { token: world.tokens[role] };
    const res = await gql(app, c.query, variables, options);
    if (outcome === 'ALLOW') {
      expect(res.errors).toBeUndefined();
    } else {
      expect(errorCode(res)).toBe(outcome);
      expect(res.data ?? null).toBeNull();
    }
  });

  it('covers every query and mutation of the schema', async () => {
    const res = await gql<{
      __schema: {
        queryType: { fields: Array<{ name: string }> };
        mutationType: { fields: Array<{ name: string }> };
      };
    }>(
      app,
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
      {},
      { token: world.tokens.admin },
    );
    const operations = [
      ...res.data!.__schema.queryType.fields,
      ...res.data!.__schema.mutationType.fields,
    ].map((f) => f.name);
    const covered = new Set([...CASES.map((c) => c.op), ...Object.keys(COVERED_ELSEWHERE)]);
    expect(operations.filter((op) => !covered.has(op)).sort()).toEqual([]);
  });
});
