/** `npm run db:seed`: loads the reference data (idempotent; run after migrations). */
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '../data-source';
import { seedReferenceData } from '../seed/reference-data.seed';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  const dataSource = createDataSource(DATABASE_URL);
  await dataSource.initialize();
  try {
    const counts = await seedReferenceData(dataSource);
    console.log(
      `reference data: ${counts.counties} counties, ${counts.municipalities} municipalities, ` +
        `${counts.researchInstitutions} research institutions`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
