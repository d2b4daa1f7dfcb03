import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, MatchingQueue, type RefreshArenaJobData, uuidFromKey } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { JobHandler } from './job-handler';

/**
 * Freshness: a debounced `refresh-arena` job turns into an ordinary match run (trigger REFRESH). The run id is
 * derived from the refresh job's id, so a redelivered refresh job neither creates a second run nor a second job.
 * No run is created while a QUEUED run of the arena for all project types waits: it will read the changed data.
 */
@Injectable()
export class RefreshArenaHandler implements JobHandler<RefreshArenaJobData> {
  readonly name = JobName.RefreshArena;
  private readonly logger = new Logger(RefreshArenaHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly problems: MatchProblemRepository,
    private readonly queue: MatchingQueue,
  ) {}

  async handle(job: Job<RefreshArenaJobData>): Promise<{ matchRunId: string | null }> {
    const { arenaId } = job.data;
    if (!(await this.problems.findArena(arenaId))) return { matchRunId: null };
    if ((await this.problems.countOpenNeeds(arenaId)) === 0) return { matchRunId: null };
    const matchRunId = uuidFromKey(`refresh-arena:${job.id}`);
    const inserted = await this.runs.createIfAbsent({
      id: matchRunId,
      arenaId,
      projectType: null,
      settings: {},
      requestedBy: null,
      trigger: 'REFRESH',
    });
    if (!inserted && (await this.runs.getStatus(matchRunId)) === null) {
      this.logger.log(
        `refresh of arena ${arenaId} skipped: a queued run of the arena will read the change`,
      );
      return { matchRunId: null };
    }
    await this.queue.enqueueRun(matchRunId, await this.runs.arenaRank(matchRunId));
    this.logger.log({ runId: matchRunId, msg: `refresh of arena ${arenaId} queued` });
    return { matchRunId };
  }
}
