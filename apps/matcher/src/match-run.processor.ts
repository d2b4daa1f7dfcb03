import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  assertJobHandlers,
  bullConnectionOptions,
  CAPPED_EXPONENTIAL_BACKOFF,
  cappedExponentialDelay,
  matchRunCancelChannel,
  MatchingQueue,
  QueueName,
  type QueueJob,
  redisOptionsFromUrl,
} from '@brobygger/queue';
import { JobHandler } from './job-handler';
import { PurgeExpiredHandler } from './purge-expired.handler';
import { ReconcileRunsHandler } from './reconcile-runs.handler';
import { RefreshArenaHandler } from './refresh-arena.handler';
import { ScoreShardHandler } from './score-shard.handler';
import { StartMatchRunHandler } from './start-match-run.handler';

/**
 * The BullMQ worker of the matching queue. Dispatches jobs by name to their one handler (checked at boot),
 * concurrency from WORKER_CONCURRENCY, lock and stalled-job settings from the queue tuning (a SIGKILLed worker's
 * job is taken over by another worker after the lock expires), retries of runs with capped exponential backoff. Cancellation: the API publishes the run id on the
 * cancel channel; the worker holding that job aborts its signal. SIGTERM closes the worker, which lets active
 * jobs finish.
 */
@Injectable()
export class MatchRunProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchRunProcessor.name);
  private readonly handlers: Map<string, JobHandler>;
  private worker?: Worker;
  private cancelSubscriber?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: MatchingQueue,
    startMatchRun: StartMatchRunHandler,
    refreshArena: RefreshArenaHandler,
    purgeExpired: PurgeExpiredHandler,
    reconcileRuns: ReconcileRunsHandler,
    scoreShard: ScoreShardHandler,
  ) {
    const registrations: JobHandler[] = [
      scoreShard as JobHandler,
      startMatchRun as JobHandler,
      refreshArena as JobHandler,
      purgeExpired as JobHandler,
      reconcileRuns as JobHandler,
    ];
    assertJobHandlers(registrations);
    this.handlers = new Map(registrations.map((h) => [h.name, h]));
  }

  async onApplicationBootstrap(): Promise<void> {
    const { tuning, outage } = this.queue;
    const connection = bullConnectionOptions({
      redisUrl: this.config.REDIS_URL,
      prefix: this.config.BULL_PREFIX,
    });
    this.worker = new Worker(
      QueueName.Matching,
      (job, token, signal) => this.dispatch(job, token, signal),
      {
        ...connection,
        concurrency: this.config.WORKER_CONCURRENCY,
        lockDuration: tuning.lockDurationMs,
        stalledInterval: tuning.stalledIntervalMs,
        maxStalledCount: tuning.maxStalledCount,
        settings: {
          backoffStrategy: (attemptsMade, type, _error, job) =>
            type === CAPPED_EXPONENTIAL_BACKOFF
              ? cappedExponentialDelay(
                  attemptsMade,
                  (job?.opts.backoff as { delay?: number } | undefined)?.delay ?? tuning.backoffMs,
                  tuning.backoffMaxMs,
                )
              : 0,
        },
        autorun: false,
      },
    );
    this.worker.on('failed', (job, error) => {
      if (job) void this.afterFailure(job, error);
    });
    this.worker.on('error', outage.error);

    this.cancelSubscriber = new Redis({
      ...redisOptionsFromUrl(this.config.REDIS_URL),
      maxRetriesPerRequest: null,
    });
    this.cancelSubscriber.on('error', outage.error).on('ready', outage.ready);
    await this.cancelSubscriber.subscribe(matchRunCancelChannel(this.config.BULL_PREFIX));
    this.cancelSubscriber.on('message', (_channel, message: string) => {
      if (this.worker?.cancelJob(message, 'cancelled by a broker'))
        this.logger.log({ runId: message, msg: 'cancel signal sent' });
    });

    await this.scheduleRepeatedJobs();
    void this.worker.run().catch((e: unknown) => this.logger.error(`worker stopped: ${String(e)}`));
    await this.worker.waitUntilReady();
    this.logger.log(
      `worker ready on queue "${QueueName.Matching}" (prefix ${connection.prefix}, concurrency ${this.config.WORKER_CONCURRENCY}, lock ${tuning.lockDurationMs} ms, stalled check ${tuning.stalledIntervalMs} ms)`,
    );
  }

  /** Every worker upserts the schedules of the repeated jobs (housekeeping, reconciler): one each however many run. */
  private async scheduleRepeatedJobs(): Promise<void> {
    for (const handler of this.handlers.values()) {
      if (handler.repeatEverySeconds === undefined) continue;
      await this.queue.schedule(
        { name: handler.name, data: {} } as QueueJob,
        handler.repeatEverySeconds,
      );
      if (handler.repeatEverySeconds > 0)
        this.logger.log(`${handler.name} scheduled every ${handler.repeatEverySeconds} s`);
    }
  }

  private async dispatch(
    job: Job,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job "${job.name}"`);
    return handler.handle(job, signal, token);
  }

  private async afterFailure(job: Job, error: Error): Promise<void> {
    try {
      const handler = this.handlers.get(job.name);
      if (handler?.onFinalFailure && (await job.isFailed()))
        await handler.onFinalFailure(job, error);
    } catch (e) {
      this.logger.error(`after-failure bookkeeping of job ${job.id} failed: ${String(e)}`);
    }
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`shutting down (${signal ?? 'close'}): finishing active jobs`);
    await this.worker?.close();
    await this.cancelSubscriber?.quit().catch(() => undefined);
    await this.queue.close();
  }
}
