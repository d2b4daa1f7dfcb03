import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  bullConnectionOptions,
  QueueName,
  queueTuningFromConfig,
  redisOptionsFromUrl,
} from '@brobygger/queue';

export const MATCHING_QUEUE = Symbol('MATCHING_QUEUE');
export const MATCH_RUN_PUB_SUB = Symbol('MATCH_RUN_PUB_SUB');
export const QUEUE_TUNING = Symbol('QUEUE_TUNING');

/** Closes the queue and pub/sub connections when the API shuts down. */
@Injectable()
class MatchingQueueLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(MATCHING_QUEUE) private readonly queue: Queue,
    @Inject(MATCH_RUN_PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    await this.pubSub.close().catch(() => undefined);
  }
}

/**
 * The API's side of the matching queue: a BullMQ producer (per-deployment key prefix BULL_PREFIX), the Redis
 * pub/sub the worker publishes run progress on (graphql-redis-subscriptions), and the queue tuning.
 */
@Module({
  providers: [
    {
      provide: MATCHING_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Queue(
          QueueName.Matching,
          bullConnectionOptions({ redisUrl: config.REDIS_URL, prefix: config.BULL_PREFIX }),
        ),
    },
    {
      provide: MATCH_RUN_PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const options = { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null };
        return new RedisPubSub({ publisher: new Redis(options), subscriber: new Redis(options) });
      },
    },
    { provide: QUEUE_TUNING, inject: [APP_CONFIG], useFactory: queueTuningFromConfig },
    MatchingQueueLifecycle,
  ],
  exports: [MATCHING_QUEUE, MATCH_RUN_PUB_SUB, QUEUE_TUNING],
})
export class MatchingQueueModule {}
