import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { parseSettings, ProblemValidationError } from '@brobygger/engine/exchange/validate';
import { InvalidStateError, NotFoundError, ValidationError } from '@brobygger/persistence/errors';
import type {
  MatchRunEntity,
  MatchRunStatus,
} from '@brobygger/persistence/entities/match-run.entity';
import type { Page, PageRequest } from '@brobygger/persistence/pagination';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import {
  buildJobOptions,
  JobName,
  matchRunCancelChannel,
  matchRunUpdatedChannel,
  type MatchRunUpdateMessage,
  type QueueTuning,
} from '@brobygger/queue';
import { MATCH_RUN_PUB_SUB, MATCHING_QUEUE, QUEUE_TUNING } from './matching-queue.module';
import { StartMatchRunInput } from './dto/start-match-run.input';

/**
 * Starting, reading and cancelling match runs. `start` validates everything first, inserts the run and enqueues
 * its job (job id = run id); if the enqueue fails the row is deleted again, so no run is left dangling.
 */
@Injectable()
export class MatchRunsService {
  private readonly logger = new Logger(MatchRunsService.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly problems: MatchProblemRepository,
    @Inject(MATCHING_QUEUE) private readonly queue: Queue,
    @Inject(MATCH_RUN_PUB_SUB) private readonly pubSub: RedisPubSub,
    @Inject(QUEUE_TUNING) private readonly tuning: QueueTuning,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    input: StartMatchRunInput,
    requestedBy: string | null = null,
  ): Promise<MatchRunEntity> {
    const arena = await this.problems.findArena(input.arenaId);
    if (!arena) throw new NotFoundError('MobilizationArena', input.arenaId);
    const settings = input.settings ?? {};
    await this.validateSettings(input.arenaId, settings, input.projectType ?? null);
    const openNeeds = await this.problems.countOpenNeeds(input.arenaId);
    if (openNeeds === 0) {
      throw new ValidationError(
        'input.arenaId',
        `arena ${input.arenaId} ("${arena.name}") has no open knowledge needs in its counties (${arena.countyNumbers.join(', ') || 'none'}); nothing to match`,
      );
    }
    const run = await this.runs.create({
      arenaId: input.arenaId,
      projectType: input.projectType ?? null,
      settings,
      requestedBy,
    });
    const job = { name: JobName.StartMatchRun, data: { matchRunId: run.id } } as const;
    try {
      await this.queue.add(
        job.name,
        job.data,
        buildJobOptions(job, {
          attempts: this.tuning.attempts,
          backoffDelayMs: this.tuning.backoffMs,
        }),
      );
    } catch (error) {
      await this.runs.delete(run.id);
      this.logger.error(`[run ${run.id}] enqueue failed, run removed: ${String(error)}`);
      throw error;
    }
    return run;
  }

  /**
   * The engine validates the settings exactly as in a problem file; paths become `input.settings.<path>`. Pins and
   * excludeIds name needs and profiles, so only then are the arena's need and profile ids read.
   */
  private async validateSettings(
    arenaId: string,
    settings: Record<string, unknown>,
    projectType: string | null,
  ): Promise<void> {
    const withType = projectType ? { ...settings, projectTypes: [projectType] } : settings;
    const known =
      'pins' in settings || 'excludeIds' in settings
        ? await this.problems.memberIds(arenaId)
        : undefined;
    try {
      parseSettings(withType, known);
    } catch (e) {
      if (e instanceof ProblemValidationError) throw new ValidationError(`input.${e.path}`, e.reason);
      throw e;
    }
  }

  async get(id: string): Promise<MatchRunEntity> {
    const run = await this.runs.findById(id);
    if (!run) throw new NotFoundError('MatchRun', id);
    return run;
  }

  /** `filter.arenaScope` (from the access policy) limits the runs to the broker's arenas. */
  list(
    filter: {
      arenaId?: string;
      status?: MatchRunStatus;
      arenaScope?: { all: boolean; arenaIds: string[] };
    },
    page: PageRequest,
  ): Promise<Page<MatchRunEntity>> {
    return this.runs.list(filter, page);
  }

  /**
   * Cancel a QUEUED or RUNNING run. A queued job is removed from the queue; a running one is told to stop through
   * the cancel channel (its worker aborts the job's signal; the worker also re-checks the status between phases).
   */
  async cancel(id: string): Promise<MatchRunEntity> {
    const run = await this.get(id);
    const cancelled = await this.runs.markCancelled(id);
    if (!cancelled) {
      throw new InvalidStateError(
        'MatchRun',
        id,
        run.status,
        `MatchRun ${id} is ${run.status}; only QUEUED or RUNNING runs can be cancelled`,
      );
    }
    try {
      const job = await this.queue.getJob(id);
      const state = await job?.getState();
      if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized'))
        await job.remove();
    } catch (error) {
      this.logger.warn(`[run ${id}] could not remove the queued job: ${String(error)}`);
    }
    const redisPublisher = this.pubSub.getPublisher();
    await redisPublisher.publish(matchRunCancelChannel(this.config.BULL_PREFIX), id);
    await this.publishUpdate(cancelled);
    return cancelled;
  }

  async publishUpdate(run: MatchRunEntity): Promise<void> {
    const message: MatchRunUpdateMessage = {
      id: run.id,
      status: run.status,
      phase: run.phase,
      progress: run.progress,
      error: run.error,
      updatedAt: new Date().toISOString(),
    };
    await this.pubSub.publish(matchRunUpdatedChannel(this.config.BULL_PREFIX, run.id), message);
  }

  updates(id: string): AsyncIterableIterator<MatchRunUpdateMessage> {
    return this.pubSub.asyncIterableIterator<MatchRunUpdateMessage>(
      matchRunUpdatedChannel(this.config.BULL_PREFIX, id),
    );
  }
}
