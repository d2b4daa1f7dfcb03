import { Injectable } from '@nestjs/common';
import { prepareScoringModel, type Problem, type TextAffinityModel } from '@brobygger/engine';
import { MatchingQueue } from '@brobygger/queue';

/**
 * The text model of a flow run's whole problem, prepared from its snapshot in Redis once per worker process and
 * shared by the run's shards and its formation step on this worker (the last run's model only).
 */
@Injectable()
export class PreparedModels {
  private last?: { runId: string; model: Promise<TextAffinityModel> };

  constructor(private readonly queue: MatchingQueue) {}

  /** Whether this worker holds the run's model already. */
  has(runId: string): boolean {
    return this.last?.runId === runId;
  }

  /** The run's model; fails when the snapshot is gone. */
  get(runId: string): Promise<TextAffinityModel> {
    if (this.last?.runId !== runId) {
      const model = this.prepare(runId);
      this.last = { runId, model };
      // a failure is not kept: a retry prepares again
      model.catch(() => this.release(runId));
    }
    return this.last.model;
  }

  /** Forget the run's model (its run is done). */
  release(runId: string): void {
    if (this.last?.runId === runId) this.last = undefined;
  }

  private async prepare(runId: string): Promise<TextAffinityModel> {
    const json = await this.queue.loadRunProblem(runId);
    if (json === null) throw new Error('the problem snapshot of this flow run is gone from Redis');
    return prepareScoringModel(JSON.parse(json) as Problem);
  }
}
