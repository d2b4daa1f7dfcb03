import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { createNeed, createProfile } from '../factories';
import { gql, TestApp } from '../support/graphql';
import { startAuthTestApp } from './auth-test-app';
import { createProposal, createWorld, World } from './auth-world';

/** Lists and fields that show each role only what it may see: drafts, paused profiles, proposals, runs, contacts. */
describe('what each role sees', () => {
  let app: TestApp;
  let ds: DataSource;
  let w: World;

  beforeAll(async () => {
    app = await startAuthTestApp();
    ds = app.app.get(DataSource);
    w = await createWorld(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function as<T>(
    role: keyof World['tokens'],
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const res = await gql<T>(app, query, variables, { token: w.tokens[role] });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  describe('knowledgeNeeds', () => {
    const DRAFTS = `query ($org: ID!) { knowledgeNeeds(first: 50, filter: { organizationId: $org, statuses: [DRAFT] }) { totalCount edges { node { id } } } }`;
    type Drafts = {
      knowledgeNeeds: { totalCount: number; edges: Array<{ node: { id: string } }> };
    };

    it('lists drafts only to the owner, brokers covering its county and admins', async () => {
      const counts: Record<string, number> = {};
      for (const role of [
        'admin',
        'brokerA',
        'ownerMember',
        'brokerB',
        'otherMember',
        'ownerResearcher',
      ] as const) {
        counts[role] = (
          await as<Drafts>(role, DRAFTS, { org: w.ownerOrg })
        ).knowledgeNeeds.totalCount;
      }
      expect(counts).toEqual({
        admin: 1,
        brokerA: 1,
        ownerMember: 1,
        brokerB: 0,
        otherMember: 0,
        ownerResearcher: 0,
      });
    });

    it('lists open needs to everyone signed in', async () => {
      const OPEN = `query ($org: ID!) { knowledgeNeeds(first: 50, filter: { organizationId: $org, statuses: [OPEN] }) { totalCount } }`;
      for (const role of ['brokerB', 'otherMember', 'otherResearcher'] as const) {
        expect(
          (await as<Drafts>(role, OPEN, { org: w.ownerOrg })).knowledgeNeeds.totalCount,
        ).toBeGreaterThanOrEqual(1);
      }
    });
  });

  describe('competenceProfiles', () => {
    it('lists paused profiles only to the group, brokers and admins', async () => {
      const PAUSED = `query ($org: ID!) { competenceProfiles(first: 50, filter: { organizationId: $org, statuses: [PAUSED] }) { totalCount } }`;
      type Paused = { competenceProfiles: { totalCount: number } };
      const counts: Record<string, number> = {};
      for (const role of [
        'admin',
        'brokerB',
        'ownerResearcher',
        'otherResearcher',
        'ownerMember',
      ] as const) {
        counts[role] = (
          await as<Paused>(role, PAUSED, { org: w.group })
        ).competenceProfiles.totalCount;
      }
      expect(counts).toEqual({
        admin: 1,
        brokerB: 1,
        ownerResearcher: 1,
        otherResearcher: 0,
        ownerMember: 0,
      });
    });
  });

  describe('consortiumProposals and matchRuns', () => {
    it("lists a proposal to its arena's brokers and the members of its organizations", async () => {
      const LIST = `query ($run: ID!) { consortiumProposals(first: 50, filter: { matchRunId: $run }) { totalCount } }`;
      type List = { consortiumProposals: { totalCount: number } };
      const counts: Record<string, number> = {};
      for (const role of [
        'admin',
        'brokerA',
        'brokerB',
        'ownerMember',
        'otherMember',
        'ownerResearcher',
        'otherResearcher',
      ] as const) {
        counts[role] = (await as<List>(role, LIST, { run: w.run })).consortiumProposals.totalCount;
      }
      expect(counts).toEqual({
        admin: 1,
        brokerA: 1,
        brokerB: 0,
        ownerMember: 1,
        otherMember: 0,
        ownerResearcher: 1,
        otherResearcher: 0,
      });
    });

    it("lists runs only of the broker's own arenas", async () => {
      const RUNS = `query ($a: ID!) { matchRuns(first: 50, filter: { arenaId: $a }) { totalCount } }`;
      type Runs = { matchRuns: { totalCount: number } };
      expect(
        (await as<Runs>('brokerA', RUNS, { a: w.arenaA })).matchRuns.totalCount,
      ).toBeGreaterThanOrEqual(1);
      expect((await as<Runs>('brokerB', RUNS, { a: w.arenaA })).matchRuns.totalCount).toBe(0);
      // Filtered, never refused (issue 14.16): members see an empty list.
      expect((await as<Runs>('ownerMember', RUNS, { a: w.arenaA })).matchRuns.totalCount).toBe(0);
    });
  });

  describe('contact details', () => {
    const NEED = `query ($id: ID!) { knowledgeNeed(id: $id) { contacts { id hidden name email phone role } } }`;
    type Need = {
      knowledgeNeed: {
        contacts: Array<{ id: string; hidden: boolean; name: string | null; email: string | null }>;
      };
    };

    it('shows who the contact is to its organization, covering brokers and admins; others see that one exists', async () => {
      const seen: Record<string, Need['knowledgeNeed']['contacts'][number]> = {};
      for (const role of [
        'admin',
        'brokerA',
        'ownerMember',
        'brokerB',
        'otherMember',
        'ownerResearcher',
      ] as const) {
        const contacts = (await as<Need>(role, NEED, { id: w.openNeed })).knowledgeNeed.contacts;
        expect(contacts).toHaveLength(1);
        seen[role] = contacts[0];
      }
      for (const role of ['admin', 'brokerA', 'ownerMember']) {
        expect(seen[role]).toMatchObject({
          hidden: false,
          name: 'Kari Open',
          email: 'kari.open@bergen.kommune.no',
        });
      }
      for (const role of ['brokerB', 'otherMember', 'ownerResearcher']) {
        expect(seen[role]).toEqual({
          id: seen.admin.id,
          hidden: true,
          name: null,
          email: null,
          phone: null,
          role: null,
        });
      }
    });

    it('shows the contact to the partners of an ACCEPTED consortium, not before', async () => {
      const need = await createNeed(ds, {
        organizationId: w.ownerOrg,
        status: 'OPEN',
        contacts: [{ name: 'Per Partner', email: 'per@bergen.kommune.no' }],
      });
      const profile = await createProfile(ds, { organizationId: w.group, capacity: 3 });
      const { proposalId } = await createProposal(ds, {
        arenaId: w.arenaA,
        needId: need.id,
        needOrg: w.ownerOrg,
        profileId: profile.id,
        group: w.group,
      });
      const before = (await as<Need>('ownerResearcher', NEED, { id: need.id })).knowledgeNeed
        .contacts[0];
      expect(before.hidden).toBe(true);

      const accepted = await gql(
        app,
        `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { status } }`,
        { id: proposalId },
        { token: w.tokens.brokerA },
      );
      expect(accepted.errors).toBeUndefined();

      const after = (await as<Need>('ownerResearcher', NEED, { id: need.id })).knowledgeNeed
        .contacts[0];
      expect(after).toMatchObject({ hidden: false, name: 'Per Partner' });
      const outsider = (await as<Need>('otherResearcher', NEED, { id: need.id })).knowledgeNeed
        .contacts[0];
      expect(outsider.hidden).toBe(true);
    });
  });

  describe('matchRunUpdated (graphql-ws)', () => {
    /** First message of the subscription: the run's status, or the error code. */
    async function firstMessage(token: string | null): Promise<string> {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      try {
        return await new Promise<string>((resolve, reject) => {
          const unsubscribe = client.subscribe<{ matchRunUpdated: { status: string } }>(
            {
              query: `subscription ($id: ID!) { matchRunUpdated(id: $id) { status } }`,
              variables: { id: w.run },
            },
            {
              next: (value) => {
                unsubscribe();
                const code = value.errors?.[0]?.extensions?.code;
                resolve(value.data ? value.data.matchRunUpdated.status : String(code));
              },
              error: (error: unknown) => {
                const errors = error as Array<{ extensions?: { code?: string } }>;
                if (Array.isArray(errors)) resolve(String(errors[0]?.extensions?.code));
                else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
              },
              complete: () => resolve('COMPLETE'),
            },
          );
        });
      } finally {
        await client.dispose();
      }
    }

    it("lets the arena's broker follow a run and refuses others without revealing it", async () => {
      expect(await firstMessage(w.tokens.brokerA)).toBe('SUCCEEDED');
      expect(await firstMessage(w.tokens.brokerB)).toBe('NOT_FOUND');
      expect(await firstMessage(w.tokens.ownerMember)).toBe('NOT_FOUND');
      expect(await firstMessage(null)).toBe('UNAUTHENTICATED');
    });
  });

  describe('audit log', () => {
    it('records refused mutations as DENIED with the user and target', async () => {
      const res = await gql(
        app,
        `mutation ($id: ID!) { withdrawKnowledgeNeed(id: $id) { id } }`,
        { id: w.openNeed },
        { token: w.tokens.otherMember },
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [row] = await ds.query(
        `SELECT operation, target_type, target_id, outcome, error_code, user_email FROM audit_log
          WHERE operation = 'Mutation.withdrawKnowledgeNeed' AND target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [w.openNeed],
      );
      expect(row).toEqual({
        operation: 'Mutation.withdrawKnowledgeNeed',
        target_type: 'KnowledgeNeed',
        target_id: w.openNeed,
        outcome: 'DENIED',
        error_code: 'FORBIDDEN',
        user_email: w.emails.otherMember,
      });
    });
  });
});
