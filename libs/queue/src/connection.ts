import type { RedisOptions } from 'bullmq';

/** Default key prefix of BullMQ (per-run prefixes keep tests and benchmarks apart). */
export const DEFAULT_BULL_PREFIX = 'brobygger';

/**
 * ioredis options parsed from a redis:// or rediss:// URL. `maxRetriesPerRequest: null` is what BullMQ workers
 * require for their blocking connections.
 */
export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw new Error(`REDIS_URL: not a valid URL (${redisUrl})`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL: expected redis:// or rediss://, got ${url.protocol}//`);
  }
  const db = url.pathname && url.pathname !== '/' ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0)
    throw new Error(`REDIS_URL: database number must be an integer (${url.pathname})`);
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    db,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export interface QueueConnectionConfig {
  redisUrl: string;
  /** BullMQ key prefix (BULL_PREFIX); also prefixes pub/sub channels. */
  prefix: string;
}

/** Options shared by Queue and Worker instances: `{ connection, prefix }`. */
export function bullConnectionOptions(config: QueueConnectionConfig): {
  connection: RedisOptions;
  prefix: string;
} {
  return {
    connection: redisOptionsFromUrl(config.redisUrl),
    prefix: config.prefix || DEFAULT_BULL_PREFIX,
  };
}

/**
 * Reports that Redis is unreachable once per outage, and when it answers again — instead of an error line at
 * every reconnection attempt, or ioredis's "[ioredis] Unhandled error event" on connections without an error
 * listener. Give every connection of a process (ioredis clients, BullMQ queues and workers) its `error` listener
 * and the ioredis clients its `ready` listener.
 */
export class RedisOutageReporter {
  private down = false;

  constructor(private readonly logger: { warn(message: string): void; log(message: string): void }) {}

  readonly error = (error: Error): void => {
    if (!this.down) this.logger.warn(`Redis unreachable: ${error.message} (retrying)`);
    this.down = true;
  };

  readonly ready = (): void => {
    if (this.down) this.logger.log('Redis reachable again');
    this.down = false;
  };
}
