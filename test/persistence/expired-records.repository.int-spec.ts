import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExpiredRecordsRepository } from '@brobygger/persistence/repositories/expired-records.repository';
import { openTestDataSource } from '../setup/test-data-source';

describe(ExpiredRecordsRepository.name, () => {
  let ds: DataSource;
  let repo: ExpiredRecordsRepository;
  const policy = { loginWindowSeconds: 900, invitationRetentionDays: 30 };

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new ExpiredRecordsRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  async function user(): Promise<string> {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name) VALUES ($1, 'Housekeeping test') RETURNING id`,
      [`purge-${randomUUID()}@brobygger.test`],
    );
    return id;
  }

  /** A refresh token expiring `expiresIn` (a PostgreSQL interval, negative = in the past) from now. */
  async function token(userId: string, familyId: string, expiresIn: string): Promise<string> {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO refresh_tokens (user_id, token_hash, family_id, expires_at)
       VALUES ($1, $2, $3, now() + $4::interval) RETURNING id`,
      [userId, randomUUID(), familyId, expiresIn],
    );
    return id;
  }

  async function invitation(expiresIn: string, accepted: boolean): Promise<string> {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO invitations (token_hash, email, role, expires_at, accepted_at)
       VALUES ($1, $2, 'ADMIN', now() + $3::interval, CASE WHEN $4 THEN now() - interval '50 days' END)
       RETURNING id`,
      [randomUUID(), `invitee-${randomUUID()}@brobygger.test`, expiresIn, accepted],
    );
    return id;
  }

  async function throttle(windowStartedAgo: string, lockedUntilIn: string | null): Promise<string> {
    const key = `account:${randomUUID()}`;
    await ds.query(
      `INSERT INTO login_throttles (key, failures, window_started_at, locked_until)
       VALUES ($1, 7, now() - $2::interval, now() + $3::interval)`,
      [key, windowStartedAgo, lockedUntilIn],
    );
    return key;
  }

  const existing = async (table: string, column: string, values: string[]): Promise<string[]> =>
    (
      await ds.query<Array<{ v: string }>>(
        `SELECT ${column}::text AS v FROM ${table} WHERE ${column}::text = ANY($1)`,
        [values],
      )
    )
      .map((r) => r.v)
      .sort();

  it('deletes sessions whose tokens have all expired and keeps every token of a live session', async () => {
    const u = await user();
    const [dead, live] = [randomUUID(), randomUUID()];
    const deadTokens = [await token(u, dead, '-20 days'), await token(u, dead, '-1 second')];
    // a rotated ancestor that has expired stays while its family lives: presenting it is still detected as reuse
    const liveTokens = [await token(u, live, '-3 days'), await token(u, live, '10 days')];
    const counts = await repo.purge(policy);
    expect(counts.refreshTokens).toBeGreaterThanOrEqual(2);
    expect(await existing('refresh_tokens', 'id', [...deadTokens, ...liveTokens])).toEqual(
      [...liveTokens].sort(),
    );
  });

  it('deletes unaccepted invitations only after the retention period and keeps accepted ones', async () => {
    const old = await invitation('-40 days', false);
    const recent = await invitation('-10 days', false);
    const acceptedOld = await invitation('-40 days', true);
    const valid = await invitation('5 days', false);
    const counts = await repo.purge(policy);
    expect(counts.invitations).toBeGreaterThanOrEqual(1);
    expect(await existing('invitations', 'id', [old, recent, acceptedOld, valid])).toEqual(
      [recent, acceptedOld, valid].sort(),
    );
  });

  it('deletes login counters whose window is over and whose lock has run out', async () => {
    const stale = await throttle('2 hours', null);
    const lockOver = await throttle('2 hours', '-1 hour');
    const stillLocked = await throttle('2 hours', '10 minutes');
    const counting = await throttle('1 minute', null);
    const counts = await repo.purge(policy);
    expect(counts.loginThrottles).toBeGreaterThanOrEqual(2);
    expect(
      await existing('login_throttles', 'key', [stale, lockOver, stillLocked, counting]),
    ).toEqual([stillLocked, counting].sort());
  });

  it('rolls back every delete when one fails', async () => {
    const u = await user();
    const family = randomUUID();
    const tokenId = await token(u, family, '-1 day');
    const stale = await throttle('2 hours', null);
    // a policy PostgreSQL refuses (interval out of range) fails the third statement of the transaction
    await expect(
      repo.purge({ ...policy, loginWindowSeconds: Number.MAX_SAFE_INTEGER }),
    ).rejects.toThrow();
    expect(await existing('refresh_tokens', 'id', [tokenId])).toEqual([tokenId]);
    expect(await existing('login_throttles', 'key', [stale])).toEqual([stale]);
  });
});
