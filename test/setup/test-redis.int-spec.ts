import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@brobygger/config';
import { TEST_RUN_ENV } from './test-database';
import { deleteRedisKeysWithPrefix, keyPatternsFor, testRunRedisPrefix } from './test-redis';

describe('test-run Redis cleanup (global teardown)', () => {
  const redisUrl = loadConfig(process.env).REDIS_URL;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('gives the specs the prefix chosen by global setup, which BullMQ uses too', () => {
    const prefix = testRunRedisPrefix();
    expect(prefix).toMatch(/^test-\d+-\d+$/);
    expect(process.env[TEST_RUN_ENV.redisPrefix]).toBe(prefix);
    expect(process.env.BULL_PREFIX).toBe(prefix);
  });

  it("deletes the prefix's BullMQ and throttler keys with SCAN + UNLINK and nothing else", async () => {
    const prefix = `test-cleanup-${randomUUID()}`;
    const mine = [
      `${prefix}:matching:meta`,
      `${prefix}:matching:42`,
      `{${prefix}:throttle:abc:default:127.0.0.1:default}:hits`,
      `{${prefix}:throttle:abc:default:127.0.0.1:default}:blocked`,
    ];
    // A longer prefix that starts the same, and an unrelated key: both must survive.
    const others = [`${prefix}0:matching:meta`, `{${prefix}0:throttle}:hits`, `keep-${prefix}:x`];
    for (const key of [...mine, ...others]) await redis.set(key, '1', 'EX', 300);
    // More keys than one SCAN batch.
    const many = Array.from({ length: 2500 }, (_, i) => `${prefix}:matching:job-${i}`);
    const pipeline = redis.pipeline();
    for (const key of many) pipeline.set(key, '1', 'EX', 300);
    await pipeline.exec();

    try {
      const deleted = await deleteRedisKeysWithPrefix(redisUrl, prefix);
      expect(deleted).toBe(mine.length + many.length);
      expect(await redis.exists(...mine, ...many.slice(0, 100))).toBe(0);
      expect(await redis.exists(...others)).toBe(others.length);
    } finally {
      await redis.unlink(...others, ...mine);
    }
  });

  it('refuses prefixes that are not test prefixes', async () => {
    await expect(deleteRedisKeysWithPrefix(redisUrl, 'brobygger')).rejects.toThrow(
      /not a test prefix/,
    );
    expect(keyPatternsFor('test-a*b')).toEqual(['test-a\\*b:*', '{test-a\\*b:*']);
  });
});
