import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { scoreNeedShard, type ShardScores } from '@brobygger/engine';
import { JobName, type ScoreShardJobData } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { JobHandler } from './job-handler';
import { PreparedModels } from './prepared-models';

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
 * the run is no longer RUNNING (cancelled): the run job then stops.
 */
@Injectable()
export class ScoreShardHandler implements JobHandler<ScoreShardJobData> {
  readonly name = JobName.ScoreShard;
  private readonly logger = new Logger(ScoreShardHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly models: PreparedModels,
  ) {}

  async handle(job: Job<ScoreShardJobData>): Promise<ScoreShardResult | null> {
    const { matchRunId: runId, from, to } = job.data;
    if ((await this.runs.getStatus(runId)) !== 'RUNNING') {
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
}
