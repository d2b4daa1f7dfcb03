import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import { AuthService } from '../../apps/api/src/auth/auth.service';
import { PRINCIPAL_CACHE_TTL_MS } from '../../apps/api/src/auth/principal-cache';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';

const ME = `{ me { id email } }`;
const LOGOUT = `mutation { logout }`;
const PASSWORD = 'principal-cache-password-1';

/** Polls `check` every 20 ms until it holds; fails after `withinMs`. Returns the time it took. */
async function until(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

/**
 * Two API processes (two apps on the same PostgreSQL and Redis) reuse verified principals for a few seconds; a
 * disabled user or an ended session is refused by both at once, not after the cache's lifetime.
 */
describe('principal cache invalidation (two API processes)', () => {
  let first: TestApp;
  let second: TestApp;
  let users: UserRepository;
  let passwordHash: string;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    users = new UserRepository(first.app.get(DataSource));
    passwordHash = await first.app.get(PasswordHasher).hash(PASSWORD);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  async function signedInUser(): Promise<{ id: string; token: string }> {
    const email = `cache-${randomUUID().slice(0, 8)}@cache.test`;
    const user = await users.create({ email, name: 'Cache user', passwordHash }, [
      { role: 'ADMIN' },
    ]);
    const res = await gql<{ login: { accessToken: string } }>(
      first,
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email, password: PASSWORD } },
      { anonymous: true },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { id: user.id, token: res.data.login.accessToken };
  }

  async function accepted(app: TestApp, token: string): Promise<boolean> {
    const res = await gql<{ me: { id: string } }>(app, ME, {}, { token });
    if (res.data?.me) return true;
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    return false;
  }

  it('refuses a disabled user on its next request to the same process', async () => {
    const user = await signedInUser();
    expect(await accepted(first, user.token)).toBe(true);
    expect(await accepted(first, user.token)).toBe(true);
    await first.app.get(AuthService).setUserDisabled(user.id, true);
    expect(await accepted(first, user.token)).toBe(false);
  });

  it('refuses a user disabled on another process well before the cache would expire', async () => {
    const user = await signedInUser();
    expect(await accepted(first, user.token)).toBe(true);
    expect(await accepted(second, user.token)).toBe(true);
    await second.app.get(AuthService).setUserDisabled(user.id, true);
    expect(await accepted(second, user.token)).toBe(false);
    const took = await until(
      async () => !(await accepted(first, user.token)),
      PRINCIPAL_CACHE_TTL_MS,
    );
    expect(took).toBeLessThan(PRINCIPAL_CACHE_TTL_MS / 2);
  });

  it('re-enabling a user lets its session work again', async () => {
    const user = await signedInUser();
    const auth = first.app.get(AuthService);
    await auth.setUserDisabled(user.id, true);
    expect(await accepted(first, user.token)).toBe(false);
    await auth.setUserDisabled(user.id, false);
    expect(await accepted(first, user.token)).toBe(true);
  });

  it('refuses a logged-out session on the other process well before the cache would expire', async () => {
    const user = await signedInUser();
    expect(await accepted(first, user.token)).toBe(true);
    expect(await accepted(second, user.token)).toBe(true);
    const out = await gql<{ logout: boolean }>(first, LOGOUT, {}, { token: user.token });
    expect(out.data?.logout).toBe(true);
    expect(await accepted(first, user.token)).toBe(false);
    const took = await until(
      async () => !(await accepted(second, user.token)),
      PRINCIPAL_CACHE_TTL_MS,
    );
    expect(took).toBeLessThan(PRINCIPAL_CACHE_TTL_MS / 2);
  });
});
