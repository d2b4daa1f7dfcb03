import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule } from '@brobygger/config';
import { PersistenceModule } from '@brobygger/persistence';
import { AuthModule } from './auth/auth.module';
import { AuthorizationModule } from './authorization/authorization.module';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { GraphqlOptionsFactory } from './common/graphql/graphql-options.factory';
import { LoadersModule } from './common/loaders/loaders.module';
import { LoggingModule } from './common/logging/logging.module';
import { GraphqlValidationPipe } from './common/validation/graphql-validation.pipe';
import { CompetenceProfilesModule } from './competence-profiles/competence-profiles.module';
import { ConsortiaModule } from './consortia/consortia.module';
import { ConsortiumProposalsModule } from './consortium-proposals/consortium-proposals.module';
import { ContactsModule } from './contacts/contacts.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { FreshnessModule } from './freshness/freshness.module';
import { HealthModule } from './health/health.module';
import { KnowledgeNeedsModule } from './knowledge-needs/knowledge-needs.module';
import { ApiPubSubModule } from './match-runs/api-pub-sub.module';
import { MatchRunsModule } from './match-runs/match-runs.module';
import { MobilizationArenasModule } from './mobilization-arenas/mobilization-arenas.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PartnerFindingModule } from './partner-finding/partner-finding.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';

/**
 * The GraphQL API. Feature modules are a plain list below: a new feature adds one import line.
 * One validation pipe and one exception filter apply to every resolver (APP_PIPE / APP_FILTER).
 */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    PersistenceModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoadersModule, AuthModule],
      useClass: GraphqlOptionsFactory,
    }),
    AuthorizationModule,
    HealthModule,
    ReferenceDataModule,
    OrganizationsModule,
    MobilizationArenasModule,
    KnowledgeNeedsModule,
    CompetenceProfilesModule,
    ContactsModule,
    ApiPubSubModule,
    MatchRunsModule,
    ConsortiumProposalsModule,
    ConsortiaModule,
    NotificationsModule,
    RecommendationsModule,
    PartnerFindingModule,
    FreshnessModule,
    FollowUpModule,
  ],
  providers: [
    { provide: APP_PIPE, useClass: GraphqlValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class AppModule {}
