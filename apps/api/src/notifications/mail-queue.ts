import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { bullConnectionOptions, QueueName } from '@brobygger/queue';

export const MAIL_QUEUE = Symbol('MAIL_QUEUE');

/** The producer side of the mail queue (per-deployment key prefix BULL_PREFIX). */
export const mailQueueProvider = {
  provide: MAIL_QUEUE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new Queue(
      QueueName.Mail,
      bullConnectionOptions({ redisUrl: config.REDIS_URL, prefix: config.BULL_PREFIX }),
    ),
};
