import { EntityManager } from 'typeorm';
import { Db } from './repository-support';

/** What housekeeping may delete: records that can no longer have any effect. */
export interface PurgePolicy {
  /** Failed-login counting window (LOGIN_LOCKOUT_SECONDS): older windows count as zero failures. */
  loginWindowSeconds: number;
  /** Unaccepted invitations are kept this many days after they expired (so an admin can still see them). */
  invitationRetentionDays: number;
}

export interface PurgeCounts {
  refreshTokens: number;
  invitations: number;
  loginThrottles: number;
}

/**
 * Housekeeping of the identity tables. Each delete removes only rows whose absence means the same as their
 * presence: a session (refresh-token family) once every token of it has expired — so refresh-token reuse is still
 * detected while any token of the family is valid; an unaccepted invitation long after it expired; a login
 * counter whose window is over and whose lock has run out (find() already reads it as zero failures).
 */
export class ExpiredRecordsRepository {
  constructor(private readonly db: Db) {}

  /** Deletes what has expired, in one transaction; returns how many rows of each kind went. */
  purge(policy: PurgePolicy): Promise<PurgeCounts> {
    return this.db.transaction(async (em) => ({
      refreshTokens: await deleted(
        em,
        `DELETE FROM refresh_tokens t
          WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens a WHERE a.family_id = t.family_id AND a.expires_at > now())`,
      ),
      invitations: await deleted(
        em,
        `DELETE FROM invitations
          WHERE accepted_at IS NULL AND expires_at < now() - make_interval(days => $1)`,
        [policy.invitationRetentionDays],
      ),
      loginThrottles: await deleted(
        em,
        `DELETE FROM login_throttles
          WHERE window_started_at <= now() - make_interval(secs => $1)
            AND (locked_until IS NULL OR locked_until <= now())`,
        [policy.loginWindowSeconds],
      ),
    }));
  }
}

/** Runs a DELETE and returns the number of rows it removed. */
async function deleted(em: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await em.query<Array<{ n: number }>>(
    `WITH d AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM d`,
    params,
  );
  return n;
}
