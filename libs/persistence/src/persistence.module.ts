import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { createDataSourceOptions } from './data-source';
import { CompetenceProfileRepository } from './repositories/competence-profile.repository';
import { ContactPersonRepository } from './repositories/contact-person.repository';
import { KnowledgeNeedRepository } from './repositories/knowledge-need.repository';
import { MobilizationArenaRepository } from './repositories/mobilization-arena.repository';
import { OrganizationRepository } from './repositories/organization.repository';
import { ProgrammeExportRepository } from './repositories/programme-export.repository';
import { ProgrammeIndicatorRepository } from './repositories/programme-indicator.repository';
import { ReferenceDataRepository } from './repositories/reference-data.repository';

export interface PersistenceModuleOptions {
  /** Run pending migrations when the app starts (default false; the scripts and test setup run them). */
  migrationsRun?: boolean;
  /** A TypeORM logger, e.g. one that counts statements in tests. */
  logger?: TypeOrmLogger;
}

/** Every repository of the foundation, each a plain class built on the application's DataSource. */
export const REPOSITORY_CLASSES = [
  ReferenceDataRepository,
  OrganizationRepository,
  MobilizationArenaRepository,
  KnowledgeNeedRepository,
  CompetenceProfileRepository,
  ContactPersonRepository,
  ProgrammeIndicatorRepository,
  ProgrammeExportRepository,
] as const;

const repositoryProviders: Provider[] = REPOSITORY_CLASSES.map((repositoryClass) => ({
  provide: repositoryClass,
  useFactory: (dataSource: DataSource) => new repositoryClass(dataSource),
  inject: [DataSource],
}));

/**
 * TypeORM connection from APP_CONFIG (import ConfigModule in the app) and the repositories as providers.
 * Global, so feature modules inject repositories without importing it again.
 */
@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceModuleOptions = {}): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            createDataSourceOptions(config.DATABASE_URL, {
              migrationsRun: options.migrationsRun ?? false,
              extra: { max: config.DATABASE_POOL_SIZE },
              ...(options.logger ? { logger: options.logger, logging: true } : {}),
            }),
        }),
      ],
      providers: repositoryProviders,
      exports: [...REPOSITORY_CLASSES, TypeOrmModule],
    };
  }
}
