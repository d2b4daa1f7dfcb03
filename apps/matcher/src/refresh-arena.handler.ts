import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { buildJobOptions, JobName, type RefreshArenaJobData, uuidFromKey } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { JobHandler } from './job-handler';
import { MATCHING_QUEUE, type MatchingQueue } from './matching-queue.provider';
import { QUEUE_TUNING } from './matcher.tokens';
import type { QueueTuning } from '@brobygger/queue';

/**
 * Freshness: a debounced `refresh-arena` job turns into an ordinary match run (trigger REFRESH). The run id is
 * derived from the refresh job's id, so a redelivered refresh job neither creates a second run nor a second job.
 */
@Injectable()
export class RefreshArenaHandler implements JobHandler<RefreshArenaJobData> {
  readonly name = JobName.RefreshArena;
  private readonly logger = new Logger(RefreshArenaHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly problems: MatchProblemRepository,
    @Inject(MATCHING_QUEUE) private readonly queue: MatchingQueue,
    @Inject(QUEUE_TUNING) private readonly tuning: QueueTuning,
  ) {}

  async handle(job: Job<RefreshArenaJobData>): Promise<{ matchRunId: string | null }> {
    const { arenaId } = job.data;
    if (!(await this.problems.findArena(arenaId))) return { matchRunId: null };
    if ((await this.problems.countOpenNeeds(arenaId)) === 0) return { matchRunId: null };
    const matchRunId = uuidFromKey(`refresh-arena:${job.id}`);
    await this.runs.createIfAbsent({
      id: matchRunId,
      arenaId,
      projectType: null,
      settings: {},
      requestedBy: null,
      trigger: 'REFRESH',
    });
    const next = { name: JobName.StartMatchRun, data: { matchRunId } } as const;
    await this.queue.add(
      next.name,
      next.data,
      buildJobOptions(next, {
        attempts: this.tuning.attempts,
        backoffDelayMs: this.tuning.backoffMs,
      }),
    );
    this.logger.log({ runId: matchRunId, msg: `refresh of arena ${arenaId} queued` });
    return { matchRunId };
  }
}
