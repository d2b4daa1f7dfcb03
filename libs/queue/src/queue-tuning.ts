import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * Tuning of the matching queue, read from environment variables (validated, with the variable named on error).
 * Shared by the API (job options) and the worker (locks, stalled-job recovery).
 */
export interface QueueTuning {
  /** MATCH_JOB_ATTEMPTS: deliveries of one run before it is marked FAILED (default 3). */
  attempts: number;
  /** MATCH_JOB_BACKOFF_MS: first retry delay, doubled each time (default 1000). */
  backoffMs: number;
  /** WORKER_LOCK_DURATION_MS: a job whose worker stops renewing this lock is considered stalled (default 60000). */
  lockDurationMs: number;
  /** WORKER_STALLED_INTERVAL_MS: how often workers look for stalled jobs (default 15000). */
  stalledIntervalMs: number;
  /** WORKER_MAX_STALLED_COUNT: how often a job may stall (worker crash) before it fails (default 2). */
  maxStalledCount: number;
}

const int = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${name}: must be an integer from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  MATCH_JOB_ATTEMPTS: int('MATCH_JOB_ATTEMPTS', 1, 20, 3),
  MATCH_JOB_BACKOFF_MS: int('MATCH_JOB_BACKOFF_MS', 0, 3_600_000, 1000),
  WORKER_LOCK_DURATION_MS: int('WORKER_LOCK_DURATION_MS', 500, 3_600_000, 60_000),
  WORKER_STALLED_INTERVAL_MS: int('WORKER_STALLED_INTERVAL_MS', 200, 3_600_000, 15_000),
  WORKER_MAX_STALLED_COUNT: int('WORKER_MAX_STALLED_COUNT', 0, 100, 2),
});

export function loadQueueTuning(
  env: Record<string, string | undefined> = process.env,
): QueueTuning {
  const parsed = schema.safeParse({
    MATCH_JOB_ATTEMPTS: env.MATCH_JOB_ATTEMPTS,
    MATCH_JOB_BACKOFF_MS: env.MATCH_JOB_BACKOFF_MS,
    WORKER_LOCK_DURATION_MS: env.WORKER_LOCK_DURATION_MS,
    WORKER_STALLED_INTERVAL_MS: env.WORKER_STALLED_INTERVAL_MS,
    WORKER_MAX_STALLED_COUNT: env.WORKER_MAX_STALLED_COUNT,
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid queue configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  const v = parsed.data;
  return {
    attempts: v.MATCH_JOB_ATTEMPTS,
    backoffMs: v.MATCH_JOB_BACKOFF_MS,
    lockDurationMs: v.WORKER_LOCK_DURATION_MS,
    stalledIntervalMs: v.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: v.WORKER_MAX_STALLED_COUNT,
  };
}

/** Deterministic UUID (v4 layout) derived from a string, e.g. the id of a refresh job → the id of its run. */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
