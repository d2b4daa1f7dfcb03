import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { JobName, type PurgeExpiredJobData } from '@brobygger/queue';
import {
  ExpiredRecordsRepository,
  type PurgeCounts,
} from '@brobygger/persistence/repositories/expired-records.repository';
import { JobHandler } from './job-handler';

/**
 * Housekeeping of the identity tables, repeated every PURGE_EVERY_SECONDS by a BullMQ job scheduler (upserted by
 * every worker at start, see MatchRunProcessor; PURGE_EVERY_SECONDS=0 removes it).
 */
@Injectable()
export class PurgeExpiredHandler implements JobHandler<PurgeExpiredJobData> {
  readonly name = JobName.PurgeExpired;
  readonly repeatEverySeconds: number;
  private readonly logger = new Logger(PurgeExpiredHandler.name);

  constructor(
    private readonly records: ExpiredRecordsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.repeatEverySeconds = config.PURGE_EVERY_SECONDS;
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
