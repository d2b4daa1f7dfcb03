import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import {
  JobName,
  MatchingQueue,
  PURGE_EXPIRED_SCHEDULER_ID,
  type PurgeExpiredJobData,
} from '@brobygger/queue';
import {
  ExpiredRecordsRepository,
  type PurgeCounts,
} from '@brobygger/persistence/repositories/expired-records.repository';
import { JobHandler } from './job-handler';

/**
 * Housekeeping of the identity tables, repeated every PURGE_EVERY_SECONDS by a BullMQ job scheduler. Every worker
 * upserts the same scheduler at start (one schedule however many workers run); PURGE_EVERY_SECONDS=0 removes it.
 */
@Injectable()
export class PurgeExpiredHandler
  implements JobHandler<PurgeExpiredJobData>, OnApplicationBootstrap
{
  readonly name = JobName.PurgeExpired;
  private readonly logger = new Logger(PurgeExpiredHandler.name);

  constructor(
    private readonly records: ExpiredRecordsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: MatchingQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const everySeconds = this.config.PURGE_EVERY_SECONDS;
    await this.queue.schedule(PURGE_EXPIRED_SCHEDULER_ID, everySeconds, {
      name: JobName.PurgeExpired,
      data: {},
    });
    if (everySeconds > 0) this.logger.log(`housekeeping scheduled every ${everySeconds} s`);
  }

  async handle(): Promise<PurgeCounts> {
    const counts = await this.records.purge({
      loginWindowSeconds: this.config.LOGIN_LOCKOUT_SECONDS,
      invitationRetentionDays: this.config.INVITATION_RETENTION_DAYS,
    });
    this.logger.log(
      `housekeeping: deleted ${counts.refreshTokens} expired session tokens, ${counts.invitations} expired invitations, ${counts.loginThrottles} stale login counters`,
    );
    return counts;
  }
}
