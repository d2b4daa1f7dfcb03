import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import {
  prepareScoringModel,
  scoringSnapshot,
  type Problem,
  type ScoringSnapshot,
  type TextAffinityModel,
} from '@brobygger/engine';
import { MatchingQueue } from '@brobygger/queue';

/** How long an idle worker keeps the last flow run's model (a run's shards and formation follow each other closely). */
export const PREPARED_MODEL_IDLE_MS = 30_000;

/**
 * The text model of a flow run's whole problem, held by each worker for the run's shards and its formation step
 * (the last run's model only). The run's job prepares it from the problem (analysing every text) and saves it as
 * the run's snapshot in Redis (the problem with its analysed corpus); another worker rebuilds it from the snapshot
 * without analysing text. The model is let go when its run ends on this worker (release), when the run is
 * cancelled, and after PREPARED_MODEL_IDLE_MS without use (another worker may have formed the run).
 */
@Injectable()
export class PreparedModels implements OnApplicationShutdown {
  private last?: { runId: string; model: Promise<TextAffinityModel>; idle: NodeJS.Timeout };

  constructor(private readonly queue: MatchingQueue) {}

  /** The run job of a flow: prepare the model from the problem and save the run's snapshot for the shards. */
  async prepareForShards(runId: string, problem: Problem): Promise<void> {
    const model = prepareScoringModel(problem);
    await this.queue.saveRunProblem(runId, JSON.stringify(scoringSnapshot(model)));
    void this.hold(runId, Promise.resolve(model));
  }

  /** Whether this worker holds the run's model already. */
  has(runId: string): boolean {
    return this.last?.runId === runId;
  }

  /** The run's model (from its snapshot unless held); fails when the snapshot is gone. */
  get(runId: string): Promise<TextAffinityModel> {
    if (this.last?.runId !== runId) {
      const model = this.load(runId);
      // a failure is not kept: a retry loads again
      model.catch(() => this.release(runId));
      return this.hold(runId, model);
    }
    this.last.idle.refresh();
    return this.last.model;
  }

  /** Forget the run's model (its run is done). */
  release(runId: string): void {
    if (this.last?.runId !== runId) return;
    clearTimeout(this.last.idle);
    this.last = undefined;
  }

  onApplicationShutdown(): void {
    if (this.last) this.release(this.last.runId);
  }

  private hold(runId: string, model: Promise<TextAffinityModel>): Promise<TextAffinityModel> {
    if (this.last) this.release(this.last.runId);
    const idle = setTimeout(() => this.release(runId), PREPARED_MODEL_IDLE_MS);
    idle.unref();
    this.last = { runId, model, idle };
    return model;
  }

  private async load(runId: string): Promise<TextAffinityModel> {
    const json = await this.queue.loadRunProblem(runId);
    if (json === null) throw new Error('the problem snapshot of this flow run is gone from Redis');
    const { problem, corpus } = JSON.parse(json) as ScoringSnapshot;
    return prepareScoringModel(problem, undefined, corpus);
  }
}
