import { createHash } from 'node:crypto';

/**
 * Tuning of the matching queue. The variables are validated (with defaults) by the one configuration schema in
 * libs/config (config.schema.ts); this maps the validated configuration onto the names BullMQ's options use.
 * Shared by the API (job options) and the worker (locks, stalled-job recovery).
 */
export interface QueueTuning {
  /** MATCH_JOB_ATTEMPTS: deliveries of one run before it is marked FAILED (default 5). */
  attempts: number;
  /** MATCH_JOB_BACKOFF_MS: first retry delay, doubled each time (default 2000). */
  backoffMs: number;
  /** MATCH_JOB_BACKOFF_MAX_MS: the longest retry delay (default 30000). */
  backoffMaxMs: number;
  /** WORKER_LOCK_DURATION_MS: a job whose worker stops renewing this lock is considered stalled (default 60000). */
  lockDurationMs: number;
  /** WORKER_STALLED_INTERVAL_MS: how often workers look for stalled jobs (default 15000). */
  stalledIntervalMs: number;
  /** WORKER_MAX_STALLED_COUNT: how often a job may stall (worker crash) before it fails (default 2). */
  maxStalledCount: number;
}

/** The part of the validated configuration (AppConfig of @brobygger/config) that holds the queue tuning. */
export interface QueueTuningConfig {
  readonly MATCH_JOB_ATTEMPTS: number;
  readonly MATCH_JOB_BACKOFF_MS: number;
  readonly MATCH_JOB_BACKOFF_MAX_MS: number;
  readonly WORKER_LOCK_DURATION_MS: number;
  readonly WORKER_STALLED_INTERVAL_MS: number;
  readonly WORKER_MAX_STALLED_COUNT: number;
}

/** The queue tuning of a validated configuration (`loadConfig()` / the APP_CONFIG provider). */
export function queueTuningFromConfig(config: QueueTuningConfig): QueueTuning {
  return {
    attempts: config.MATCH_JOB_ATTEMPTS,
    backoffMs: config.MATCH_JOB_BACKOFF_MS,
    backoffMaxMs: config.MATCH_JOB_BACKOFF_MAX_MS,
    lockDurationMs: config.WORKER_LOCK_DURATION_MS,
    stalledIntervalMs: config.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: config.WORKER_MAX_STALLED_COUNT,
  };
}

/**
 * Delay before retry number `attemptsMade` (1 = the first retry): `firstMs`, doubled each time, never more than
 * `maxMs`. The worker registers it as BullMQ's backoff strategy CAPPED_EXPONENTIAL_BACKOFF.
 */
export function cappedExponentialDelay(
  attemptsMade: number,
  firstMs: number,
  maxMs: number,
): number {
  const exponent = Math.max(0, attemptsMade - 1);
  return Math.min(maxMs, firstMs * 2 ** Math.min(exponent, 30));
}

/** Deterministic UUID (v4 layout) derived from a string, e.g. the id of a refresh job → the id of its run. */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
