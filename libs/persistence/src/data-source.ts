import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { DEFAULT_DATABASE_URL } from '@brobygger/config';
import { FOUNDATION_ENTITIES } from './entities';
import { IDENTITY_ENTITIES } from './entities/identity-entities';
import { MIGRATIONS } from './migrations';
import { MATCHING_ENTITIES } from './entities/matching-entities';
import { CONSORTIUM_ENTITIES } from './entities/consortium-entities';

/** Every entity the application maps. Later features append theirs here. */
export const ENTITIES = [
  ...FOUNDATION_ENTITIES,
  ...MATCHING_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...CONSORTIUM_ENTITIES,
];

/**
 * The one place that says how Brobygger connects to PostgreSQL. `synchronize` is always off: the schema is
 * changed only by migrations, and callers decide whether to run them (`migrationsRun`).
 */
export function createDataSourceOptions(
  url: string,
  overrides: Partial<Omit<PostgresDataSourceOptions, 'type'>> = {},
): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    applicationName: 'brobygger',
    extra: { max: 10 },
    ...overrides,
  };
}

/** Creates (does not initialize) a DataSource for a URL. */
export function createDataSource(
  url: string,
  overrides: Partial<Omit<PostgresDataSourceOptions, 'type'>> = {},
): DataSource {
  return new DataSource(createDataSourceOptions(url, overrides));
}

/**
 * Default DataSource for the TypeORM CLI (`typeorm -d libs/persistence/src/data-source.ts ...`). Not initialized
 * here; reads only DATABASE_URL so that importing this file never fails on unrelated settings.
 */
const dataSource = new DataSource(
  createDataSourceOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL),
);
export default dataSource;
