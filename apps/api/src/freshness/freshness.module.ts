import { Global, Module } from '@nestjs/common';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { MatchingQueueModule } from '@brobygger/queue';
import { ArenaRefreshScheduler } from './arena-refresh.scheduler';
import { MatchingDataEvents } from './matching-data-events';

/** Global so that the knowledge-need and competence-profile services can emit MatchingDataEvents. */
@Global()
@Module({
  imports: [MatchingQueueModule],
  providers: [MatchingDataEvents, MatchProblemRepository, ArenaRefreshScheduler],
  exports: [MatchingDataEvents],
})
export class FreshnessModule {}
