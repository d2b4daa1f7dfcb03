/** `npm run migration:run`: creates the database if missing and runs pending migrations. */
import { loadConfig } from '@brobygger/config';
import { createDatabaseIfMissing } from '../database-admin';
import { createDataSource } from '../data-source';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  await createDatabaseIfMissing(DATABASE_URL);
  const dataSource = createDataSource(DATABASE_URL);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    console.log(ran.length ? `ran ${ran.map((m) => m.name).join(', ')}` : 'no pending migrations');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
