import { DataSource } from 'typeorm';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { createProposalWorld, signedInUser } from './consortium-fixtures';

const CONSORTIUM_FIELDS = `id proposalId arenaId projectType status version needsAttention rulesHold
  leadOrganization { id }
  members { role organizationId response committedPersonMonths contactPersonFreed
            knowledgeNeed { id status } competenceProfile { id } }
  statusHistory { fromStatus toStatus changedAt changedBy reason }`;

interface ConsortiumView {
  id: string;
  proposalId: string;
  status: string;
  version: number;
  rulesHold: boolean;
  leadOrganization: { id: string };
  members: Array<{
    role: string;
    organizationId: string;
    response: string;
    committedPersonMonths: number | null;
    contactPersonFreed: boolean;
    knowledgeNeed: { id: string; status: string } | null;
    competenceProfile: { id: string } | null;
  }>;
  statusHistory: Array<{
    fromStatus: string | null;
    toStatus: string;
    changedAt: string;
    changedBy: string | null;
    reason: string | null;
  }>;
}

interface RuleView {
  rule: string;
  outcome: string;
  message: string;
  accepted: boolean;
  acceptedReason: string | null;
}

/** Consortium lifecycle and programme rules over GraphQL, on the real API and PostgreSQL. */
describe('consortia', () => {
  let app: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  async function accept(proposalId: string, token?: string) {
    const res = await gql<{
      acceptConsortiumProposal: { status: string; consortium: ConsortiumView };
    }>(
      app,
      `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { status consortium { ${CONSORTIUM_FIELDS} } } }`,
      { id: proposalId },
      token ? { token } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.acceptConsortiumProposal.consortium;
  }

  async function read(id: string, token?: string) {
    return gql<{ consortium: ConsortiumView & { ruleChecks: RuleView[] } }>(
      app,
      `query ($id: ID!, $locale: String!) { consortium(id: $id) { ${CONSORTIUM_FIELDS}
         ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason } } }`,
      { id, locale: 'en' },
      token ? { token } : {},
    );
  }

  function move(input: Record<string, unknown>, token?: string) {
    return gql<{ changeConsortiumStatus: ConsortiumView }>(
      app,
      `mutation ($input: ChangeConsortiumStatusInput!) { changeConsortiumStatus(input: $input) { ${CONSORTIUM_FIELDS} } }`,
      { input },
      token ? { token } : {},
    );
  }

  /** Stand-in for the members' answers (their own mutation is tested in the invitation spec). */
  async function everyoneAccepts(consortiumId: string) {
    await ds.query(
      `UPDATE consortium_members SET response = 'ACCEPTED', responded_at = now() WHERE consortium_id = $1`,
      [consortiumId],
    );
  }

  it('forms a FORMING consortium of the proposal’s members when a broker accepts it, dated in its history', async () => {
    const world = await createProposalWorld(ds);
    const broker = await signedInUser(app, 'BROKER', { arenaId: world.arenaId });
    const before = Date.now();
    const consortium = await accept(world.proposalId, broker.token);

    expect(consortium.status).toBe('FORMING');
    expect(consortium.proposalId).toBe(world.proposalId);
    expect(consortium.leadOrganization.id).toBe(world.municipalities[0].orgId);
    expect(consortium.members).toHaveLength(4);
    const lead = consortium.members.filter((m) => m.role === 'LEAD');
    expect(lead.map((m) => m.organizationId)).toEqual([world.municipalities[0].orgId]);
    expect(
      consortium.members
        .filter((m) => m.knowledgeNeed)
        .map((m) => m.knowledgeNeed!.id)
        .sort(),
    ).toEqual(world.municipalities.map((m) => m.needId).sort());
    expect(
      consortium.members
        .filter((m) => m.competenceProfile)
        .map((m) => m.competenceProfile!.id)
        .sort(),
    ).toEqual(world.groups.map((g) => g.profileId).sort());
    for (const m of consortium.members) expect(m.response).toBe('PENDING');
    for (const m of consortium.members.filter((x) => x.knowledgeNeed)) {
      expect(m.knowledgeNeed!.status).toBe('IN_CONSORTIUM');
      // The need's own commitments are the starting point.
      expect(m.committedPersonMonths).toBe(6);
      expect(m.contactPersonFreed).toBe(true);
    }
    expect(consortium.statusHistory).toHaveLength(1);
    expect(consortium.statusHistory[0]).toMatchObject({
      fromStatus: null,
      toStatus: 'FORMING',
      changedBy: broker.userId,
    });
    expect(Date.parse(consortium.statusHistory[0].changedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('walks FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED, refusing skipped steps', async () => {
    const world = await createProposalWorld(ds);
    const { id } = await accept(world.proposalId);

    const skip = await move({ id, version: 1, status: 'APPLICATION_DRAFT' });
    expect(errorCode(skip)).toBe('INVALID_STATE');

    const pending = await move({ id, version: 1, status: 'CONFIRMED' });
    expect(errorCode(pending)).toBe('INVALID_STATE');
    expect(pending.errors![0].message).toMatch(/waiting for/);

    await everyoneAccepts(id);
    const confirmed = await move({ id, version: 1, status: 'CONFIRMED' });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.changeConsortiumStatus.status).toBe('CONFIRMED');

    const stale = await move({ id, version: 1, status: 'APPLICATION_DRAFT' });
    expect(errorCode(stale)).toBe('CONFLICT');

    let version = confirmed.data!.changeConsortiumStatus.version;
    for (const status of ['APPLICATION_DRAFT', 'SUBMITTED', 'FUNDED']) {
      const res = await move({ id, version, status });
      expect(res.errors).toBeUndefined();
      version = res.data!.changeConsortiumStatus.version;
    }
    const final = (await read(id)).data!.consortium;
    expect(final.status).toBe('FUNDED');
    expect(final.statusHistory.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'FORMING'],
      ['FORMING', 'CONFIRMED'],
      ['CONFIRMED', 'APPLICATION_DRAFT'],
      ['APPLICATION_DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'FUNDED'],
    ]);
    const times = final.statusHistory.map((h) => Date.parse(h.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const after = await move({ id, version, status: 'DISSOLVED', reason: 'too late' });
    expect(errorCode(after)).toBe('INVALID_STATE');
  });

  it('dissolves only with a reason, and gives the needs and the capacity back', async () => {
    const world = await createProposalWorld(ds);
    const { id } = await accept(world.proposalId);

    const noReason = await move({ id, version: 1, status: 'DISSOLVED', reason: '  ' });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.field).toBe('input.reason');
    expect((await read(id)).data!.consortium.status).toBe('FORMING');

    const dissolved = await move({
      id,
      version: 1,
      status: 'DISSOLVED',
      reason: 'Kommunene fant ikke tid',
    });
    expect(dissolved.errors).toBeUndefined();
    const view = dissolved.data!.changeConsortiumStatus;
    expect(view.statusHistory[1]).toMatchObject({
      fromStatus: 'FORMING',
      toStatus: 'DISSOLVED',
      reason: 'Kommunene fant ikke tid',
    });
    for (const m of view.members.filter((x) => x.knowledgeNeed))
      expect(m.knowledgeNeed!.status).toBe('OPEN');
    const [{ used }] = await ds.query<Array<{ used: number }>>(
      `SELECT count(*)::int AS used FROM consortium_members m JOIN consortia c ON c.id = m.consortium_id
        WHERE m.competence_profile_id = $1 AND c.status NOT IN ('DISSOLVED', 'NOT_FUNDED')`,
      [world.groups[0].profileId],
    );
    expect(used).toBe(0);
  });

  it('marks the consortium as needing attention when a member withdraws its need', async () => {
    const world = await createProposalWorld(ds);
    const { id } = await accept(world.proposalId);
    const withdrawn = await gql(
      app,
      `mutation ($id: ID!) { withdrawKnowledgeNeed(id: $id) { status } }`,
      { id: world.municipalities[1].needId },
    );
    expect(withdrawn.errors).toBeUndefined();
    const flagged = await gql<{
      consortia: {
        edges: Array<{ node: { id: string; needsAttention: boolean; attentionReason: string } }>;
      };
    }>(
      app,
      `query ($a: ID!) { consortia(first: 5, filter: { arenaId: $a, needsAttention: true }) {
         edges { node { id needsAttention attentionReason } } } }`,
      { a: world.arenaId },
    );
    expect(flagged.data!.consortia.edges.map((e) => e.node)).toEqual([
      { id, needsAttention: true, attentionReason: expect.stringContaining('was withdrawn') },
    ]);
  });

  describe('programme rules', () => {
    it('warns about an innovation project with one municipality and one group until a broker accepts it', async () => {
      const world = await createProposalWorld(ds, { municipalities: 1, groups: 1 });
      const { id } = await accept(world.proposalId);
      await everyoneAccepts(id);

      const before = (await read(id)).data!.consortium;
      const counts = before.ruleChecks.find((r) => r.rule === 'MEMBER_COUNTS')!;
      expect(counts).toMatchObject({ outcome: 'WARNING', accepted: false });
      expect(counts.message).toMatch(/this one has 1 municipality and 1 research group\./);
      expect(before.ruleChecks.find((r) => r.rule === 'LEAD_ORGANIZATION')!.outcome).toBe('HOLDS');
      expect(before.rulesHold).toBe(false);

      const blocked = await move({ id, version: 1, status: 'CONFIRMED' });
      expect(errorCode(blocked)).toBe('INVALID_STATE');
      expect(blocked.errors![0].message).toMatch(/MEMBER_COUNTS WARNING/);

      const wrongRule = await gql(
        app,
        `mutation ($input: AcceptProgrammeRuleWarningInput!) { acceptProgrammeRuleWarning(input: $input) { id } }`,
        { input: { id, rule: 'LEAD_ORGANIZATION', reason: 'x' } },
      );
      expect(errorCode(wrongRule)).toBe('INVALID_STATE');

      const accepted = await gql(
        app,
        `mutation ($input: AcceptProgrammeRuleWarningInput!) { acceptProgrammeRuleWarning(input: $input) {
           rulesHold ruleChecks(locale: "nb") { rule outcome accepted acceptedReason message } } }`,
        {
          input: {
            id,
            rule: 'MEMBER_COUNTS',
            reason: 'Forprosjekt først, flere kommuner kommer til',
          },
        },
      );
      expect(accepted.errors).toBeUndefined();
      const after = accepted.data as {
        acceptProgrammeRuleWarning: { rulesHold: boolean; ruleChecks: RuleView[] };
      };
      expect(after.acceptProgrammeRuleWarning.rulesHold).toBe(true);
      expect(
        after.acceptProgrammeRuleWarning.ruleChecks.find((r) => r.rule === 'MEMBER_COUNTS'),
      ).toMatchObject({
        outcome: 'WARNING',
        accepted: true,
        acceptedReason: 'Forprosjekt først, flere kommuner kommer til',
        message: expect.stringContaining('flere kommuner og flere FoU-miljøer'),
      });

      const confirmed = await move({ id, version: 1, status: 'CONFIRMED' });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data!.changeConsortiumStatus.status).toBe('CONFIRMED');
    });

    it('fails a competence project without international partners and a municipality without commitments', async () => {
      const world = await createProposalWorld(ds, {
        projectType: 'COMPETENCE_PROJECT',
        municipalities: 1,
        groups: 1,
        uncommitted: true,
      });
      const { id } = await accept(world.proposalId);
      await everyoneAccepts(id);
      const { ruleChecks } = (await read(id)).data!.consortium;
      expect(Object.fromEntries(ruleChecks.map((r) => [r.rule, r.outcome]))).toEqual({
        LEAD_ORGANIZATION: 'HOLDS',
        MEMBER_COUNTS: 'HOLDS',
        INTERNATIONAL_COLLABORATION: 'FAILS',
        MUNICIPAL_COMMITMENTS: 'FAILS',
        RESEARCH_CAPACITY: 'HOLDS',
      });
      const blocked = await move({ id, version: 1, status: 'CONFIRMED' });
      expect(errorCode(blocked)).toBe('INVALID_STATE');
      const waive = await gql(
        app,
        `mutation ($input: AcceptProgrammeRuleWarningInput!) { acceptProgrammeRuleWarning(input: $input) { id } }`,
        { input: { id, rule: 'INTERNATIONAL_COLLABORATION', reason: 'vi prøver' } },
      );
      expect(errorCode(waive)).toBe('INVALID_STATE');
    });
  });

  describe('lists and visibility', () => {
    it('pages consortia newest first with keyset cursors, filtered to what the caller may see', async () => {
      const world = await createProposalWorld(ds);
      const other = await createProposalWorld(ds);
      const first = await accept(world.proposalId);
      const second = await accept(other.proposalId);

      const page = async (after: string | null, token?: string) =>
        gql<{
          consortia: {
            totalCount: number;
            edges: Array<{ node: { id: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          app,
          `query ($after: String, $filter: ConsortiumFilter) { consortia(first: 1, after: $after, filter: $filter) {
             totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after, filter: { statuses: ['FORMING'] } },
          token ? { token } : {},
        );
      const p1 = await page(null);
      expect(p1.errors).toBeUndefined();
      expect(p1.data!.consortia.edges[0].node.id).toBe(second.id);
      const p2 = await page(p1.data!.consortia.pageInfo.endCursor);
      expect(p2.data!.consortia.edges[0].node.id).toBe(first.id);

      // A member of the first consortium's municipality sees only that one.
      const member = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
        organizationId: world.municipalities[1].orgId,
      });
      const mine = await page(null, member.token);
      expect(mine.data!.consortia.totalCount).toBe(1);
      expect(mine.data!.consortia.edges[0].node.id).toBe(first.id);
      expect((await read(first.id, member.token)).errors).toBeUndefined();
      expect(errorCode(await read(second.id, member.token))).toBe('NOT_FOUND');
      // Members may read but not move it.
      expect(
        errorCode(
          await move({ id: first.id, version: 1, status: 'DISSOLVED', reason: 'x' }, member.token),
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
