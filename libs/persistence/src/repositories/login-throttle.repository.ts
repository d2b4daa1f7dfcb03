import { Db, returningRows } from './repository-support';

/** One login attempt counted against a key. */
export interface CountedAttempt {
  key: string;
  /** Failures in the current window, this attempt included. */
  failures: number;
  /** Whether the key was already locked when the attempt came (the attempt is refused). */
  wasLocked: boolean;
  /** The lock in force after counting (set in advance, as if the attempt fails), or null. */
  lockedUntil: Date | null;
}

/** Failed-login counters per account and per client address (table login_throttles). */
export class LoginThrottleRepository {
  constructor(private readonly db: Db) {}

  /**
   * Counts an attempt against the key as a failure before the password is checked, and sets the lock that
   * failure earns (`lockSeconds(failures)`, never shortening a running lock) — all under the row's lock, so
   * parallel attempts each see the ones before them (a window older than `windowSeconds` starts over).
   */
  async countAttempt(
    key: string,
    windowSeconds: number,
    lockSeconds: (failures: number) => number,
  ): Promise<CountedAttempt> {
    return this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO login_throttles (key, failures, window_started_at) VALUES ($1, 0, now())
         ON CONFLICT (key) DO NOTHING`,
        [key],
      );
      const [row]: Array<{ failures: number; in_window: boolean; locked: boolean }> =
        await em.query(
          `SELECT failures, window_started_at > now() - make_interval(secs => $2) AS in_window,
                COALESCE(locked_until > now(), false) AS locked
           FROM login_throttles WHERE key = $1 FOR UPDATE`,
          [key, windowSeconds],
        );
      const failures = (row.in_window ? Number(row.failures) : 0) + 1;
      const [updated] = await returningRows<{ locked_until: Date | null }>(
        em,
        `UPDATE login_throttles
            SET failures = $2,
                window_started_at = CASE WHEN $3::boolean THEN window_started_at ELSE now() END,
                locked_until = CASE WHEN $4::float8 > 0 THEN GREATEST(
                                 COALESCE(locked_until, now()),
                                 date_trunc('milliseconds', now() + make_interval(secs => $4::float8)))
                               ELSE locked_until END
          WHERE key = $1
          RETURNING CASE WHEN locked_until > now() THEN locked_until END AS locked_until`,
        [key, failures, row.in_window, lockSeconds(failures)],
      );
      return { key, failures, wasLocked: row.locked, lockedUntil: updated.locked_until };
    });
  }

  /**
   * Takes back an attempt counted by `countAttempt` that turned out not to be a failure: one failure less, and
   * the lock it set in advance lifted (unless a later attempt has changed it since).
   */
  async uncount(attempt: CountedAttempt): Promise<void> {
    await this.db.query(
      `UPDATE login_throttles
          SET failures = GREATEST(failures - 1, 0),
              locked_until = CASE WHEN $3::boolean AND locked_until = $2::timestamptz THEN NULL ELSE locked_until END
        WHERE key = $1`,
      [attempt.key, attempt.lockedUntil, !attempt.wasLocked && attempt.lockedUntil !== null],
    );
  }

  /** Forgets the key's failures. */
  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttles WHERE key = $1`, [key]);
  }
}
