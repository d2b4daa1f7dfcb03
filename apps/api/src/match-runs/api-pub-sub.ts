import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { MatchingQueue, redisOptionsFromUrl } from '@brobygger/queue';

/**
 * The API's one Redis pub/sub (graphql-redis-subscriptions, JSON messages): run updates published by
 * MatchingQueue.publishRunUpdate (API and worker) and notifications. Its connections report outages to the
 * process's one RedisOutageReporter.
 */
@Injectable()
export class ApiPubSub extends RedisPubSub implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig, queue: MatchingQueue) {
    const options = { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null };
    super({
      publisher: new Redis(options).on('error', queue.outage.error),
      subscriber: new Redis(options)
        .on('error', queue.outage.error)
        .on('ready', queue.outage.ready),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close().catch(() => undefined);
  }
}
