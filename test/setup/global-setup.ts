import './register-aliases';
import 'reflect-metadata';
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '@brobygger/persistence/data-source';
import { createDatabaseIfMissing } from '@brobygger/persistence/database-admin';
import { seedReferenceData } from '@brobygger/persistence/seed/reference-data.seed';
import { TEST_RUN_ENV, withDatabaseName } from './test-database';

/**
 * Runs once per jest run: creates `brobygger_test_<timestamp>_<pid>` on the server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432), runs the migrations once, loads the reference data, and hands the URL to
 * the specs through process.env.DATABASE_URL. BullMQ gets a per-run prefix (BULL_PREFIX=test-<timestamp>).
 */
export default async function globalSetup(): Promise<void> {
  const base = loadConfig(process.env);
  const stamp = Date.now();
  const databaseUrl = withDatabaseName(base.DATABASE_URL, `brobygger_test_${stamp}_${process.pid}`);

  await createDatabaseIfMissing(databaseUrl);
  const dataSource = createDataSource(databaseUrl, { extra: { max: 2 } });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    await seedReferenceData(dataSource);
  } finally {
    await dataSource.destroy();
  }

  process.env.NODE_ENV = 'test';
  process.env.DATABASE_URL = databaseUrl;
  process.env[TEST_RUN_ENV.databaseUrl] = databaseUrl;
  process.env.BULL_PREFIX = `test-${stamp}`;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
}
