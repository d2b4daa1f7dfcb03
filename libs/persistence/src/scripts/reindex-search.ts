/**
 * `npm run db:reindex-search [-- --all]`: rebuilds the full-text search vectors of needs and profiles that were
 * indexed by another version of the engine's normaliser (or never), or of every row with --all. `npm run
 * migration:run` does the same for stale rows after migrating, so this is only needed by hand after bulk SQL
 * inserts or to force a rebuild.
 */
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '../data-source';
import { reindexSearch } from '../repositories/search-index';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  const dataSource = createDataSource(DATABASE_URL);
  await dataSource.initialize();
  try {
    const started = Date.now();
    const counts = await reindexSearch(dataSource, { all: process.argv.includes('--all') });
    console.log(
      `search index: ${counts.needs} needs and ${counts.profiles} profiles re-indexed in ${Date.now() - started} ms`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
