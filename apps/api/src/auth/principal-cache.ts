import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { redisOptionsFromUrl, RedisOutageReporter } from '@brobygger/queue';
import Redis from 'ioredis';
import type { Principal } from '../authorization/principal';

/** How long a verified principal is reused without asking the database again. */
export const PRINCIPAL_CACHE_TTL_MS = 5_000;
/** Entries kept at most (a full cache is emptied rather than searched for the oldest entry). */
const MAX_ENTRIES = 10_000;

/** What one API process tells the others: forget this session's or this user's principals. */
type Invalidation = { sessionId: string } | { userId: string };

/**
 * The principals behind (user, session) pairs, kept for a few seconds so that a burst of requests with the same
 * access token costs one session lookup. Every API process subscribes to one Redis channel: logout, a revoked
 * session, a disabled user or a new membership is published there and every process drops the entries at once.
 * While the subscription is not connected (Redis down or reconnecting) nothing is served from the cache, since an
 * invalidation could be missed; on reconnecting the cache starts empty.
 */
@Injectable()
export class PrincipalCache implements OnModuleDestroy {
  private readonly logger = new Logger(PrincipalCache.name);
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private subscribed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.channel = `${config.BULL_PREFIX}:principal-invalidations`;
    const options = { ...redisOptionsFromUrl(config.REDIS_URL), enableOfflineQueue: false };
    const outage = new RedisOutageReporter(this.logger);
    this.publisher = new Redis({ ...options, maxRetriesPerRequest: 1 });
    // The subscription is renewed on every 'ready' below (with its failure handled); ioredis's own re-subscribe
    // would send a second SUBSCRIBE whose failure, when Redis drops again at once, nobody handles.
    this.subscriber = new Redis({ ...options, maxRetriesPerRequest: null, autoResubscribe: false });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', outage.error);
      client.on('ready', outage.ready);
    }
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(this.channel).then(
        () => {
          this.entries.clear();
          this.subscribed = true;
        },
        (error: Error) =>
          this.logger.warn(`Could not subscribe to ${this.channel}: ${error.message}`),
      );
    });
    this.subscriber.on('close', () => {
      this.subscribed = false;
    });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.forget(JSON.parse(message) as Invalidation);
      } catch {
        this.entries.clear(); // an unreadable message: forget everything rather than something too little
      }
    });
  }

  get(userId: string, sessionId: string): Principal | undefined {
    if (!this.subscribed) return undefined;
    const key = keyOf(userId, sessionId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(principal: Principal & { sessionId: string }): void {
    if (!this.subscribed) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(keyOf(principal.id, principal.sessionId), {
      principal,
      expiresAt: Date.now() + PRINCIPAL_CACHE_TTL_MS,
    });
  }

  /** The session ended (logout, revoked refresh tokens): its principals go on every API process. */
  invalidateSession(sessionId: string): Promise<void> {
    return this.invalidate({ sessionId });
  }

  /** The user was disabled or its memberships changed: all its principals go on every API process. */
  invalidateUser(userId: string): Promise<void> {
    return this.invalidate({ userId });
  }

  async onModuleDestroy(): Promise<void> {
    this.subscribed = false;
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private async invalidate(invalidation: Invalidation): Promise<void> {
    this.forget(invalidation);
    try {
      await this.publisher.publish(this.channel, JSON.stringify(invalidation));
    } catch (error) {
      // The other processes' subscriptions are then down too (same Redis), so they serve nothing from cache.
      this.logger.warn(`Could not publish a principal invalidation: ${String(error)}`);
    }
  }

  private forget(invalidation: Invalidation): void {
    for (const [key, { principal }] of this.entries) {
      const matches =
        'sessionId' in invalidation
          ? principal.sessionId === invalidation.sessionId
          : principal.id === invalidation.userId;
      if (matches) this.entries.delete(key);
    }
  }
}

function keyOf(userId: string, sessionId: string): string {
  return `${userId} ${sessionId}`;
}
