import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@brobygger/config';
import { createDataSourceOptions } from '@brobygger/persistence/data-source';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { ExpiredRecordsRepository } from '@brobygger/persistence/repositories/expired-records.repository';
import { MatchingQueueModule } from '@brobygger/queue';
import { MatchRunProcessor } from './match-run.processor';
import { PurgeExpiredHandler } from './purge-expired.handler';
import { ReconcileRunsHandler } from './reconcile-runs.handler';
import { PreparedModels } from './prepared-models';
import { RefreshArenaHandler } from './refresh-arena.handler';
import { ScoreShardHandler } from './score-shard.handler';
import { StartMatchRunHandler } from './start-match-run.handler';
import { WorkerLoggingModule } from './worker-logging.module';

/** The worker application: no HTTP, only the matching queue's processor and what it needs. */
@Module({
  imports: [
    ConfigModule,
    WorkerLoggingModule,
    MatchingQueueModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createDataSourceOptions(config.DATABASE_URL, {
          applicationName: 'brobygger-matcher',
          extra: { max: config.DATABASE_POOL_SIZE },
        }),
    }),
  ],
  providers: [
    MatchRunRepository,
    ConsortiumProposalRepository,
    MatchProblemRepository,
    ExpiredRecordsRepository,
    StartMatchRunHandler,
    RefreshArenaHandler,
    PurgeExpiredHandler,
    ReconcileRunsHandler,
    PreparedModels,
    ScoreShardHandler,
    MatchRunProcessor,
  ],
})
export class MatcherModule {}
