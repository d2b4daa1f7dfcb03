import { Module } from '@nestjs/common';
import { ConfigModule } from '@brobygger/config';
import { PersistenceModule } from '@brobygger/persistence';
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
    PersistenceModule.forRoot({ applicationName: 'brobygger-matcher' }),
  ],
  providers: [
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
