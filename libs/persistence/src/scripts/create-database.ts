/** `npm run db:create`: creates the database of DATABASE_URL if it does not exist. */
import { loadConfig } from '@brobygger/config';
import { createDatabaseIfMissing, maintenanceUrlOf } from '../database-admin';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  const { database } = maintenanceUrlOf(DATABASE_URL);
  const created = await createDatabaseIfMissing(DATABASE_URL);
  console.log(created ? `created database ${database}` : `database ${database} already exists`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
