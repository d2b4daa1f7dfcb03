import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSource } from '@brobygger/persistence/data-source';

/** An initialized DataSource on the per-run test database; destroy it in afterAll. */
export async function openTestDataSource(): Promise<DataSource> {
  const url = process.env.DATABASE_URL;
  if (!url || !/brobygger_test_/.test(url)) {
    throw new Error(
      'DATABASE_URL is not the per-run test database; run with --config test/jest-e2e.config.js',
    );
  }
  const dataSource = createDataSource(url, { extra: { max: 4 } });
  await dataSource.initialize();
  return dataSource;
}
