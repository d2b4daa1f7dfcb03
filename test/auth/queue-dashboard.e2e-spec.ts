import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { DataSource } from 'typeorm';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import { createResearchGroup } from '../factories';
import { adminToken, startTestApp, TestApp } from '../support/graphql';
import { createUser, login, USER_PASSWORD } from './auth-world';

const DASHBOARD = '/admin/queues';
/** Bull Board's own JSON API under the dashboard path (the page polls it). */
const DASHBOARD_API = '/admin/queues/api/queues';
const CHALLENGE = 'Basic realm="Brobygger queues"';

function basic(email: string, password: string): string {
  return `Basic ${Buffer.from(`${email}:${password}`, 'utf8').toString('base64')}`;
}

describe('queue dashboard (Bull Board) access control', () => {
  let api: TestApp;
  let users: UserRepository;
  let hasher: PasswordHasher;
  let ds: DataSource;
  let passwordHash: string;
  let researcherEmail: string;

  const get = (path: string, authorization?: string) => {
    const call = request(api.app.getHttpServer()).get(path);
    return authorization ? call.set('Authorization', authorization) : call;
  };

  /** A fresh admin (its own login-throttle counters, its own cache entry). */
  const newAdmin = () => createUser(ds, users, passwordHash, 'ADMIN');

  beforeAll(async () => {
    api = await startTestApp();
    users = api.app.get(UserRepository, { strict: false });
    hasher = api.app.get(PasswordHasher, { strict: false });
    ds = api.app.get(DataSource);
    passwordHash = await hasher.hash(USER_PASSWORD);
    const group = await createResearchGroup(ds);
    researcherEmail = await createUser(ds, users, passwordHash, 'RESEARCHER', {
      organizationId: group.id,
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses anonymous requests with 401 and a Basic challenge (page and its API)', async () => {
    for (const path of [DASHBOARD, DASHBOARD_API]) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(CHALLENGE);
      expect(response.text).not.toMatch(/<html/i);
    }
  });

  it('refuses a wrong password with 401', async () => {
    const email = await newAdmin();
    const response = await get(DASHBOARD, basic(email, 'not-the-password-1'));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(CHALLENGE);
  });

  it('refuses an unknown e-mail, a malformed Basic value and an invalid token with 401', async () => {
    for (const authorization of [
      basic('nobody@queue-dashboard.test', USER_PASSWORD),
      'Basic not-base64-without-colon',
      'Bearer not.a.token',
      'Digest username="x"',
    ]) {
      const response = await get(DASHBOARD, authorization);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(CHALLENGE);
    }
  });

  it('refuses a signed-in user who is not an admin with 403 (Basic and Bearer)', async () => {
    const byPassword = await get(DASHBOARD, basic(researcherEmail, USER_PASSWORD));
    expect(byPassword.status).toBe(403);
    expect(byPassword.headers['www-authenticate']).toBeUndefined();
    const token = await login(api, researcherEmail);
    const byToken = await get(DASHBOARD_API, `Bearer ${token}`);
    expect(byToken.status).toBe(403);
  });

  it('serves the dashboard and its API to an admin with HTTP Basic', async () => {
    const email = await newAdmin();
    const page = await get(DASHBOARD, basic(email, USER_PASSWORD));
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const queues = await get(DASHBOARD_API, basic(email, USER_PASSWORD));
    expect(queues.status).toBe(200);
    expect(JSON.stringify(queues.body)).toContain('matching');
  });

  it('serves the dashboard to an admin with a Bearer access token', async () => {
    const response = await get(DASHBOARD, `Bearer ${await adminToken(api)}`);
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/<html/i);
  });

  it("refuses the board's changing actions when another site makes the browser send them", async () => {
    const email = await newAdmin();
    // Promoting a job that does not exist: harmless, and Bull Board answers 404 once the request reaches it.
    const promote = () =>
      request(api.app.getHttpServer())
        .put('/admin/queues/api/queues/matching/no-such-job/promote')
        .set('Authorization', basic(email, USER_PASSWORD));
    expect((await promote().set('Origin', 'https://evil.example')).status).toBe(403);
    expect((await promote().set('Sec-Fetch-Site', 'cross-site')).status).toBe(403);
    expect((await promote().set('Sec-Fetch-Site', 'same-origin')).status).toBe(404);
    const host = new URL(api.url).host;
    expect((await promote().set('Origin', `http://${host}`).set('Host', host)).status).toBe(404);
    expect((await promote()).status).toBe(404);
  });

  it('checks the password once per minute, not on every request of the page', async () => {
    const email = await newAdmin();
    const verify = jest.spyOn(hasher, 'verify');
    try {
      for (let i = 0; i < 5; i++) {
        expect((await get(DASHBOARD_API, basic(email, USER_PASSWORD))).status).toBe(200);
      }
      expect(verify).toHaveBeenCalledTimes(1);
      // A wrong password is never served from the cache of the right one.
      expect((await get(DASHBOARD_API, basic(email, 'wrong-password-12'))).status).toBe(401);
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
    }
  });

  it('applies the login throttle: after repeated wrong passwords even the right one is refused with 429', async () => {
    const email = await newAdmin();
    const slowdownAfter = api.app.get<AppConfig>(APP_CONFIG).LOGIN_SLOWDOWN_AFTER;
    const failures: number[] = [];
    for (let i = 0; i < slowdownAfter; i++) {
      failures.push((await get(DASHBOARD, basic(email, `wrong-password-${i}`))).status);
    }
    expect(failures).toEqual(Array(slowdownAfter).fill(401));
    const locked = await get(DASHBOARD, basic(email, USER_PASSWORD));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
