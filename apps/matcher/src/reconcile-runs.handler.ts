import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { JobName, MatchingQueue, type ReconcileRunsJobData } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';
import { JobHandler } from './job-handler';
import { publishStoredRun } from './run-updates';

/** What one reconciler round did. */
export interface ReconcileCounts {
  checked: number;
  requeued: number;
  failed: number;
}

/** Runs looked at per round (oldest first); the next round takes the rest. */
const RUNS_PER_ROUND = 500;

/**
 * The reconciler: every RECONCILE_EVERY_SECONDS (a BullMQ job scheduler, like housekeeping) it looks at the runs
 * that are QUEUED or RUNNING and have not changed for RECONCILE_GRACE_SECONDS, and compares them with their job:
 * - job waiting, delayed or active: BullMQ still owns the run (a crashed worker's job is recovered as stalled);
 * - job failed or completed: the outcome could not be written at the time (e.g. PostgreSQL was down), so the run
 *   is marked FAILED with the job's reason;
 * - job missing (Redis lost its data, or the job was removed): the run is queued again, or marked FAILED when it
 *   has already used MATCH_JOB_ATTEMPTS deliveries.
 */
@Injectable()
export class ReconcileRunsHandler implements JobHandler<ReconcileRunsJobData> {
  readonly name = JobName.ReconcileRuns;
  readonly repeatEverySeconds: number;
  private readonly logger = new Logger(ReconcileRunsHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly queue: MatchingQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.repeatEverySeconds = config.RECONCILE_EVERY_SECONDS;
  }

  async handle(): Promise<ReconcileCounts> {
    const pending = await this.runs.findUnchangedPending(
      this.config.RECONCILE_GRACE_SECONDS,
      RUNS_PER_ROUND,
    );
    const counts: ReconcileCounts = { checked: pending.length, requeued: 0, failed: 0 };
    for (const run of pending) {
      const outcome = await this.reconcile(run);
      if (outcome) counts[outcome]++;
    }
    if (counts.requeued + counts.failed > 0)
      this.logger.log(
        `reconciler: ${counts.checked} runs checked, ${counts.requeued} queued again, ${counts.failed} failed`,
      );
    return counts;
  }

  private async reconcile(run: MatchRunEntity): Promise<'requeued' | 'failed' | null> {
    const { state, failedReason } = await this.queue.runJobState(run.id);
    switch (state) {
      case 'failed':
        return this.fail(
          run,
          `${failedReason ?? 'the job failed'} (the failure could not be recorded when it happened; recorded by the reconciler)`,
        );
      case 'completed':
        return this.fail(
          run,
          'the job ended but its result was not recorded (recorded by the reconciler)',
        );
      case 'missing':
      case 'unknown': {
        const max = this.queue.tuning.attempts;
        if (run.attempts >= max)
          return this.fail(
            run,
            `its job was lost from the queue after ${run.attempts} of ${max} attempts (recorded by the reconciler)`,
          );
        const requeued = await this.runs.markRequeued(
          run.id,
          'its job was lost from the queue (e.g. Redis lost its data); queued again by the reconciler',
        );
        if (!requeued) return null;
        await this.queue.enqueueRun(run.id, await this.runs.arenaRank(run.id));
        this.logger.warn({ runId: run.id, msg: 'job missing: run queued again by the reconciler' });
        await this.publish(run.id);
        return 'requeued';
      }
      default:
        return null; // waiting, delayed, prioritized or active: BullMQ still owns the run
    }
  }

  private async fail(run: MatchRunEntity, reason: string): Promise<'failed' | null> {
    if (!(await this.runs.markFailed(run.id, reason))) return null;
    this.logger.warn({ runId: run.id, msg: `run marked FAILED by the reconciler: ${reason}` });
    await this.publish(run.id);
    return 'failed';
  }

  private publish(runId: string): Promise<void> {
    return publishStoredRun(this.runs, this.queue, this.logger, runId);
  }
}
