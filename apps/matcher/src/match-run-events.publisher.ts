import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  MatchRunUpdateMessage,
  matchRunUpdatedChannel,
  RedisOutageReporter,
  redisOptionsFromUrl,
} from '@brobygger/queue';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';

/**
 * Publishes match-run changes on Redis pub/sub. The API's `matchRunUpdated` subscription (graphql-redis-subscriptions)
 * listens on the same prefixed channel; the payload is JSON, as RedisPubSub expects.
 */
@Injectable()
export class MatchRunEventsPublisher implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig, outage: RedisOutageReporter) {
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      maxRetriesPerRequest: 3,
      lazyConnect: false,
    });
    this.redis.on('error', outage.error).on('ready', outage.ready);
    this.prefix = config.BULL_PREFIX;
  }

  async publish(
    run: Pick<MatchRunEntity, 'id' | 'status' | 'phase' | 'progress' | 'error'>,
  ): Promise<void> {
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

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
