import { createDataSource } from '@brobygger/persistence/data-source';
import { createDatabaseIfMissing } from '@brobygger/persistence/database-admin';
import { seedReferenceData } from '@brobygger/persistence/seed/reference-data.seed';

/** Names shared by the global setup and teardown of one test run. */
export const TEST_RUN_ENV = {
  /** URL of the fresh per-run database (also exported as DATABASE_URL). */
  databaseUrl: 'BROBYGGER_TEST_DATABASE_URL',
  /** Redis key prefix of the run (also exported as BULL_PREFIX); teardown deletes `<prefix>:*`. */
  redisPrefix: 'BROBYGGER_TEST_REDIS_PREFIX',
} as const;

/** The URL of a database named `name` on the same server as `baseUrl`. */
export function withDatabaseName(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database at `url` if missing, runs the migrations and loads the reference data. */
export async function createMigratedDatabase(url: string): Promise<void> {
  await createDatabaseIfMissing(url);
  const dataSource = createDataSource(url, { extra: { max: 2 } });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    await seedReferenceData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
