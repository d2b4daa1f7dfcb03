import request from 'supertest';
import { OwnRedis } from '../support/own-redis';
import { errorCode, gql, TestApp } from '../support/graphql';
import { startAuthTestApp } from './auth-test-app';

/**
 * Issue 14.4, against this spec's own redis-server (the shared one is never stopped): /health is never rate
 * limited, and with Redis gone the limiter fails open — reads and sign-in keep working, /health reports 503.
 */
describe('rate limiting and a Redis outage', () => {
  let redis: OwnRedis;
  let app: TestApp;
  const saved = {
    max: process.env.RATE_LIMIT_MAX,
    prefix: process.env.RATE_LIMIT_PREFIX,
    url: process.env.REDIS_URL,
  };

  beforeAll(async () => {
    redis = await OwnRedis.start();
    process.env.REDIS_URL = redis.url;
    process.env.RATE_LIMIT_MAX = '3';
    process.env.RATE_LIMIT_PREFIX = `test-outage-${Date.now()}`;
    app = await startAuthTestApp();
  });
  afterAll(async () => {
    // Bring Redis back so that the app's queue and pub/sub connections close cleanly.
    await redis.start();
    await app.close();
    await redis.stop();
    process.env.RATE_LIMIT_MAX = saved.max;
    process.env.RATE_LIMIT_PREFIX = saved.prefix;
    process.env.REDIS_URL = saved.url;
  });

  const health = () => request(app.app.getHttpServer()).get('/health');

  it('never limits /health, even for an address over the limit', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      codes.push(errorCode(await gql(app, `{ counties { number } }`, {}, { anonymous: true })));
    }
    expect(codes.slice(3)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    for (let i = 0; i < 6; i++) expect((await health()).status).toBe(200);
  });

  it('keeps reads and sign-in working while Redis is down; /health says 503', async () => {
    await redis.stop();
    const start = Date.now();
    const login = await gql<{ login: { accessToken: string } }>(
      app,
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      {
        input: {
          email: process.env.BOOTSTRAP_ADMIN_EMAIL,
          password: process.env.BOOTSTRAP_ADMIN_PASSWORD,
        },
      },
      { anonymous: true },
    );
    expect(login.errors).toBeUndefined();
    const token = login.data!.login.accessToken;
    for (let i = 0; i < 5; i++) {
      const me = await gql(app, `{ me { email } counties { number } }`, {}, { token });
      expect(me.errors).toBeUndefined();
    }
    expect(Date.now() - start).toBeLessThan(15_000);
    const down = await health();
    expect(down.status).toBe(503);
    expect(JSON.stringify(down.body)).toContain('redis');
  });
});
