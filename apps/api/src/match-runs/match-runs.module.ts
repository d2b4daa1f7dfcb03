import { Module } from '@nestjs/common';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchingQueueModule } from '@brobygger/queue';
import { MatchRunUpdates } from './match-run-updates';
import { MatchRunsResolver } from './match-runs.resolver';
import { MatchRunsService } from './match-runs.service';
import { QueueDashboardModule } from './queue-dashboard.module';

/** Match runs: start/cancel/read, live progress (subscription), and the operators' queue dashboard. */
@Module({
  imports: [MatchingQueueModule, QueueDashboardModule],
  providers: [
    MatchRunRepository,
    MatchProblemRepository,
    ConsortiumProposalRepository,
    MatchRunsService,
    MatchRunUpdates,
    MatchRunsResolver,
  ],
  exports: [MatchRunsService],
})
export class MatchRunsModule {}
