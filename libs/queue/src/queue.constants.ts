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
  /**
   * Housekeeping: delete expired sessions, invitations and login counters. Repeated jobs run on a BullMQ job
   * scheduler whose id is the job name (upserted by every worker, so there is only ever one).
   */
  PurgeExpired = 'purge-expired',
  /** Fails or re-enqueues runs whose job is missing or failed (repeated by a job scheduler). */
  ReconcileRuns = 'reconcile-runs',
  /** A child of a large run's flow: score one shard of its needs (job id = run id + first need index). */
  ScoreShard = 'score-shard',
}

/** Retry policy of jobs without a tuning of their own (housekeeping, reconciling). */
export const DEFAULT_JOB_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_DELAY_MS = 1000;

/** Name of the worker's backoff strategy for run jobs: exponential with a cap (cappedExponentialDelay). */
export const CAPPED_EXPONENTIAL_BACKOFF = 'capped-exponential';
