import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { createDataSourceOptions } from './data-source';
import { AccessScopeRepository } from './repositories/access-scope.repository';
import { AuditLogRepository } from './repositories/audit-log.repository';
import { CompetenceProfileRepository } from './repositories/competence-profile.repository';
import { ConflictExclusionRepository } from './repositories/conflict-exclusion.repository';
import { ConsortiumProposalRepository } from './repositories/consortium-proposal.repository';
import { ConsortiumRepository } from './repositories/consortium.repository';
import { ContactPersonRepository } from './repositories/contact-person.repository';
import { ExpiredRecordsRepository } from './repositories/expired-records.repository';
import { InvitationRepository } from './repositories/invitation.repository';
import { KnowledgeNeedRepository } from './repositories/knowledge-need.repository';
import { LoginThrottleRepository } from './repositories/login-throttle.repository';
import { MatchProblemRepository } from './repositories/match-problem.repository';
import { MatchRunRepository } from './repositories/match-run.repository';
import { MobilizationArenaRepository } from './repositories/mobilization-arena.repository';
import { NeedInterestRepository } from './repositories/need-interest.repository';
import { NotificationRepository } from './repositories/notification.repository';
import { OrganizationRepository } from './repositories/organization.repository';
import { ProgrammeExportRepository } from './repositories/programme-export.repository';
import { ProgrammeIndicatorRepository } from './repositories/programme-indicator.repository';
import { ReferenceDataRepository } from './repositories/reference-data.repository';
import { RefreshTokenRepository } from './repositories/refresh-token.repository';
import { SimilarNeedsRepository } from './repositories/similar-needs.repository';
import { UserRepository } from './repositories/user.repository';

export interface PersistenceModuleOptions {
  /** Run pending migrations when the app starts (default false; the scripts and test setup run them). */
  migrationsRun?: boolean;
  /** A TypeORM logger, e.g. one that counts statements in tests. */
  logger?: TypeOrmLogger;
  /** PostgreSQL `application_name` of the pool (default `brobygger`; the worker says `brobygger-matcher`). */
  applicationName?: string;
}

/**
 * Every repository, each a plain class constructed with a `Db` (`new XRepository(db)`): here on the application's
 * DataSource, in a service's transaction on its EntityManager.
 */
export const REPOSITORY_CLASSES = [
  ReferenceDataRepository,
  OrganizationRepository,
  MobilizationArenaRepository,
  KnowledgeNeedRepository,
  CompetenceProfileRepository,
  ContactPersonRepository,
  ProgrammeIndicatorRepository,
  ProgrammeExportRepository,
  AccessScopeRepository,
  AuditLogRepository,
  ConflictExclusionRepository,
  ConsortiumProposalRepository,
  ConsortiumRepository,
  ExpiredRecordsRepository,
  InvitationRepository,
  LoginThrottleRepository,
  MatchProblemRepository,
  MatchRunRepository,
  NeedInterestRepository,
  NotificationRepository,
  RefreshTokenRepository,
  SimilarNeedsRepository,
  UserRepository,
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
              ...(options.applicationName ? { applicationName: options.applicationName } : {}),
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
