import { Logger } from '@nestjs/common';
import { Queue, type Job, type JobState } from 'bullmq';
import Redis from 'ioredis';
import { matchRunCancelChannel, matchRunUpdatedChannel, MatchRunUpdateMessage } from './channels';
import { bullConnectionOptions, redisOptionsFromUrl, RedisOutageReporter } from './connection';
import { QueueJob, StartMatchRunJobData } from './job-data.types';
import { buildJobOptions } from './job-options';
import { JobName, QueueName } from './queue.constants';
import { QueueTuning, QueueTuningConfig, queueTuningFromConfig } from './queue-tuning';

/** The part of the validated configuration (AppConfig of @brobygger/config) the matching queue reads. */
export interface MatchingQueueConfig extends QueueTuningConfig {
  readonly REDIS_URL: string;
  readonly BULL_PREFIX: string;
  readonly MATCH_RERUN_DEBOUNCE_MS: number;
}

/** How long a flow run's problem snapshot is kept in Redis (a run that takes longer fails and is retried). */
export const RUN_PROBLEM_TTL_SECONDS = 24 * 3600;

/** What subscribers see of a run. */
export type MatchRunSnapshot = Pick<
  MatchRunUpdateMessage,
  'id' | 'status' | 'phase' | 'progress' | 'error'
>;

/** Where a run's job is in BullMQ, or `missing` when Redis has no such job (removed, or Redis lost its data). */
export interface RunJobState {
  state: JobState | 'unknown' | 'missing';
  failedReason: string | null;
}

/**
 * The one matching queue of the API and the worker: enqueues jobs with the tuning applied (job id = run id,
 * retries with capped exponential backoff, per-arena priority), runs job schedulers, and publishes run updates and
 * cancellations on Redis pub/sub. Owns its Redis connections; `close()` is idempotent.
 */
export class MatchingQueue {
  /** The BullMQ queue itself (the operators' dashboard shows it). */
  readonly queue: Queue;
  readonly tuning: QueueTuning;
  readonly prefix: string;
  /** Publishes run updates and cancellations, and holds the problem snapshots of flow runs. */
  private readonly redis: Redis;
  private readonly refreshDebounceMs: number;
  private closing?: Promise<void>;

  constructor(
    config: MatchingQueueConfig,
    readonly outage = new RedisOutageReporter(new Logger('Redis')),
  ) {
    const connection = bullConnectionOptions({
      redisUrl: config.REDIS_URL,
      prefix: config.BULL_PREFIX,
    });
    this.prefix = connection.prefix;
    this.tuning = queueTuningFromConfig(config);
    this.refreshDebounceMs = config.MATCH_RERUN_DEBOUNCE_MS;
    this.queue = new Queue(QueueName.Matching, connection);
    this.queue.on('error', outage.error);
    // A publish fails after a few retries instead of waiting for Redis for ever.
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      maxRetriesPerRequest: 3,
    });
    this.redis.on('error', outage.error).on('ready', outage.ready);
  }

  /**
   * Enqueue a run (idempotent: the job id is the run id). `arenaRank` is the run's place among its arena's pending
   * runs (MatchRunRepository.arenaRank); as the BullMQ priority it lets a free worker take the run with the fewest
   * runs of its own arena ahead of it, so a burst from one arena does not hold back another arena's run.
   */
  async enqueueRun(matchRunId: string, arenaRank: number): Promise<void> {
    await this.add(
      { name: JobName.StartMatchRun, data: { matchRunId } },
      {
        attempts: this.tuning.attempts,
        backoffDelayMs: this.tuning.backoffMs,
        priority: Math.min(Math.max(1, arenaRank), 2_097_152),
      },
    );
  }

  /** A debounced freshness re-run of the arena (MATCH_RERUN_DEBOUNCE_MS; a newer change restarts the window). */
  async enqueueRefresh(arenaId: string): Promise<void> {
    await this.add(
      { name: JobName.RefreshArena, data: { arenaId } },
      {
        debounceMs: this.refreshDebounceMs,
        attempts: this.tuning.attempts,
        backoffDelayMs: this.tuning.backoffMs,
      },
    );
  }

  /**
   * Repeat `job` every `everySeconds` on a job scheduler whose id is the job name (one schedule however many workers
   * upsert it); 0 removes the schedule.
   */
  async schedule(job: QueueJob, everySeconds: number): Promise<void> {
    if (everySeconds === 0) {
      await this.queue.removeJobScheduler(job.name);
      return;
    }
    await this.queue.upsertJobScheduler(
      job.name,
      { every: everySeconds * 1000 },
      { name: job.name, data: job.data, opts: buildJobOptions(job) },
    );
  }

  /** Where the run's job is (for the reconciler). */
  async runJobState(matchRunId: string): Promise<RunJobState> {
    const job = await this.queue.getJob(matchRunId);
    if (!job) return { state: 'missing', failedReason: null };
    return { state: await job.getState(), failedReason: job.failedReason || null };
  }

  /** Remove a run's job if it has not started (waiting, delayed or prioritized); an active job is left alone. */
  async removeWaitingRun(matchRunId: string): Promise<void> {
    const job = await this.queue.getJob(matchRunId);
    const state = await job?.getState();
    if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized'))
      await job.remove();
  }

  /**
   * Make an active run job the parent of one ScoreShard child per need range (ids from the run and the range, so
   * a redelivery adds no duplicates). The caller then moves the run job to waiting-children.
   */
  async addShards(
    run: Job<StartMatchRunJobData>,
    shards: ReadonlyArray<{ from: number; to: number }>,
  ): Promise<void> {
    const parent = { id: run.id as string, queue: run.queueQualifiedName };
    await this.queue.addBulk(
      shards.map(({ from, to }) => {
        const job: QueueJob = {
          name: JobName.ScoreShard,
          data: { matchRunId: run.data.matchRunId, from, to },
        };
        const opts = buildJobOptions(job, {
          attempts: this.tuning.attempts,
          backoffDelayMs: this.tuning.backoffMs,
          priority: run.opts.priority,
        });
        return { name: job.name, data: job.data, opts: { ...opts, parent } };
      }),
    );
  }

  /**
   * The snapshot of a flow run (the problem as the run job loaded it, with what the job prepared from it) for its
   * shards and its formation step: one snapshot, so that every part scores the same data even if the arena changes
   * meanwhile. Kept RUN_PROBLEM_TTL_SECONDS at most.
   */
  async saveRunProblem(matchRunId: string, problemJson: string): Promise<void> {
    await this.redis.set(
      this.runProblemKey(matchRunId),
      problemJson,
      'EX',
      RUN_PROBLEM_TTL_SECONDS,
    );
  }

  /** The snapshot saved by saveRunProblem, or null when it is gone (expired, deleted, Redis lost its data). */
  async loadRunProblem(matchRunId: string): Promise<string | null> {
    return this.redis.get(this.runProblemKey(matchRunId));
  }

  async deleteRunProblem(matchRunId: string): Promise<void> {
    await this.redis.del(this.runProblemKey(matchRunId));
  }

  private runProblemKey(matchRunId: string): string {
    return `${this.prefix}:run-problem:${matchRunId}`;
  }

  /** Tell the worker holding this run's job to abort it. */
  async publishCancel(matchRunId: string): Promise<void> {
    await this.redis.publish(matchRunCancelChannel(this.prefix), matchRunId);
  }

  /** Notify `matchRunUpdated` subscribers (JSON, as graphql-redis-subscriptions expects). */
  async publishRunUpdate(run: MatchRunSnapshot): Promise<void> {
    const message: MatchRunUpdateMessage = {
      id: run.id,
      status: run.status,
      phase: run.phase,
      progress: run.progress,
      error: run.error,
      updatedAt: new Date().toISOString(),
    };
    await this.redis.publish(matchRunUpdatedChannel(this.prefix, run.id), JSON.stringify(message));
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.queue.close().catch(() => undefined);
      await this.redis.quit().catch(() => undefined);
    })();
    return this.closing;
  }

  private async add(
    job: QueueJob,
    overrides: Parameters<typeof buildJobOptions>[1],
  ): Promise<void> {
    await this.queue.add(job.name, job.data, buildJobOptions(job, overrides));
  }
}
