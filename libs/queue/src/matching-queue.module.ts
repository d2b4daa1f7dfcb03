import { Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { MatchingQueue } from './matching-queue';

/**
 * Provides the one MatchingQueue of an application (API or worker) and closes it at shutdown. Its
 * RedisOutageReporter (`matchingQueue.outage`) is the one every other Redis connection of the process reports to.
 */
@Module({
  providers: [
    {
      provide: MatchingQueue,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MatchingQueue(config),
    },
  ],
  exports: [MatchingQueue],
})
export class MatchingQueueModule implements OnApplicationShutdown {
  constructor(private readonly matchingQueue: MatchingQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.matchingQueue.close();
  }
}
