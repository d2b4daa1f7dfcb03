import { Client, createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import request from 'supertest';
import WebSocket from 'ws';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { startAuthTestApp } from '../auth/auth-test-app';
import {
  createProposal,
  createUser,
  createWorld,
  login,
  USER_PASSWORD,
  World,
} from '../auth/auth-world';
import { createNeed, createProfile } from '../factories';
import { errorCode, gql, TestApp } from '../support/graphql';

/** The query of apps/demo (kept in step with apps/demo/src/main.ts RUN_QUERY): it must keep working. */
const DEMO_RUN_QUERY = `query ($id: ID!) { matchRun(id: $id) {
  id status phase progress error objective upperBound optimalityGap
  counts { needs profiles proposals unmatchedNeeds } timings { queueWaitMs loadMs engineMs saveMs }
  proposals { projectType score explanation components { relevance coverage cohesion diversity }
    leadOrganization { name }
    members { role organization { name municipality { population sizeClass } researchInstitution { name shortName } }
      knowledgeNeed { title } competenceProfile { title } } }
  unmatchedNeeds { reason knowledgeNeed { title organization { name } } } } }`;

/** Issue 14.2: the lists of a run count by their size in the complexity limit, and are paged. */
describe('match run lists: complexity and pages', () => {
  let app: TestApp;
  let ds: DataSource;
  let w: World;
  let runId: string;

  beforeAll(async () => {
    app = await startAuthTestApp();
    ds = app.app.get(DataSource);
    w = await createWorld(app);
    runId = w.run;
    for (let i = 0; i < 2; i++) {
      const needId = (await createNeed(ds, { organizationId: w.ownerOrg })).id;
      const profileId = (await createProfile(ds, { organizationId: w.group })).id;
      await createProposal(ds, {
        arenaId: w.arenaA,
        needId,
        needOrg: w.ownerOrg,
        profileId,
        group: w.group,
        runId,
      });
    }
    for (let i = 0; i < 3; i++) {
      const needId = (await createNeed(ds, { organizationId: w.ownerOrg })).id;
      await ds.query(
        `INSERT INTO match_run_unmatched_needs (match_run_id, knowledge_need_id, reason) VALUES ($1, $2, 'no group')`,
        [runId, needId],
      );
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it("refuses the review's query over 100 runs with their proposals and unmatched needs", async () => {
    const query = `{ matchRuns(first: 100) { edges { node {
      proposals { explanation members { knowledgeNeed { title description contacts { email } }
        competenceProfile { title description } } }
      unmatchedNeeds { reason knowledgeNeed { title description } } } } } }`;
    const res = await gql(app, query);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MAX_COMPLEXITY_EXCEEDED',
    });
    expect(res.data).toBeUndefined();
  });

  it("answers the demo's run query", async () => {
    const res = await gql<{ matchRun: { proposals: unknown[]; unmatchedNeeds: unknown[] } }>(
      app,
      DEMO_RUN_QUERY,
      { id: runId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchRun.proposals).toHaveLength(3);
    expect(res.data!.matchRun.unmatchedNeeds).toHaveLength(3);
  });

  it('pages proposals and unmatched needs with first and after (the last item of the page before)', async () => {
    const page = (first: number, afterProposal: string | null, afterNeed: string | null) =>
      gql<{
        matchRun: {
          proposals: Array<{ id: string; rank: number }>;
          unmatchedNeeds: Array<{ knowledgeNeedId: string }>;
        };
      }>(
        app,
        `query ($id: ID!, $first: Int!, $p: ID, $n: ID) { matchRun(id: $id) {
          proposals(first: $first, after: $p) { id rank }
          unmatchedNeeds(first: $first, after: $n) { knowledgeNeedId } } }`,
        { id: runId, first, p: afterProposal, n: afterNeed },
      );
    const first = (await page(2, null, null)).data!.matchRun;
    const second = (await page(2, first.proposals[1].id, first.unmatchedNeeds[1].knowledgeNeedId))
      .data!.matchRun;
    expect(first.proposals.map((p) => p.rank)).toEqual([0, 1]);
    expect(second.proposals.map((p) => p.rank)).toEqual([2]);
    expect(new Set([...first.proposals, ...second.proposals].map((p) => p.id)).size).toBe(3);
    const needIds = [...first.unmatchedNeeds, ...second.unmatchedNeeds].map(
      (u) => u.knowledgeNeedId,
    );
    expect(second.unmatchedNeeds).toHaveLength(1);
    expect(needIds).toEqual([...new Set(needIds)].sort());

    const malformed = await page(2, 'not-a-uuid', null);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives recommendation queries a realistic cost: 550 aliases are refused', async () => {
    const aliases = Array.from(
      { length: 550 },
      (_, i) => `r${i}: recommendedKnowledgeNeeds(profileId: $p, first: 1) { score }`,
    );
    const res = await gql(
      app,
      `query ($p: ID!) { ${aliases.join(' ')} }`,
      { p: w.activeProfile },
      {
        token: w.tokens.otherResearcher,
      },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ reason: 'MAX_COMPLEXITY_EXCEEDED' });
  });

  it('scores one profile once per request, however many aliases ask', async () => {
    const load = jest.spyOn(MatchProblemRepository.prototype, 'loadForCounties');
    try {
      const aliases = Array.from(
        { length: 5 },
        (_, i) => `r${i}: recommendedKnowledgeNeeds(profileId: $p, first: ${i + 1}) { score }`,
      );
      const res = await gql<Record<string, unknown[]>>(
        app,
        `query ($p: ID!) { ${aliases.join(' ')} }`,
        { p: w.activeProfile },
        { token: w.tokens.otherResearcher },
      );
      expect(res.errors).toBeUndefined();
      expect(load).toHaveBeenCalledTimes(1);
      expect(res.data!.r0.length).toBeLessThanOrEqual(1);
    } finally {
      load.mockRestore();
    }
  });

  it('refuses more than 500 items of a run with BAD_USER_INPUT naming `first`', async () => {
    const res = await gql(
      app,
      `query ($id: ID!) { matchRun(id: $id) { proposals(first: 501) { id } } }`,
      {
        id: runId,
      },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('first');
  });

  describe('WebSocket sessions (14.8)', () => {
    /** Opens one socket (not lazy) and returns it with a promise of its close code. */
    function openSocket(token: string): { client: Client; closed: Promise<number> } {
      let onClosed: (code: number) => void = () => undefined;
      const closed = new Promise<number>((resolve) => (onClosed = resolve));
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 0,
        // The close is expected; graphql-ws would print it.
        onNonLazyError: () => undefined,
        on: { closed: (event) => onClosed((event as { code: number }).code) },
      });
      return { client, closed };
    }

    /** The first message of a matchRunUpdated subscription: the status, or the error code. */
    function follow(client: Client): Promise<string> {
      return new Promise<string>((resolve) => {
        client.subscribe<{ matchRunUpdated: { status: string } }>(
          {
            query: `subscription ($id: ID!) { matchRunUpdated(id: $id) { status } }`,
            variables: { id: w.run },
          },
          {
            next: (value) => {
              resolve(
                value.data
                  ? value.data.matchRunUpdated.status
                  : String(value.errors?.[0]?.extensions?.code),
              );
            },
            error: (error: unknown) => {
              const errors = error as Array<{ extensions?: { code?: string } }>;
              resolve(Array.isArray(errors) ? String(errors[0]?.extensions?.code) : 'CLOSED');
            },
            complete: () => resolve('COMPLETE'),
          },
        );
      });
    }

    async function newBroker(): Promise<{ email: string; token: string }> {
      const hash = await new PasswordHasher().hash(USER_PASSWORD);
      const email = await createUser(ds, app.app.get(UserRepository), hash, 'BROKER', {
        arenaId: w.arenaA,
      });
      return { email, token: await login(app, email) };
    }

    it('closes the socket when its session logs out; a new subscribe gets nothing', async () => {
      const { token } = await newBroker();
      const { client, closed } = openSocket(token);
      try {
        expect(await follow(client)).toBe('SUCCEEDED');
        const out = await gql(app, `mutation { logout }`, {}, { token });
        expect(out.errors).toBeUndefined();
        expect(await closed).toBe(4401);
        expect(await follow(client)).not.toBe('SUCCEEDED');
      } finally {
        await client.dispose();
      }
    });

    it('authorizes every subscribe anew: a removed membership stops the next one', async () => {
      const { email, token } = await newBroker();
      const { client } = openSocket(token);
      try {
        expect(await follow(client)).toBe('SUCCEEDED');
        await ds.query(
          `DELETE FROM memberships WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
          [email],
        );
        expect(await follow(client)).toBe('NOT_FOUND');
      } finally {
        await client.dispose();
      }
    });
  });

  describe('input and headers (14.9, 14.10, 14.15)', () => {
    it.each([
      [
        'a need title',
        `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id } }`,
        (w: World) => ({ input: { organizationId: w.ownerOrg, title: 'Bad\u0000title' } }),
        'input.title',
      ],
      [
        'a contact name',
        `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id } }`,
        (w: World) => ({
          input: {
            organizationId: w.ownerOrg,
            title: 'Fin tittel',
            contacts: [{ name: 'Ola\u0000', email: 'ola@bergen.kommune.no' }],
          },
        }),
        'input.contacts[0].name',
      ],
      [
        'a search text',
        `query ($t: String!) { knowledgeNeeds(filter: { text: $t }) { totalCount } }`,
        () => ({ t: 'helse\u0000' }),
        'filter.text',
      ],
    ])(
      'refuses a NUL byte in %s as BAD_USER_INPUT naming the field',
      async (_l, query, vars, field) => {
        const res = await gql(app, query, vars(w), { token: w.tokens.ownerMember });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.field).toBe(field);
      },
    );

    it('counts text length in characters (code points), in the API and in the database layer alike', async () => {
      const create = `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id title } }`;
      const title = '🌊'.repeat(150);
      const ok = await gql<{ createKnowledgeNeed: { title: string } }>(
        app,
        create,
        { input: { organizationId: w.ownerOrg, title } },
        { token: w.tokens.ownerMember },
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.createKnowledgeNeed.title).toBe(title);
      const tooLong = await gql(
        app,
        create,
        { input: { organizationId: w.ownerOrg, title: '🌊'.repeat(201) } },
        { token: w.tokens.ownerMember },
      );
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions!.field).toBe('input.title');
    });

    it('refuses a whitespace-only rejection reason and leaves the proposal PROPOSED', async () => {
      const needId = (await createNeed(ds, { organizationId: w.ownerOrg })).id;
      const profileId = (await createProfile(ds, { organizationId: w.group, capacity: 3 })).id;
      const { proposalId } = await createProposal(ds, {
        arenaId: w.arenaA,
        needId,
        needOrg: w.ownerOrg,
        profileId,
        group: w.group,
      });
      const res = await gql(
        app,
        `mutation ($id: ID!, $r: String!) { rejectConsortiumProposal(id: $id, reason: $r) { id } }`,
        { id: proposalId, r: ' \n\t ' },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('reason');
      const [row] = await ds.query(`SELECT status FROM consortium_proposals WHERE id = $1`, [
        proposalId,
      ]);
      expect(row.status).toBe('PROPOSED');
    });

    it('sends no X-Powered-By header', async () => {
      const res = await request(app.app.getHttpServer()).get('/health');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('who did it (14.13)', () => {
    it('records requested_by on a started run and decided_by on a decided proposal', async () => {
      const started = await gql<{ startMatchRun: { id: string } }>(
        app,
        `mutation ($input: StartMatchRunInput!) { startMatchRun(input: $input) { id } }`,
        { input: { arenaId: w.arenaA } },
        { token: w.tokens.brokerA },
      );
      expect(started.errors).toBeUndefined();
      const needId = (await createNeed(ds, { organizationId: w.ownerOrg })).id;
      const profileId = (await createProfile(ds, { organizationId: w.group, capacity: 3 })).id;
      const { proposalId } = await createProposal(ds, {
        arenaId: w.arenaA,
        needId,
        needOrg: w.ownerOrg,
        profileId,
        group: w.group,
      });
      const rejected = await gql(
        app,
        `mutation ($id: ID!) { rejectConsortiumProposal(id: $id, reason: "Passer ikke") { id } }`,
        { id: proposalId },
        { token: w.tokens.brokerA },
      );
      expect(rejected.errors).toBeUndefined();
      const [broker] = await ds.query(`SELECT id FROM users WHERE email = $1`, [w.emails.brokerA]);
      const [run] = await ds.query(`SELECT requested_by FROM match_runs WHERE id = $1`, [
        started.data!.startMatchRun.id,
      ]);
      const [proposal] = await ds.query(
        `SELECT decided_by FROM consortium_proposals WHERE id = $1`,
        [proposalId],
      );
      expect(run.requested_by).toBe(broker.id);
      expect(proposal.decided_by).toBe(broker.id);
    });
  });
});
