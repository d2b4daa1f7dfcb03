import { Module } from '@nestjs/common';
import { MatchingQueueModule } from '@brobygger/queue';
import { MatchRunUpdates } from './match-run-updates';
import { MatchRunsResolver } from './match-runs.resolver';
import { MatchRunsService } from './match-runs.service';
import { QueueDashboardModule } from './queue-dashboard.module';

/** Match runs: start/cancel/read, live progress (subscription), and the operators' queue dashboard. */
@Module({
  imports: [MatchingQueueModule, QueueDashboardModule],
  providers: [MatchRunsService, MatchRunUpdates, MatchRunsResolver],
  exports: [MatchRunsService],
})
export class MatchRunsModule {}
