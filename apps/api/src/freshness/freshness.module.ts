import { Global, Module } from '@nestjs/common';
import { MatchingQueueModule } from '@brobygger/queue';
import { ArenaRefreshScheduler } from './arena-refresh.scheduler';
import { MatchingDataEvents } from './matching-data-events';

/** Global so that the knowledge-need and competence-profile services can emit MatchingDataEvents. */
@Global()
@Module({
  imports: [MatchingQueueModule],
  providers: [MatchingDataEvents, ArenaRefreshScheduler],
  exports: [MatchingDataEvents],
})
export class FreshnessModule {}
