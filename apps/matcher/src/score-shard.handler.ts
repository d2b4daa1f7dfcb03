import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  prepareScoringModel,
  scoreNeedShard,
  type Problem,
  type ShardScores,
  type TextAffinityModel,
} from '@brobygger/engine';
import { JobName, MatchingQueue, type ScoreShardJobData } from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { JobHandler } from './job-handler';

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
 * the model of the whole problem. The worker keeps the model of its last run, so its further shards of that run
 * skip the preparation. Returns null when the run is no longer RUNNING (cancelled): the run job then stops.
 */
@Injectable()
export class ScoreShardHandler implements JobHandler<ScoreShardJobData> {
  readonly name = JobName.ScoreShard;
  private readonly logger = new Logger(ScoreShardHandler.name);
  private prepared?: { runId: string; model: Promise<TextAffinityModel | null> };

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly queue: MatchingQueue,
  ) {}

  async handle(job: Job<ScoreShardJobData>): Promise<ScoreShardResult | null> {
    const { matchRunId: runId, from, to } = job.data;
    if ((await this.runs.getStatus(runId)) !== 'RUNNING') return null;
    const started = process.cpuUsage();
    const cpuSince = (): number => {
      const u = process.cpuUsage(started);
      return Math.round((u.user + u.system) / 1000);
    };
    const cached = this.prepared?.runId === runId;
    if (!cached) this.prepared = { runId, model: this.prepare(runId) };
    const model = await this.prepared!.model.catch((error: unknown) => {
      this.prepared = undefined; // a retry prepares again
      throw error;
    });
    if (model === null) throw new Error('the problem snapshot of this flow run is gone from Redis');
    const prepareCpuMs = cached ? 0 : cpuSince();
    const scores = scoreNeedShard(model, from, to);
    const cpuMs = cpuSince();
    this.logger.log({
      runId,
      msg: `scored needs ${from}–${to - 1} in ${cpuMs} ms CPU (${prepareCpuMs} ms preparing)`,
    });
    return { ...scores, cpuMs, prepareCpuMs, pid: process.pid };
  }

  private async prepare(runId: string): Promise<TextAffinityModel | null> {
    const json = await this.queue.loadRunProblem(runId);
    return json === null ? null : prepareScoringModel(JSON.parse(json) as Problem);
  }
}
