import { JobName, QueueName } from './queue.constants';

/** Payloads carry ids only; the handler reloads state from PostgreSQL. */
export interface StartMatchRunJobData {
  matchRunId: string;
}

export interface RefreshArenaJobData {
  arenaId: string;
}

/** Housekeeping needs no payload: what is expired is decided by the clock and the configuration. */
export type PurgeExpiredJobData = Record<string, never>;

/** Map of every job name to its payload type. */
export interface JobDataMap {
  [JobName.StartMatchRun]: StartMatchRunJobData;
  [JobName.RefreshArena]: RefreshArenaJobData;
  [JobName.PurgeExpired]: PurgeExpiredJobData;
}

/** Which queue each job goes to. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.StartMatchRun]: QueueName.Matching,
  [JobName.RefreshArena]: QueueName.Matching,
  [JobName.PurgeExpired]: QueueName.Matching,
};

/** A typed job: name and matching payload. */
export type QueueJob =
  | { name: JobName.StartMatchRun; data: StartMatchRunJobData }
  | { name: JobName.RefreshArena; data: RefreshArenaJobData }
  | { name: JobName.PurgeExpired; data: PurgeExpiredJobData };

/** Extra knobs for building options (e.g. debounce window of a refresh). */
export interface JobOptionOverrides {
  /** Debounce window in ms for refresh jobs (0 = no delay/deduplication). */
  debounceMs?: number;
  attempts?: number;
  backoffDelayMs?: number;
}
