import './register-aliases';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '@brobygger/config';
import { createMigratedDatabase, TEST_RUN_ENV, withDatabaseName } from './test-database';

/**
 * Runs once per jest run: creates `brobygger_test_<timestamp>_<pid>` on the server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432), runs the migrations once, loads the reference data, and hands the URL to
 * the specs through process.env.DATABASE_URL. Redis gets a per-run key prefix `test-<timestamp>-<pid>` (BULL_PREFIX,
 * and the base of the specs' RATE_LIMIT_PREFIX), kept in TEST_RUN_ENV.redisPrefix for the teardown. Global setup
 * and teardown run in the same jest process, so what is put into process.env here is what the teardown reads.
 */
export default async function globalSetup(): Promise<void> {
  const base = loadConfig(process.env);
  const stamp = Date.now();
  const databaseUrl = withDatabaseName(base.DATABASE_URL, `brobygger_test_${stamp}_${process.pid}`);

  await createMigratedDatabase(databaseUrl);

  process.env.NODE_ENV = 'test';
  process.env.DATABASE_URL = databaseUrl;
  process.env[TEST_RUN_ENV.databaseUrl] = databaseUrl;
  const redisPrefix = `test-${stamp}-${process.pid}`;
  process.env[TEST_RUN_ENV.redisPrefix] = redisPrefix;
  process.env.BULL_PREFIX = redisPrefix;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  // Apps without SMTP_URL write their e-mails as .eml files: into the temporary directory, not the repository.
  process.env.MAIL_DIR = join(tmpdir(), `brobygger-test-mail-${stamp}-${process.pid}`);
}
