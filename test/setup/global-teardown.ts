import './register-aliases';
import { dropDatabase } from '@brobygger/persistence/database-admin';
import { TEST_RUN_ENV } from './test-database';

/** Drops the per-run database (terminating connections left open by a failed spec first). */
export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env[TEST_RUN_ENV.databaseUrl];
  if (!databaseUrl) return;
  if (process.env.KEEP_TEST_DATABASE === '1') {
    console.log(`\nkeeping test database ${databaseUrl}`);
    return;
  }
  await dropDatabase(databaseUrl);
}
