import Redis from 'ioredis';
import { TEST_RUN_ENV } from './test-database';

/**
 * Redis keys of one test run. global-setup picks the run's prefix (`test-<timestamp>-<pid>`, exported as
 * BULL_PREFIX and as TEST_RUN_ENV.redisPrefix); specs put their rate-limit counters under it too
 * (`<prefix>:throttle:<uuid>`), so global-teardown can delete everything the run left behind — and nothing else:
 * Redis is shared with other runs and other work, so never FLUSHDB.
 */

/** The current run's Redis prefix (undefined outside a jest run with the global setup). */
export function testRunRedisPrefix(): string | undefined {
  return process.env[TEST_RUN_ENV.redisPrefix];
}

/** Only prefixes of this shape are ever deleted (a guard against deleting a deployment's keys by mistake). */
export const TEST_REDIS_PREFIX = /^test-[A-Za-z0-9_.-]+$/;

/**
 * Key patterns of everything stored under `prefix`: BullMQ (`<prefix>:<queue>:…`) and the throttler, which wraps
 * its key in a hash tag (`{<prefix>:throttle:…:default}:hits` / `:blocked`). The `:` after the prefix keeps
 * `test-1-2` from matching `test-1-23`.
 */
export function keyPatternsFor(prefix: string): string[] {
  const escaped = prefix.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
  return [`${escaped}:*`, `{${escaped}:*`];
}

/** Deletes the keys under `prefix` with SCAN + UNLINK (non-blocking, in batches). Returns how many were deleted. */
export async function deleteRedisKeysWithPrefix(redisUrl: string, prefix: string): Promise<number> {
  if (!TEST_REDIS_PREFIX.test(prefix)) {
    throw new Error(`refusing to delete Redis keys under "${prefix}": not a test prefix`);
  }
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  await redis.connect();
  let deleted = 0;
  try {
    for (const pattern of keyPatternsFor(prefix)) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) deleted += await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
