import { JobName } from './queue.constants';

/** Payloads carry ids only; the handler reloads state from PostgreSQL. */
export interface StartMatchRunJobData {
  matchRunId: string;
  /**
   * Set by the worker when it made the run a flow: its needs are scored by ScoreShard children, and the next
   * delivery (once they have all completed) forms and packs from their results.
   */
  step?: 'form';
}

/** Needs [from, to) of the run's problem snapshot (MatchingQueue.saveRunProblem). */
export interface ScoreShardJobData {
  matchRunId: string;
  from: number;
  to: number;
}

export interface RefreshArenaJobData {
  arenaId: string;
}

/** Housekeeping needs no payload: what is expired is decided by the clock and the configuration. */
export type PurgeExpiredJobData = Record<string, never>;

/** The reconciler needs no payload: it reads the runs that are QUEUED or RUNNING. */
export type ReconcileRunsJobData = Record<string, never>;

/** A typed job: name and matching payload. */
export type QueueJob =
  | { name: JobName.StartMatchRun; data: StartMatchRunJobData }
  | { name: JobName.RefreshArena; data: RefreshArenaJobData }
  | { name: JobName.PurgeExpired; data: PurgeExpiredJobData }
  | { name: JobName.ReconcileRuns; data: ReconcileRunsJobData }
  | { name: JobName.ScoreShard; data: ScoreShardJobData };

/** Extra knobs for building options (e.g. debounce window of a refresh). */
export interface JobOptionOverrides {
  /** Debounce window in ms for refresh jobs (0 = no delay/deduplication). */
  debounceMs?: number;
  attempts?: number;
  backoffDelayMs?: number;
  /** Priority of a run job (1 = first; see MatchingQueue.enqueueRun). */
  priority?: number;
}
