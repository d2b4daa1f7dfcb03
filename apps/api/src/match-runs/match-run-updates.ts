import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  MatchingQueue,
  matchRunUpdatedChannel,
  type MatchRunUpdateMessage,
  redisOptionsFromUrl,
} from '@brobygger/queue';

/**
 * The subscriber side of run updates: the `matchRunUpdated` subscription listens on the channel that
 * MatchingQueue.publishRunUpdate (API and worker) publishes on (graphql-redis-subscriptions, JSON messages).
 */
@Injectable()
export class MatchRunUpdates implements OnApplicationShutdown {
  private readonly pubSub: RedisPubSub;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig, queue: MatchingQueue) {
    const options = { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null };
    const publisher = new Redis(options).on('error', queue.outage.error);
    const subscriber = new Redis(options)
      .on('error', queue.outage.error)
      .on('ready', queue.outage.ready);
    this.pubSub = new RedisPubSub({ publisher, subscriber });
    this.prefix = queue.prefix;
  }

  /** The updates of one run, as they are published. */
  of(matchRunId: string): AsyncIterableIterator<MatchRunUpdateMessage> {
    return this.pubSub.asyncIterableIterator<MatchRunUpdateMessage>(
      matchRunUpdatedChannel(this.prefix, matchRunId),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close().catch(() => undefined);
  }
}
