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
  matchRunCancelChannel,
  QueueName,
  RedisOutageReporter,
  redisOptionsFromUrl,
  type QueueTuning,
} from '@brobygger/queue';
import { JobHandler } from './job-handler';
import { QUEUE_TUNING } from './matcher.tokens';
import { PurgeExpiredHandler } from './purge-expired.handler';
import { RefreshArenaHandler } from './refresh-arena.handler';
import { StartMatchRunHandler } from './start-match-run.handler';
import { MATCHING_QUEUE, type MatchingQueue } from './matching-queue.provider';

/**
 * The BullMQ worker of the matching queue. Dispatches jobs by name to their one handler (checked at boot),
 * concurrency from WORKER_CONCURRENCY, lock and stalled-job settings from the queue tuning (a SIGKILLed worker's
 * job is taken over by another worker after the lock expires). Cancellation: the API publishes the run id on the
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
    @Inject(QUEUE_TUNING) private readonly tuning: QueueTuning,
    @Inject(MATCHING_QUEUE) private readonly queue: MatchingQueue,
    private readonly outage: RedisOutageReporter,
    startMatchRun: StartMatchRunHandler,
    refreshArena: RefreshArenaHandler,
    purgeExpired: PurgeExpiredHandler,
  ) {
    const registrations: JobHandler[] = [
      startMatchRun as JobHandler,
      refreshArena as JobHandler,
      purgeExpired as JobHandler,
    ];
    assertJobHandlers(registrations);
    this.handlers = new Map(registrations.map((h) => [h.name, h]));
  }

  async onApplicationBootstrap(): Promise<void> {
    const connection = bullConnectionOptions({
      redisUrl: this.config.REDIS_URL,
      prefix: this.config.BULL_PREFIX,
    });
    this.worker = new Worker(
      QueueName.Matching,
      (job, _token, signal) => this.dispatch(job, signal),
      {
        ...connection,
        concurrency: this.config.WORKER_CONCURRENCY,
        lockDuration: this.tuning.lockDurationMs,
        stalledInterval: this.tuning.stalledIntervalMs,
        maxStalledCount: this.tuning.maxStalledCount,
        autorun: false,
      },
    );
    this.worker.on('failed', (job, error) => {
      if (job) void this.afterFailure(job, error);
    });
    this.worker.on('error', this.outage.error);

    this.cancelSubscriber = new Redis({
      ...redisOptionsFromUrl(this.config.REDIS_URL),
      maxRetriesPerRequest: null,
    });
    this.cancelSubscriber.on('error', this.outage.error).on('ready', this.outage.ready);
    await this.cancelSubscriber.subscribe(matchRunCancelChannel(this.config.BULL_PREFIX));
    this.cancelSubscriber.on('message', (_channel, message: string) => {
      if (this.worker?.cancelJob(message, 'cancelled by a broker'))
        this.logger.log({ runId: message, msg: 'cancel signal sent' });
    });

    void this.worker.run().catch((e: unknown) => this.logger.error(`worker stopped: ${String(e)}`));
    await this.worker.waitUntilReady();
    this.logger.log(
      `worker ready on queue "${QueueName.Matching}" (prefix ${connection.prefix}, concurrency ${this.config.WORKER_CONCURRENCY}, lock ${this.tuning.lockDurationMs} ms, stalled check ${this.tuning.stalledIntervalMs} ms)`,
    );
  }

  private async dispatch(job: Job, signal: AbortSignal | undefined): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job "${job.name}"`);
    return handler.handle(job, signal);
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
