import request from 'supertest';
import { DataSource } from 'typeorm';
import { errorCode, gql, TestApp } from '../support/graphql';
import { startAuthTestApp } from './auth-test-app';
import { testRunRedisPrefix } from '../setup/test-redis';
import { createWorld, World } from './auth-world';

/** Bad input and abuse at the edge: depth, page size, complexity, body size, CSRF, rate limits, injection text. */
describe('hardened GraphQL edge', () => {
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

  it('refuses a 50-level deep query before executing anything', async () => {
    const deep = `{ knowledgeNeeds { edges { node { organization { ${'county { '.repeat(45)}name${' }'.repeat(45)} } } } } }`;
    const res = await gql(app, deep);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'GRAPHQL_VALIDATION_FAILED',
            reason: 'MAX_DEPTH_EXCEEDED',
          }),
        }),
      ]),
    );
  });

  it.each([
    ['knowledgeNeeds', `{ knowledgeNeeds(first: 10000) { totalCount } }`],
    ['organizations', `{ organizations(first: 10000) { totalCount } }`],
    ['competenceProfiles', `{ competenceProfiles(first: 10000) { totalCount } }`],
    ['auditLog', `{ auditLog(first: 10000) { totalCount } }`],
  ])('refuses first: 10000 on %s with BAD_USER_INPUT naming `first`', async (_name, query) => {
    const res = await gql(app, query);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('first');
  });

  it('refuses an over-complex query, counting page sizes given as variables', async () => {
    const fields = Array.from(
      { length: 40 },
      (_, i) => `a${i}: knowledgeNeeds(first: $n) { edges { node { id title } } }`,
    );
    const query = `query ($n: Int!) { ${fields.join(' ')} }`;
    const small = await gql(app, query, { n: 1 });
    expect(small.errors).toBeUndefined();
    const big = await gql(app, query, { n: 100 });
    expect(big.errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MAX_COMPLEXITY_EXCEEDED',
    });
    expect(big.data).toBeUndefined();
  });

  it('refuses a request body over BODY_LIMIT with 413', async () => {
    const res = await request(app.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({
        query: `{ counties { number } }`,
        variables: { padding: 'x'.repeat(2 * 1024 * 1024) },
      });
    expect(res.status).toBe(413);
  });

  it("blocks CSRF-able 'simple' requests (Apollo's CSRF prevention)", async () => {
    const res = await request(app.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ counties { number } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('stores script and SQL text verbatim, returns it unchanged and executes nothing', async () => {
    const title = `<script>alert('x')</script> Robert'); DROP TABLE knowledge_needs;--`;
    const description = `' OR 1=1; DELETE FROM users; -- <img src=x onerror=alert(1)> \${process.env} {{constructor}}`;
    const [{ count: usersBefore }] = await ds.query(`SELECT count(*)::int AS count FROM users`);
    const created = await gql<{
      createKnowledgeNeed: { id: string; title: string; description: string };
    }>(
      app,
      `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id title description } }`,
      {
        input: {
          organizationId: w.ownerOrg,
          title,
          description,
          contacts: [{ name: `<b>Mallory</b>'--`, email: 'mallory@bergen.kommune.no' }],
        },
      },
      { token: w.tokens.ownerMember },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createKnowledgeNeed).toMatchObject({ title, description });
    const read = await gql<{
      knowledgeNeed: { title: string; description: string; contacts: Array<{ name: string }> };
    }>(
      app,
      `query ($id: ID!) { knowledgeNeed(id: $id) { title description contacts { name } } }`,
      { id: created.data!.createKnowledgeNeed.id },
      { token: w.tokens.ownerMember },
    );
    expect(read.data!.knowledgeNeed).toEqual({
      title,
      description,
      contacts: [{ name: `<b>Mallory</b>'--` }],
    });
    const search = await gql(
      app,
      `query ($t: String!) { knowledgeNeeds(filter: { text: $t }) { totalCount } }`,
      {
        t: `'; DROP TABLE knowledge_needs; --`,
      },
    );
    expect(search.errors).toBeUndefined();
    const [{ count: usersAfter }] = await ds.query(`SELECT count(*)::int AS count FROM users`);
    expect(usersAfter).toBe(usersBefore);
    const [{ exists }] = await ds.query(
      `SELECT to_regclass('knowledge_needs') IS NOT NULL AS exists`,
    );
    expect(exists).toBe(true);
  });
});

describe('rate limiting (Redis)', () => {
  let app: TestApp;
  const saved = { max: process.env.RATE_LIMIT_MAX, prefix: process.env.RATE_LIMIT_PREFIX };

  beforeAll(async () => {
    process.env.RATE_LIMIT_MAX = '5';
    process.env.RATE_LIMIT_PREFIX = `${testRunRedisPrefix() ?? 'test'}:throttle-low:${Date.now()}`;
    app = await startAuthTestApp();
  });
  afterAll(async () => {
    await app.close();
    process.env.RATE_LIMIT_MAX = saved.max;
    process.env.RATE_LIMIT_PREFIX = saved.prefix;
  });

  it('answers TOO_MANY_REQUESTS with a retry time once an address exceeds RATE_LIMIT_MAX', async () => {
    const codes: Array<string | undefined> = [];
    let last;
    for (let i = 0; i < 8; i++) {
      last = await gql(app, `{ counties { number } }`, {}, { anonymous: true });
      codes.push(errorCode(last));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(3).fill('TOO_MANY_REQUESTS'));
    expect(last!.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('records a mutation refused by the limiter in the audit log (DENIED, TOO_MANY_REQUESTS)', async () => {
    const since = new Date();
    const refused = await gql(
      app,
      `mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken } }`,
      { t: 'a-token-never-issued' },
      { anonymous: true },
    );
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    const rows = await app.app
      .get(DataSource)
      .query(
        `SELECT outcome, error_code, client_address FROM audit_log
          WHERE operation = 'Mutation.refreshToken' AND occurred_at >= $1`,
        [since],
      );
    expect(rows).toEqual([
      expect.objectContaining({ outcome: 'DENIED', error_code: 'TOO_MANY_REQUESTS' }),
    ]);
    expect(rows[0].client_address).toBeTruthy();
  });
});
