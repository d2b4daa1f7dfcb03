import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  bullConnectionOptions,
  MailJobName,
  QueueName,
  RedisOutageReporter,
} from '@brobygger/queue';
import { MAIL_QUEUE } from './mail-queue';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';

const SCHEDULE_OPTIONS = { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } };

/**
 * The mail queue's worker, in the API process: sends outbox rows (SMTP or .eml files), and runs the repeated
 * jobs — the sweep that pushes and queues whatever was left behind (NOTIFICATION_SWEEP_SECONDS), the daily
 * digest (DIGEST_CRON) and the hourly reminder of unanswered invitations (INVITATION_REMINDER_DAYS). Every API
 * process upserts the same schedulers, so each runs once however many processes there are.
 */
@Injectable()
export class MailProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailProcessor.name);
  private worker?: Worker;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_QUEUE) private readonly queue: Queue,
    private readonly notifications: NotificationsService,
    private readonly transport: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sweep = this.config.NOTIFICATION_SWEEP_SECONDS;
    if (sweep > 0)
      await this.queue.upsertJobScheduler(
        MailJobName.Sweep,
        { every: sweep * 1000 },
        { name: MailJobName.Sweep, opts: SCHEDULE_OPTIONS },
      );
    else await this.queue.removeJobScheduler(MailJobName.Sweep);
    await this.queue.upsertJobScheduler(
      MailJobName.Digest,
      { pattern: this.config.DIGEST_CRON },
      { name: MailJobName.Digest, opts: SCHEDULE_OPTIONS },
    );
    if (this.config.INVITATION_REMINDER_DAYS > 0)
      await this.queue.upsertJobScheduler(
        MailJobName.Remind,
        { every: 3600 * 1000 },
        { name: MailJobName.Remind, opts: SCHEDULE_OPTIONS },
      );
    else await this.queue.removeJobScheduler(MailJobName.Remind);

    this.worker = new Worker(QueueName.Mail, (job) => this.dispatch(job), {
      ...bullConnectionOptions({
        redisUrl: this.config.REDIS_URL,
        prefix: this.config.BULL_PREFIX,
      }),
      concurrency: 4,
    });
    this.worker.on('error', new RedisOutageReporter(this.logger).error);
    this.worker.on('failed', (job, error) => {
      if (job?.name === MailJobName.Send)
        this.logger.warn(
          `e-mail ${String(job.data?.outboxId)} attempt ${job.attemptsMade} failed: ${error.message}`,
        );
    });
    await this.worker.waitUntilReady();
    this.logger.log(
      this.transport.directory
        ? `e-mail is written as .eml files to ${this.transport.directory} (SMTP_URL is not set)`
        : 'e-mail is sent over SMTP (SMTP_URL)',
    );
  }

  private dispatch(job: Job): Promise<unknown> {
    switch (job.name as MailJobName) {
      case MailJobName.Send:
        return this.notifications.send((job.data as { outboxId: string }).outboxId);
      case MailJobName.Sweep:
        return this.notifications.deliver();
      case MailJobName.Digest:
        return this.notifications.sendDigests();
      case MailJobName.Remind:
        return this.notifications.remindUnansweredInvitations();
      default:
        throw new Error(`no handler for mail job "${job.name}"`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // Without waiting for active jobs: an interrupted e-mail is delivered again and sent at most once (sendOnce).
    await this.worker?.close(true);
    await this.queue.close().catch(() => undefined);
  }
}
