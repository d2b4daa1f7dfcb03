import './register-aliases';
import { rm } from 'node:fs/promises';
import { loadConfig } from '@brobygger/config';
import { dropDatabase } from '@brobygger/persistence/database-admin';
import { TEST_RUN_ENV } from './test-database';
import { deleteRedisKeysWithPrefix } from './test-redis';

/**
 * Drops the per-run database (terminating connections left open by a failed spec first) and deletes the run's
 * Redis keys (BullMQ queues and rate-limit counters under the run's prefix; SCAN + UNLINK, never FLUSHDB — Redis is
 * shared). KEEP_TEST_DATABASE=1 keeps both for debugging.
 */
export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env[TEST_RUN_ENV.databaseUrl];
  const redisPrefix = process.env[TEST_RUN_ENV.redisPrefix];
  if (process.env.KEEP_TEST_DATABASE === '1') {
    if (databaseUrl) console.log(`\nkeeping test database ${databaseUrl}`);
    if (redisPrefix) console.log(`keeping Redis keys ${redisPrefix}:*`);
    return;
  }
  try {
    if (databaseUrl) await dropDatabase(databaseUrl);
  } finally {
    if (redisPrefix) await deleteRunKeys(redisPrefix);
    if (process.env.MAIL_DIR) await rm(process.env.MAIL_DIR, { recursive: true, force: true });
  }
}

async function deleteRunKeys(prefix: string): Promise<void> {
  try {
    await deleteRedisKeysWithPrefix(loadConfig(process.env).REDIS_URL, prefix);
  } catch (error) {
    // Left-over keys are untidy, not wrong (every run has its own prefix): report, do not fail the run.
    console.warn(`\ncould not delete Redis keys ${prefix}:*: ${String(error)}`);
  }
}
