import { Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { bullConnectionOptions, QueueName, RedisOutageReporter } from '@brobygger/queue';

export const MATCHING_QUEUE = Symbol('MATCHING_QUEUE');
export type MatchingQueue = Queue;

/** Producer side of the matching queue (closed on shutdown by its owner module). */
export const matchingQueueProvider: Provider = {
  provide: MATCHING_QUEUE,
  inject: [APP_CONFIG, RedisOutageReporter],
  useFactory: (config: AppConfig, outage: RedisOutageReporter): Queue => {
    const queue = new Queue(
      QueueName.Matching,
      bullConnectionOptions({ redisUrl: config.REDIS_URL, prefix: config.BULL_PREFIX }),
    );
    queue.on('error', outage.error);
    return queue;
  },
};
