import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import {
  CountedAttempt,
  LoginThrottleRepository,
} from '@brobygger/persistence/repositories/login-throttle.repository';
import { tooManyRequests } from '../authorization/auth-errors';

/** Addresses are shared (offices, NAT): they get this many times the per-account limits. */
export const ADDRESS_LIMIT_FACTOR = 5;

/**
 * Brute-force protection for logins, per account and per client address. After LOGIN_SLOWDOWN_AFTER failures
 * within LOGIN_LOCKOUT_SECONDS, each further failure locks the key for a growing time (1 s, 2 s, 4 s, …: the
 * attacker is slowed down without the server holding connections open); from LOGIN_LOCKOUT_AFTER failures on the
 * key is locked for LOGIN_LOCKOUT_SECONDS. While locked, logins are refused with TOO_MANY_REQUESTS and the retry
 * time — even with the right password —, the password is not checked, and the attempt counts as a failure of the
 * locked key (not of the others: one attacked account does not lock its users' shared address).
 *
 * Each attempt is counted as a failure, with the lock that failure earns, before the password is checked (one
 * row-locked step per key), and taken back when the password is right: parallel attempts cannot all pass the
 * check before any failure is counted, so at most LOGIN_SLOWDOWN_AFTER passwords are checked however many arrive
 * at once.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly repository: LoginThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  keys(email: string, address: string | undefined): string[] {
    const keys = [`account:${email.trim().toLowerCase()}`];
    if (address) keys.push(`address:${address}`);
    return keys;
  }

  /**
   * Counts a login attempt (as a failure until `succeeded` says otherwise). Throws TOO_MANY_REQUESTS while any of
   * the keys is locked; the attempt then counts only for the locked keys and the password must not be checked.
   */
  async begin(keys: string[]): Promise<LoginAttempt> {
    const counted: CountedAttempt[] = [];
    for (const key of keys) {
      const limits = this.limitsFor(key);
      const attempt = await this.repository.countAttempt(
        key,
        this.config.LOGIN_LOCKOUT_SECONDS,
        (failures) => lockSecondsFor(failures, limits),
      );
      if (attempt.wasLocked) {
        // Refused: the keys counted before this one take the attempt back; the ones after are not touched
        // (the account key comes first, so an attacked account never adds to its address's count).
        for (const earlier of counted) await this.repository.uncount(earlier);
        throw lockedError(attempt.lockedUntil);
      }
      counted.push(attempt);
    }
    return { counted };
  }

  /** The password was right: the account forgets its failures, the address takes this attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    for (const counted of attempt.counted) {
      if (counted.key.startsWith('account:')) await this.repository.clear(counted.key);
      else await this.repository.uncount(counted);
    }
  }

  private limitsFor(key: string) {
    const factor = key.startsWith('address:') ? ADDRESS_LIMIT_FACTOR : 1;
    return {
      slowdownAfter: this.config.LOGIN_SLOWDOWN_AFTER * factor,
      lockoutAfter: this.config.LOGIN_LOCKOUT_AFTER * factor,
      lockoutSeconds: this.config.LOGIN_LOCKOUT_SECONDS,
    };
  }
}

function lockedError(lockedUntil: Date | null) {
  const seconds = Math.max(0, (lockedUntil?.getTime() ?? Date.now()) - Date.now()) / 1000;
  return tooManyRequests(
    seconds,
    `Too many failed logins; try again in ${Math.max(1, Math.ceil(seconds))} s`,
  );
}

/** An attempt counted by `LoginThrottleService.begin` (a failure unless passed to `succeeded`). */
export interface LoginAttempt {
  counted: CountedAttempt[];
}

/** Seconds a key is locked after its `failures`-th failure (0 = not locked). Exported for unit tests. */
export function lockSecondsFor(
  failures: number,
  limits: { slowdownAfter: number; lockoutAfter: number; lockoutSeconds: number },
): number {
  if (failures >= limits.lockoutAfter) return limits.lockoutSeconds;
  if (failures >= limits.slowdownAfter) {
    return Math.min(limits.lockoutSeconds, 2 ** (failures - limits.slowdownAfter));
  }
  return 0;
}
