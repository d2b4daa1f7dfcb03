import type { JobsOptions } from 'bullmq';
import { QueueJob, JobOptionOverrides } from './job-data.types';
import {
  CAPPED_EXPONENTIAL_BACKOFF,
  DEFAULT_BACKOFF_DELAY_MS,
  DEFAULT_JOB_ATTEMPTS,
  JobName,
} from './queue.constants';

/** Bounded history kept in Redis so a long-running system does not grow without limit. */
export const REMOVE_ON_COMPLETE = { age: 24 * 3600, count: 1000 };
export const REMOVE_ON_FAIL = { age: 7 * 24 * 3600, count: 5000 };

/**
 * One place that decides job options: the job id comes from the business key (idempotent enqueue: adding the
 * same match run twice is a no-op in BullMQ), retries with exponential backoff (capped for runs), bounded history.
 */
export function buildJobOptions(job: QueueJob, overrides: JobOptionOverrides = {}): JobsOptions {
  const base: JobsOptions = {
    attempts: overrides.attempts ?? DEFAULT_JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: overrides.backoffDelayMs ?? DEFAULT_BACKOFF_DELAY_MS },
    removeOnComplete: REMOVE_ON_COMPLETE,
    removeOnFail: REMOVE_ON_FAIL,
  };
  switch (job.name) {
    case JobName.StartMatchRun:
      return {
        ...base,
        jobId: job.data.matchRunId,
        backoff: {
          type: CAPPED_EXPONENTIAL_BACKOFF,
          delay: overrides.backoffDelayMs ?? DEFAULT_BACKOFF_DELAY_MS,
        },
        priority: overrides.priority ?? 1,
      };
    case JobName.RefreshArena: {
      const debounceMs = overrides.debounceMs ?? 0;
      // Debounce mode: while the refresh is still delayed, a newer change replaces it and restarts the window.
      return debounceMs > 0
        ? {
            ...base,
            delay: debounceMs,
            deduplication: {
              id: `refresh-arena:${job.data.arenaId}`,
              ttl: debounceMs,
              extend: true,
              replace: true,
            },
          }
        : { ...base, deduplication: { id: `refresh-arena:${job.data.arenaId}` } };
    }
    case JobName.PurgeExpired:
      // idempotent deletes: a repeated or duplicated purge does no harm
      return base;
    case JobName.ScoreShard:
      // a failed shard (after its retries) fails the run's job and the run (ScoreShardHandler.onFinalFailure)
      return {
        ...base,
        jobId: `${job.data.matchRunId}-shard-${job.data.from}`,
        backoff: {
          type: CAPPED_EXPONENTIAL_BACKOFF,
          delay: overrides.backoffDelayMs ?? DEFAULT_BACKOFF_DELAY_MS,
        },
        priority: overrides.priority ?? 1,
        failParentOnFailure: true,
      };
    case JobName.ReconcileRuns:
      // repeated by its scheduler anyway: a failed round is not retried
      return { ...base, attempts: 1 };
  }
}
