import { Client } from 'pg';

/** Splits a PostgreSQL URL into the database name and a URL of the `postgres` maintenance database. */
export function maintenanceUrlOf(url: string): { database: string; maintenanceUrl: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`DATABASE_URL has no database name: ${url}`);
  parsed.pathname = '/postgres';
  return { database, maintenanceUrl: parsed.toString() };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** CREATE DATABASE if it does not exist yet; returns true when it was created. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const { database, maintenanceUrl } = maintenanceUrlOf(url);
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
    } catch (error) {
      // Another process created it at the same moment.
      if ((error as { code?: string }).code === '42P04') return false;
      throw error;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Terminates other connections to the database and drops it (no error if it does not exist). */
export async function dropDatabase(url: string): Promise<void> {
  const { database, maintenanceUrl } = maintenanceUrlOf(url);
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
