import type { Job } from 'bullmq';
import type { JobName } from '@brobygger/queue';

/** One handler per JobName; the processor dispatches by job name and checks the registry at boot. */
export interface JobHandler<TData = unknown> {
  readonly name: JobName;
  /** Repeated jobs (no payload): every how many seconds the worker schedules this job (0 = not at all). */
  readonly repeatEverySeconds?: number;
  /** `token`: the worker's lock token of the job (to move it to waiting-children, see StartMatchRunHandler). */
  handle(job: Job<TData>, signal: AbortSignal | undefined, token?: string): Promise<unknown>;
  /** Called when BullMQ moved the job to the failed set for good (last attempt, stalled too often). */
  onFinalFailure?(job: Job<TData>, error: Error): Promise<void>;
}

/** Thrown inside a run when the broker cancelled it. */
export class MatchRunCancelledError extends Error {
  constructor(runId: string) {
    super(`match run ${runId} was cancelled`);
    this.name = 'MatchRunCancelledError';
  }
}
