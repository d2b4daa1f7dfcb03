import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import {
  LoginThrottleRepository,
  LoginThrottleState,
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

  /** Throws TOO_MANY_REQUESTS while any of the keys is locked. */
  async assertAllowed(keys: string[]): Promise<void> {
    const states = await this.repository.find(keys, this.config.LOGIN_LOCKOUT_SECONDS);
    const locked = states
      .filter((s) => s.lockedUntil && s.lockedUntil.getTime() > Date.now())
      .map((s) => s.key);
    if (locked.length === 0) return;
    // An attempt while locked counts as a failure of the locked keys (so hammering reaches the full lockout at
    // once instead of being checked again after each short lock); the password is not checked.
    await this.recordFailure(locked);
    this.throwIfLocked(await this.repository.find(keys, this.config.LOGIN_LOCKOUT_SECONDS));
  }

  /** Counts a failed login; applies the growing or full lockout. */
  async recordFailure(keys: string[]): Promise<void> {
    const states = await this.repository.recordFailure(keys, this.config.LOGIN_LOCKOUT_SECONDS);
    for (const state of states) {
      const factor = state.key.startsWith('address:') ? ADDRESS_LIMIT_FACTOR : 1;
      const seconds = lockSecondsFor(state.failures, {
        slowdownAfter: this.config.LOGIN_SLOWDOWN_AFTER * factor,
        lockoutAfter: this.config.LOGIN_LOCKOUT_AFTER * factor,
        lockoutSeconds: this.config.LOGIN_LOCKOUT_SECONDS,
      });
      if (seconds > 0) await this.repository.lock(state.key, seconds);
    }
  }

  /** A successful login forgets the account's failures (the address keeps its count). */
  async recordSuccess(email: string): Promise<void> {
    await this.repository.clear(`account:${email.trim().toLowerCase()}`);
  }

  private throwIfLocked(states: LoginThrottleState[]): void {
    const now = Date.now();
    const until = Math.max(0, ...states.map((s) => s.lockedUntil?.getTime() ?? 0));
    if (until > now) {
      throw tooManyRequests(
        (until - now) / 1000,
        `Too many failed logins; try again in ${Math.ceil((until - now) / 1000)} s`,
      );
    }
  }
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
