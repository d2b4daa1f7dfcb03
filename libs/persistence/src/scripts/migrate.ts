/**
 * `npm run migration:run`: creates the database if missing, runs pending migrations, then rebuilds the search
 * vectors of rows indexed by another version of the engine's normaliser (see repositories/search-index.ts).
 */
import { loadConfig } from '@brobygger/config';
import { createDatabaseIfMissing } from '../database-admin';
import { createDataSource } from '../data-source';
import { reindexSearch } from '../repositories/search-index';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  await createDatabaseIfMissing(DATABASE_URL);
  const dataSource = createDataSource(DATABASE_URL);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    console.log(ran.length ? `ran ${ran.map((m) => m.name).join(', ')}` : 'no pending migrations');
    const reindexed = await reindexSearch(dataSource);
    if (reindexed.needs + reindexed.profiles > 0) {
      console.log(
        `search index: ${reindexed.needs} needs and ${reindexed.profiles} profiles re-indexed`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
