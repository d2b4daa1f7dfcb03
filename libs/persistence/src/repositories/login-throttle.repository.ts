import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface LoginThrottleState {
  key: string;
  /** Failures in the current window. */
  failures: number;
  /** Set while logins for the key are refused. */
  lockedUntil: Date | null;
}

/** Failed-login counters per account and per client address (table login_throttles). */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Current states of the keys (a window older than `windowSeconds` counts as zero failures). */
  async find(keys: string[], windowSeconds: number): Promise<LoginThrottleState[]> {
    if (keys.length === 0) return [];
    const rows: Array<{ key: string; failures: number; locked_until: Date | null }> =
      await this.dataSource.query(
        `SELECT key,
              CASE WHEN window_started_at > now() - make_interval(secs => $2) THEN failures ELSE 0 END AS failures,
              CASE WHEN locked_until > now() THEN locked_until END AS locked_until
         FROM login_throttles WHERE key = ANY($1)`,
        [keys, windowSeconds],
      );
    return rows.map((row) => ({
      key: row.key,
      failures: Number(row.failures),
      lockedUntil: row.locked_until,
    }));
  }

  /** Counts one failure per key atomically (a new window starts when the old one is over); returns the states. */
  async recordFailure(keys: string[], windowSeconds: number): Promise<LoginThrottleState[]> {
    const states: LoginThrottleState[] = [];
    for (const key of keys) {
      const [row]: Array<{ key: string; failures: number; locked_until: Date | null }> =
        await this.dataSource.query(
          `INSERT INTO login_throttles AS t (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at > now() - make_interval(secs => $2) THEN t.failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN t.window_started_at > now() - make_interval(secs => $2)
                                    THEN t.window_started_at ELSE now() END
         RETURNING key, failures, CASE WHEN locked_until > now() THEN locked_until END AS locked_until`,
          [key, windowSeconds],
        );
      states.push({ key: row.key, failures: Number(row.failures), lockedUntil: row.locked_until });
    }
    return states;
  }

  /** Refuses logins for the key for `seconds` from now (never shortens a running lock). */
  async lock(key: string, seconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE login_throttles
          SET locked_until = GREATEST(COALESCE(locked_until, now()), now() + make_interval(secs => $2))
        WHERE key = $1`,
      [key, seconds],
    );
  }

  /** Forgets the key's failures. */
  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttles WHERE key = $1`, [key]);
  }
}
