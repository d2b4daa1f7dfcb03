import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { scoreNeedShard, type ShardScores } from '@brobygger/engine';
import { JobName, MatchingQueue, type ScoreShardJobData } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { JobHandler } from './job-handler';
import { holdUnlessCancelled, testHoldMs } from './matcher-test-hooks';
import { PreparedModels } from './prepared-models';
import { publishStoredRun } from './run-updates';

/** A shard's scores with what it cost (the queue benchmark reads them from the job's return value). */
export interface ScoreShardResult extends ShardScores {
  /**
   * CPU time of this job (ms; of the whole worker process, so exact with WORKER_CONCURRENCY 1), and the part of it
   * spent preparing the model (0 when this worker had it).
   */
  cpuMs: number;
  prepareCpuMs: number;
  /** The worker process that scored it. */
  pid: number;
}

/**
 * A child of a flow run (see StartMatchRunHandler): scores needs [from, to) of the run's problem snapshot against
 * the model of the whole problem (PreparedModels: rebuilt from the snapshot once per worker and run, so further
 * shards of the run on this worker, and its formation step if this worker takes it, skip that). Returns null when
 * the run is no longer RUNNING (cancelled, or failed by another shard): the run job then stops. Errors are rethrown
 * so BullMQ retries the shard; after its last attempt the run is marked FAILED with the shard's reason (its job
 * fails too: failParentOnFailure).
 */
@Injectable()
export class ScoreShardHandler implements JobHandler<ScoreShardJobData> {
  readonly name = JobName.ScoreShard;
  private readonly logger = new Logger(ScoreShardHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly queue: MatchingQueue,
    private readonly models: PreparedModels,
  ) {}

  async handle(job: Job<ScoreShardJobData>): Promise<ScoreShardResult | null> {
    const { matchRunId: runId, from, to } = job.data;
    const ended = async (): Promise<boolean> => (await this.runs.getStatus(runId)) !== 'RUNNING';
    const hold = testHoldMs(process.env, 'MATCHER_TEST_SHARD_HOLD_MS');
    if (hold > 0 && !(await ended())) await holdUnlessCancelled(hold, ended);
    if (await ended()) {
      this.models.release(runId);
      return null;
    }
    const started = process.cpuUsage();
    const cpuSince = (): number => {
      const u = process.cpuUsage(started);
      return Math.round((u.user + u.system) / 1000);
    };
    const prepared = this.models.has(runId);
    const model = await this.models.get(runId);
    const prepareCpuMs = prepared ? 0 : cpuSince();
    const scores = scoreNeedShard(model, from, to);
    const cpuMs = cpuSince();
    this.logger.log({
      runId,
      msg: `scored needs ${from}–${to - 1} in ${cpuMs} ms CPU (${prepareCpuMs} ms preparing)`,
    });
    return { ...scores, cpuMs, prepareCpuMs, pid: process.pid };
  }

  /** The shard failed for good: so does its run, with the shard's reason; the run's snapshot is no longer needed. */
  async onFinalFailure(job: Job<ScoreShardJobData>, error: Error): Promise<void> {
    const { matchRunId: runId, from, to } = job.data;
    this.models.release(runId);
    const reason = `scoring needs ${from}–${to - 1} failed after ${job.attemptsMade} attempts: ${error.message.slice(0, 2000)}`;
    if (await this.runs.markFailed(runId, reason)) {
      this.logger.warn({ runId, msg: `run failed: ${reason}` });
      await publishStoredRun(this.runs, this.queue, this.logger, runId);
    }
    await this.queue.deleteRunProblem(runId);
  }
}
