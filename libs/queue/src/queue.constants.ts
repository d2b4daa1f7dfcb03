/**
 * Queue and job names shared by the API (producer) and the matcher (consumer).
 * The values are stored in Redis: never rename a value once it has shipped, add new ones instead.
 */
export enum QueueName {
  Matching = 'matching',
  /** E-mail and notification delivery, consumed by the API (apps/api/src/notifications). */
  Mail = 'mail',
}

/** Jobs of the mail queue. */
export enum MailJobName {
  /** Send one outbox row (at most once; see NotificationRepository.sendOnce). */
  Send = 'send-mail',
  /** Push notifications and queue outbox rows left behind (repeated). */
  Sweep = 'notification-sweep',
  /** The daily digest e-mails (repeated by a cron pattern). */
  Digest = 'mail-digest',
  /** Reminders of unanswered consortium invitations (repeated hourly). */
  Remind = 'invitation-reminders',
}

export enum JobName {
  /** Run the matching engine for one match run (job id = match run id). */
  StartMatchRun = 'start-match-run',
  /** Debounced freshness re-run of an arena after a need or profile changed. */
  RefreshArena = 'refresh-arena',
  /** Housekeeping: delete expired sessions, invitations and login counters (repeated by a job scheduler). */
  PurgeExpired = 'purge-expired',
}

/** Id of the job scheduler that repeats PurgeExpired (upserted by every worker, so there is only ever one). */
export const PURGE_EXPIRED_SCHEDULER_ID = 'purge-expired';

/** Default engine-independent retry policy of matching jobs. */
export const DEFAULT_JOB_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_DELAY_MS = 1000;
