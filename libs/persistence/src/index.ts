export * from './entities';
export * from './enums';
export * from './errors';
export * from './pagination';
export { createDataSource, createDataSourceOptions, ENTITIES } from './data-source';
export { MIGRATIONS } from './migrations';
export { createDatabaseIfMissing, dropDatabase, maintenanceUrlOf } from './database-admin';
export {
  seedReferenceData,
  readReferenceData,
  resolveReferenceDataDir,
} from './seed/reference-data.seed';
export { translateDatabaseError } from './pg-errors';
export * from './repositories';
export { PersistenceModule, REPOSITORY_CLASSES } from './persistence.module';
export type { PersistenceModuleOptions } from './persistence.module';
export { SqlParams, isUuid } from './sql';
