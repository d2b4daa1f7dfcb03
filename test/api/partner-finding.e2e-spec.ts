import { DataSource } from 'typeorm';
import { proposeConsortia } from '@brobygger/engine';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { createArena, createMunicipalityOrganization, createNeed } from '../factories';
import { errorCode, gql, GqlResponse, startTestApp, TestApp } from '../support/graphql';
import { createProposalWorld, ProposalWorld, signedInUser } from '../consortia/consortium-fixtures';

type Token = { token: string; userId: string };

function fieldOf(res: GqlResponse<unknown>): unknown {
  return res.errors?.[0]?.extensions?.field;
}

const INTEREST_FIELDS = `id knowledgeNeedId competenceProfileId organizationId note organization { id }
  competenceProfile { id } knowledgeNeed { id }`;

/**
 * Interest and partner finding (issue 9, part 5) on the real API and PostgreSQL: research groups' interest in
 * needs, similar needs of other municipalities, the arena's conflict-of-interest exclusions (and that a run never
 * proposes an excluded pair), and needs registered or edited by a broker on behalf of a municipality.
 */
describe('interest and partner finding', () => {
  let app: TestApp;
  let ds: DataSource;
  let world: ProposalWorld;
  let broker: Token;
  let outsideBroker: Token;
  let owner: Token;
  let researcher: Token;
  let otherResearcher: Token;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
    world = await createProposalWorld(ds, { municipalities: 2, groups: 3 });
    const elsewhere = await createArena(ds, { countyNumbers: ['11'] });
    broker = await signedInUser(app, 'BROKER', { arenaId: world.arenaId });
    outsideBroker = await signedInUser(app, 'BROKER', { arenaId: elsewhere.id });
    owner = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
      organizationId: world.municipalities[0].orgId,
    });
    researcher = await signedInUser(app, 'RESEARCHER', { organizationId: world.groups[0].orgId });
    otherResearcher = await signedInUser(app, 'RESEARCHER', {
      organizationId: world.groups[1].orgId,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  function express(token: string, knowledgeNeedId: string, competenceProfileId: string, note = '') {
    return gql<{ expressInterestInNeed: { id: string; note: string; organizationId: string } }>(
      app,
      `mutation ($input: ExpressInterestInput!) { expressInterestInNeed(input: $input) { ${INTEREST_FIELDS} } }`,
      { input: { knowledgeNeedId, competenceProfileId, note } },
      { token },
    );
  }

  function interestsOf(token: string, needId: string) {
    return gql<{ knowledgeNeed: { interests: Array<{ id: string; organizationId: string }> } }>(
      app,
      `query ($id: ID!) { knowledgeNeed(id: $id) { interests { id organizationId note } } }`,
      { id: needId },
      { token },
    );
  }

  describe('interest in a need', () => {
    it('is expressed by the group, seen by the municipality and the brokers, and withdrawn', async () => {
      const needId = world.municipalities[0].needId;
      const { profileId, orgId } = world.groups[0];
      const res = await express(
        researcher.token,
        needId,
        profileId,
        'Vi har følgeforsket på dette.',
      );
      expect(res.errors).toBeUndefined();
      const interest = res.data!.expressInterestInNeed;
      expect(interest).toMatchObject({
        organizationId: orgId,
        note: 'Vi har følgeforsket på dette.',
      });

      // Expressing it again keeps one interest and replaces the note.
      const again = await express(researcher.token, needId, profileId, 'Ny merknad');
      expect(again.data!.expressInterestInNeed).toMatchObject({
        id: interest.id,
        note: 'Ny merknad',
      });

      // The municipality is told once (a changed note tells nobody again); the researcher is not told.
      const kinds = async (token: string) =>
        (
          await gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
            app,
            `{ notifications(first: 20) { edges { node { kind } } } }`,
            {},
            { token },
          )
        ).data!.notifications.edges.map((e) => e.node.kind);
      expect((await kinds(owner.token)).filter((k) => k === 'INTEREST_EXPRESSED')).toHaveLength(1);
      expect(await kinds(researcher.token)).not.toContain('INTEREST_EXPRESSED');

      for (const viewer of [owner, broker, researcher]) {
        const seen = await interestsOf(viewer.token, needId);
        expect(seen.data!.knowledgeNeed.interests.map((i) => i.id)).toEqual([interest.id]);
      }
      // Another research group does not see the first group's interest.
      expect(
        (await interestsOf(otherResearcher.token, needId)).data!.knowledgeNeed.interests,
      ).toEqual([]);
      const listed = await gql<{ needInterests: Array<{ id: string }> }>(
        app,
        `query ($arenaId: ID!) { needInterests(arenaId: $arenaId) { id } }`,
        { arenaId: world.arenaId },
        { token: broker.token },
      );
      expect(listed.data!.needInterests.map((i) => i.id)).toContain(interest.id);
      const outside = await gql(
        app,
        `query ($arenaId: ID!) { needInterests(arenaId: $arenaId) { id } }`,
        { arenaId: world.arenaId },
        { token: outsideBroker.token },
      );
      expect(errorCode(outside)).toBe('FORBIDDEN');

      // The arena's problem carries the interest to the engine.
      const problem = await app.app.get(MatchProblemRepository).loadProblem(world.arenaId);
      expect(problem.interests).toContainEqual({ needId, profileId });

      // Only the group's own researchers may withdraw it.
      const WITHDRAW = `mutation ($id: ID!) { withdrawInterestInNeed(id: $id) { id } }`;
      const refused = await gql(
        app,
        WITHDRAW,
        { id: interest.id },
        { token: otherResearcher.token },
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
      const withdrawn = await gql(app, WITHDRAW, { id: interest.id }, { token: researcher.token });
      expect(withdrawn.errors).toBeUndefined();
      expect((await interestsOf(owner.token, needId)).data!.knowledgeNeed.interests).toEqual([]);

      const audit = await ds.query<Array<{ operation: string; outcome: string }>>(
        `SELECT operation, outcome FROM audit_log WHERE user_id = $1 ORDER BY occurred_at`,
        [researcher.userId],
      );
      expect(audit.map((a) => `${a.operation} ${a.outcome}`)).toEqual(
        expect.arrayContaining([
          'Mutation.expressInterestInNeed SUCCESS',
          'Mutation.withdrawInterestInNeed SUCCESS',
        ]),
      );
    });

    it("refuses another group's profile, a need the researcher cannot see and a need that is not open", async () => {
      const needId = world.municipalities[1].needId;
      const foreign = await express(otherResearcher.token, needId, world.groups[0].profileId);
      expect(errorCode(foreign)).toBe('FORBIDDEN');

      const draft = await createNeed(ds, {
        organizationId: world.municipalities[1].orgId,
        title: 'Utkast om velferdsteknologi',
        status: 'DRAFT',
      });
      const hidden = await express(researcher.token, draft.id, world.groups[0].profileId);
      expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
      expect(fieldOf(hidden)).toBe('input.knowledgeNeedId');

      const closed = await createNeed(ds, {
        organizationId: world.municipalities[1].orgId,
        title: 'Avsluttet behov',
        status: 'CLOSED',
      });
      const notOpen = await express(researcher.token, closed.id, world.groups[0].profileId);
      expect(errorCode(notOpen)).toBe('INVALID_STATE');
      const rows = await ds.query(
        `SELECT 1 FROM need_interests WHERE knowledge_need_id = ANY($1)`,
        [[draft.id, closed.id]],
      );
      expect(rows).toEqual([]);
    });
  });

  describe('similarKnowledgeNeeds', () => {
    it("lists other municipalities' needs like it, with the shared words, and respects visibility", async () => {
      // Words no other spec uses, so that the answer does not depend on what else is in the database.
      const source = await createNeed(ds, {
        organizationId: world.municipalities[0].orgId,
        title: 'Skredvarsling og beredskap i fjellbygder',
        description: 'Kommunen vil varsle snøskred tidligere og styrke beredskapen i fjellbygdene.',
        status: 'OPEN',
      });
      const sameOwner = await createNeed(ds, {
        organizationId: world.municipalities[0].orgId,
        title: 'Skredvarsling i fjellbygdene, del to',
        description: 'Snøskred og beredskap.',
        status: 'OPEN',
      });
      const stavanger = await createMunicipalityOrganization(ds, { municipalityNumber: '1103' });
      const similar = await createNeed(ds, {
        organizationId: stavanger.id,
        title: 'Varsling av snøskred i fjellbygder',
        description: 'Bedre skredvarsling og beredskap for fjellbygdene i kommunen.',
        status: 'OPEN',
      });
      const unrelated = await createNeed(ds, {
        organizationId: stavanger.id,
        title: 'Kulturhus og frivillighet i sentrum',
        description: 'Hvordan kan kulturhuset bli en møteplass for frivillige lag?',
        status: 'OPEN',
      });
      const draft = await createNeed(ds, {
        organizationId: stavanger.id,
        title: 'Skredvarsling i fjellbygder (utkast)',
        description: 'Snøskred, skredvarsling og beredskap i fjellbygdene.',
        status: 'DRAFT',
      });
      const QUERY = `query ($needId: ID!, $first: Int) { similarKnowledgeNeeds(needId: $needId, first: $first) {
        need { id organizationId } similarity sharedTerms } }`;
      const res = await gql<{
        similarKnowledgeNeeds: Array<{
          need: { id: string; organizationId: string };
          similarity: number;
          sharedTerms: string[];
        }>;
      }>(app, QUERY, { needId: source.id, first: 50 }, { token: researcher.token });
      expect(res.errors).toBeUndefined();
      const list = res.data!.similarKnowledgeNeeds;
      const ids = list.map((x) => x.need.id);
      expect(ids).toContain(similar.id);
      expect(ids).not.toContain(unrelated.id);
      // A researcher does not see another municipality's draft; the need's own municipality is left out.
      expect(ids).not.toContain(draft.id);
      // Only other municipalities' needs: not the need itself, nor its owner's other needs.
      expect(ids).not.toContain(source.id);
      expect(ids).not.toContain(sameOwner.id);
      expect(list.every((x) => x.need.organizationId !== world.municipalities[0].orgId)).toBe(true);
      const hit = list.find((x) => x.need.id === similar.id)!;
      expect(hit.similarity).toBeGreaterThan(0);
      expect(hit.sharedTerms.map((t) => t.toLowerCase())).toEqual(
        expect.arrayContaining(['fjellbygder']),
      );
      // Best first.
      const sims = list.map((x) => x.similarity);
      expect([...sims].sort((a, b) => b - a)).toEqual(sims);

      const bad = await gql(app, QUERY, { needId: source.id, first: 0 });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(fieldOf(bad)).toBe('first');
    });
  });

  describe('conflict-of-interest exclusions', () => {
    const CREATE = `mutation ($input: CreateConflictExclusionInput!) { createConflictExclusion(input: $input) {
      id arenaId organizationAId organizationBId reason organizationA { id } organizationB { id } } }`;

    it('are kept by the arena brokers, loaded into every run, and the run never proposes the pair', async () => {
      const municipality = world.municipalities[0];
      const group = world.groups[0];
      const problems = app.app.get(MatchProblemRepository);
      // The broker pins the pair (other specs' needs and groups may share the arena's county); without the
      // exclusion the engine puts this municipality and this group together.
      const pinned = { pins: [{ needIds: [municipality.needId], profileIds: [group.profileId] }] };
      const before = await proposeConsortia(await problems.loadProblem(world.arenaId, pinned));
      const together = (p: { needIds: string[]; profileIds: string[] }) =>
        p.needIds.includes(municipality.needId) && p.profileIds.includes(group.profileId);
      expect(before.proposals.some(together)).toBe(true);

      const input = {
        arenaId: world.arenaId,
        organizationAId: municipality.orgId,
        organizationBId: group.orgId,
        reason: 'Gruppelederen er gift med rådmannen',
      };
      const created = await gql<{ createConflictExclusion: { id: string; reason: string } }>(
        app,
        CREATE,
        { input },
        { token: broker.token },
      );
      expect(created.errors).toBeUndefined();
      const exclusion = created.data!.createConflictExclusion;

      const problem = await problems.loadProblem(world.arenaId, pinned);
      expect(problem.exclusions).toEqual([
        {
          a: [municipality.orgId, group.orgId].sort()[0],
          b: [municipality.orgId, group.orgId].sort()[1],
          reason: input.reason,
        },
      ]);
      // Even pinned, the run proposes the pair nowhere; the need is unmatched with a reason instead.
      const after = await proposeConsortia(problem);
      expect(after.unmatchedNeeds.map((u) => u.needId)).toContain(municipality.needId);
      for (const proposal of after.proposals) {
        expect(
          proposal.organizationIds.includes(municipality.orgId) &&
            proposal.organizationIds.includes(group.orgId),
        ).toBe(false);
      }

      const duplicate = await gql(app, CREATE, { input }, { token: broker.token });
      expect(errorCode(duplicate)).toBe('CONFLICT');

      const listed = await gql<{ conflictExclusions: Array<{ id: string }> }>(
        app,
        `query ($arenaId: ID!) { conflictExclusions(arenaId: $arenaId) { id reason } }`,
        { arenaId: world.arenaId },
        { token: broker.token },
      );
      expect(listed.data!.conflictExclusions.map((e) => e.id)).toEqual([exclusion.id]);

      const DELETE = `mutation ($id: ID!) { deleteConflictExclusion(id: $id) { id } }`;
      expect(
        errorCode(await gql(app, DELETE, { id: exclusion.id }, { token: outsideBroker.token })),
      ).toBe('NOT_FOUND');
      expect(
        (await gql(app, DELETE, { id: exclusion.id }, { token: broker.token })).errors,
      ).toBeUndefined();
      expect((await problems.loadProblem(world.arenaId)).exclusions).toEqual([]);
    });

    it('refuse brokers of other arenas and bad input, naming the field, writing nothing', async () => {
      const input = {
        arenaId: world.arenaId,
        organizationAId: world.municipalities[1].orgId,
        organizationBId: world.groups[1].orgId,
        reason: 'Styreverv',
      };
      expect(errorCode(await gql(app, CREATE, { input }, { token: outsideBroker.token }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gql(app, CREATE, { input }, { token: researcher.token }))).toBe(
        'FORBIDDEN',
      );
      const same = await gql(
        app,
        CREATE,
        { input: { ...input, organizationBId: input.organizationAId } },
        { token: broker.token },
      );
      expect(errorCode(same)).toBe('BAD_USER_INPUT');
      expect(fieldOf(same)).toBe('input.organizationBId');
      const blank = await gql(
        app,
        CREATE,
        { input: { ...input, reason: '   ' } },
        { token: broker.token },
      );
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(fieldOf(blank)).toBe('input.reason');
      const unknown = await gql(
        app,
        CREATE,
        { input: { ...input, organizationAId: '00000000-0000-4000-8000-000000000000' } },
        { token: broker.token },
      );
      expect(fieldOf(unknown)).toBe('input.organizationAId');
      const rows = await ds.query(`SELECT 1 FROM conflict_exclusions WHERE arena_id = $1`, [
        world.arenaId,
      ]);
      expect(rows).toEqual([]);
    });
  });

  describe('needs on behalf of a municipality', () => {
    const CREATE = `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id organizationId projectType version } }`;
    const UPDATE = `mutation ($input: UpdateKnowledgeNeedInput!) { updateKnowledgeNeed(input: $input) { id projectType version } }`;

    it('a broker of the arena registers and edits one, and the audit log says on whose behalf', async () => {
      const orgId = world.municipalities[1].orgId;
      const created = await gql<{ createKnowledgeNeed: { id: string; version: number } }>(
        app,
        CREATE,
        {
          input: {
            organizationId: orgId,
            title: 'Forprosjekt om velferdsteknologi',
            status: 'OPEN',
          },
        },
        { token: broker.token },
      );
      expect(created.errors).toBeUndefined();
      const need = created.data!.createKnowledgeNeed;
      const updated = await gql<{ updateKnowledgeNeed: { projectType: string } }>(
        app,
        UPDATE,
        { input: { id: need.id, version: need.version, projectType: 'PRE_PROJECT' } },
        { token: broker.token },
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateKnowledgeNeed.projectType).toBe('PRE_PROJECT');

      const audit = await gql<{
        auditLog: {
          edges: Array<{
            node: {
              operation: string;
              userId: string;
              targetId: string;
              onBehalfOfOrganizationId: string | null;
            };
          }>;
        };
      }>(
        app,
        `{ auditLog(first: 100) { edges { node { operation userId targetId onBehalfOfOrganizationId } } } }`,
      );
      expect(audit.errors).toBeUndefined();
      const mine = audit
        .data!.auditLog.edges.map((e) => e.node)
        .filter((e) => e.userId === broker.userId && e.targetId === need.id);
      expect(mine.map((e) => [e.operation, e.onBehalfOfOrganizationId]).sort()).toEqual([
        ['Mutation.createKnowledgeNeed', orgId],
        ['Mutation.updateKnowledgeNeed', orgId],
      ]);

      // The municipality's own member edits without "on behalf".
      const own = await gql<{ createKnowledgeNeed: { id: string } }>(
        app,
        CREATE,
        { input: { organizationId: world.municipalities[0].orgId, title: 'Eget behov' } },
        { token: owner.token },
      );
      const [row] = await ds.query<Array<{ on_behalf_of_organization_id: string | null }>>(
        `SELECT on_behalf_of_organization_id FROM audit_log WHERE target_id = $1`,
        [own.data!.createKnowledgeNeed.id],
      );
      expect(row.on_behalf_of_organization_id).toBeNull();
    });

    it('a broker of another arena is FORBIDDEN and nothing is written', async () => {
      const orgId = world.municipalities[1].orgId;
      const title = 'Behov fra feil arena';
      const created = await gql(
        app,
        CREATE,
        { input: { organizationId: orgId, title, status: 'OPEN' } },
        { token: outsideBroker.token },
      );
      expect(errorCode(created)).toBe('FORBIDDEN');
      expect(await ds.query(`SELECT 1 FROM knowledge_needs WHERE title = $1`, [title])).toEqual([]);
      const [need] = await ds.query<Array<{ version: number }>>(
        `SELECT version FROM knowledge_needs WHERE id = $1`,
        [world.municipalities[1].needId],
      );
      const updated = await gql(
        app,
        UPDATE,
        {
          input: {
            id: world.municipalities[1].needId,
            version: need.version,
            projectType: 'PRE_PROJECT',
          },
        },
        { token: outsideBroker.token },
      );
      expect(errorCode(updated)).toBe('FORBIDDEN');
    });
  });
});
