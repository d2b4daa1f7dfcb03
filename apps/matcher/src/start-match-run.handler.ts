import { Inject, Injectable, Logger } from '@nestjs/common';
import { WaitingChildrenError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { needShards, proposeConsortia, type ShardScores } from '@brobygger/engine';
import { parseProblem, ProblemValidationError } from '@brobygger/engine/exchange/validate';
import type { Problem } from '@brobygger/engine/exchange/types';
import {
  cappedExponentialDelay,
  JobName,
  MatchingQueue,
  type StartMatchRunJobData,
} from '@brobygger/queue';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';
import { JobHandler, MatchRunCancelledError } from './job-handler';
import { PreparedModels } from './prepared-models';
import { enginePhaseToProgress, ProgressReporter } from './progress-reporter';
import { publishStoredRun } from './run-updates';
import { holdUnlessCancelled, testHoldMs } from './matcher-test-hooks';

export interface StartMatchRunResult {
  matchRunId: string;
  outcome: 'SUCCEEDED' | 'SKIPPED' | 'CANCELLED';
  proposals?: number;
  /**
   * CPU time of this delivery when it succeeded (ms; of the whole worker process, so exact with WORKER_CONCURRENCY
   * 1): of a flow run, its formation step's (the queue benchmark reads it).
   */
  cpuMs?: number;
}

/**
 * Runs one match run: loading → scoring → forming candidates → optimising → saving. A run of more than
 * SHARD_NEEDS_ABOVE needs is a BullMQ flow: after loading, the job prepares the text model, saves the run's snapshot
 * (problem and analysed corpus) in Redis, adds one
 * ScoreShard child per SHARD_SIZE needs (score-shard.handler.ts; any worker takes them) and waits for them; its
 * next delivery (`step: 'form'`) forms and packs from their results — the same proposals as in one process. Idempotent: a redelivery
 * (crash, stalled lock, duplicate) starts over and the save replaces the run's proposals atomically. Errors are
 * rethrown so BullMQ retries; the last attempt marks the run FAILED with a readable reason. The failure is written
 * with retries (the job's backoff), so that a database restart does not leave the run RUNNING; if it still cannot be
 * written, the reconciler (reconcile-runs.handler.ts) fails the run once the database answers again.
 */
@Injectable()
export class StartMatchRunHandler implements JobHandler<StartMatchRunJobData> {
  readonly name = JobName.StartMatchRun;
  private readonly logger = new Logger(StartMatchRunHandler.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly proposals: ConsortiumProposalRepository,
    private readonly problems: MatchProblemRepository,
    private readonly queue: MatchingQueue,
    private readonly models: PreparedModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(
    job: Job<StartMatchRunJobData>,
    signal: AbortSignal | undefined,
    token?: string,
  ): Promise<StartMatchRunResult> {
    const cpuStart = process.cpuUsage();
    const runId = job.data.matchRunId;
    const log = (msg: string) => this.logger.log({ runId, msg });
    let forming = job.data.step === 'form';
    const queuedAt = new Date(job.timestamp + (job.opts.delay ?? 0));
    // the formation step of a flow run continues the attempt that made the flow (a retry of it starts a new one)
    const running = forming ? await this.runs.findById(runId) : null;
    const run =
      running?.status === 'RUNNING' ? running : await this.runs.markRunning(runId, queuedAt);
    if (!run) {
      if (forming) {
        this.models.release(runId);
        await this.queue.deleteRunProblem(runId);
      }
      log(`skipped: run is ${(await this.runs.getStatus(runId)) ?? 'gone'}`);
      return { matchRunId: runId, outcome: 'SKIPPED' };
    }
    if (!forming) {
      log(
        `attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1} started (arena ${run.arenaId})`,
      );
      await this.publish(run);
    }

    const cancelled = async (): Promise<boolean> =>
      Boolean(signal?.aborted) || (await this.runs.getStatus(runId)) !== 'RUNNING';
    const throwIfCancelled = async (): Promise<void> => {
      if (await cancelled()) throw new MatchRunCancelledError(runId);
    };

    try {
      let parsed: Problem | undefined;
      let loadMs: number;
      if (forming) {
        // a redelivery after a crash between adding the shards and waiting for them: wait for those still pending
        if (token !== undefined && (await job.moveToWaitingChildren(token)))
          throw new WaitingChildrenError();
        loadMs = run.loadMs ?? 0;
      } else {
        const loadStart = performance.now();
        const problem = await this.problems.loadProblem(run.arenaId, settingsOf(run));
        const hold = testHoldMs();
        if (hold > 0) await holdUnlessCancelled(hold, cancelled);
        await throwIfCancelled();
        loadMs = Math.round(performance.now() - loadStart);
        await this.runs.updateProgress(runId, 'SCORING', 10, {
          loadMs,
          needCount: problem.needs.length,
          profileCount: problem.profiles.length,
        });
        await this.publish({ ...run, phase: 'SCORING', progress: 10 });
        log(
          `loaded ${problem.needs.length} needs, ${problem.profiles.length} profiles in ${loadMs} ms`,
        );
        parsed = parseStoredProblem(problem);
        if (parsed.needs.length > this.config.SHARD_NEEDS_ABOVE) {
          if (await this.startFlow(job, token, parsed)) throw new WaitingChildrenError();
          forming = true; // the shards were already done: form at once
        }
      }
      const shards = forming ? await this.shardScores(job) : undefined;
      await throwIfCancelled();

      const engineStart = performance.now();
      // a flow run forms on the model of its snapshot (this worker's, if it scored shards of the run)
      const model = forming ? await this.models.get(runId) : undefined;
      const reporter = new ProgressReporter(async (phase, progress) => {
        if (await this.runs.updateProgress(runId, phase, progress))
          await this.publish({ ...run, phase, progress });
      });
      const doc = await proposeConsortia(model?.problem ?? parsed!, {
        model,
        shards,
        onProgress: (phase, fraction) => {
          if (signal?.aborted) throw new MatchRunCancelledError(runId);
          const p = enginePhaseToProgress(phase, fraction);
          reporter.report(p.phase, p.progress);
        },
      });
      const engineMs = Math.round(performance.now() - engineStart);
      await reporter.flush();
      await throwIfCancelled();
      await this.runs.updateProgress(runId, 'SAVING', 96, { engineMs });
      await this.publish({ ...run, phase: 'SAVING', progress: 96 });

      const saveStart = performance.now();
      const outcome = await this.proposals.saveRunResult(runId, doc, { loadMs, engineMs });
      if (outcome !== 'SAVED') throw new MatchRunCancelledError(runId);
      const saveMs = Math.round(performance.now() - saveStart);
      await this.runs.setSaveMs(runId, saveMs);
      if (forming) {
        this.models.release(runId);
        await this.queue.deleteRunProblem(runId);
      }
      await this.publish({
        ...run,
        status: 'SUCCEEDED',
        phase: 'DONE',
        progress: 100,
        error: null,
      });
      log(
        `succeeded: ${doc.proposals.length} proposals, ${doc.unmatchedNeeds.length} unmatched; load ${loadMs} ms, engine ${engineMs} ms${shards ? ` (after ${shards.length} shards)` : ''}, save ${saveMs} ms`,
      );
      const cpu = process.cpuUsage(cpuStart);
      return {
        matchRunId: runId,
        outcome: 'SUCCEEDED',
        proposals: doc.proposals.length,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      };
    } catch (error) {
      if (error instanceof WaitingChildrenError) throw error; // not a failure: BullMQ resumes the job
      if (error instanceof MatchRunCancelledError || (await cancelled().catch(() => false))) {
        await this.runs.markCancelled(runId); // no-op if already CANCELLED
        const now = await this.runs.findById(runId);
        if (now) await this.publish(now);
        log('cancelled');
        return { matchRunId: runId, outcome: 'CANCELLED' };
      }
      const attempt = job.attemptsMade + 1;
      const max = job.opts.attempts ?? 1;
      const reason = readableReason(error);
      await this.withRetries(async () => {
        if (attempt >= max)
          await this.runs.markFailed(runId, `${reason} (failed ${attempt} of ${max} attempts)`);
        else
          await this.runs.markRetrying(
            runId,
            `attempt ${attempt} of ${max} failed: ${reason}; retrying`,
          );
      });
      const now = await this.runs.findById(runId);
      if (now) await this.publish(now);
      this.logger.warn({ runId, msg: `attempt ${attempt} of ${max} failed: ${reason}` });
      throw error;
    }
  }

  /**
   * Make the run a flow: prepare the text model and save the run's snapshot (the problem with its analysed corpus,
   * so that no other worker analyses text again), add one ScoreShard child per SHARD_SIZE needs, mark the job's
   * next delivery as the formation step and move it to waiting-children. False when the children had all completed
   * already (a redelivery), so the caller forms at once.
   */
  private async startFlow(
    job: Job<StartMatchRunJobData>,
    token: string | undefined,
    problem: Problem,
  ): Promise<boolean> {
    if (token === undefined) throw new Error('a flow run needs the job token of its worker');
    const runId = job.data.matchRunId;
    const shards = needShards(problem.needs.length, this.config.SHARD_SIZE);
    await this.models.prepareForShards(runId, problem);
    await this.queue.addShards(job, shards);
    await job.updateData({ ...job.data, step: 'form' });
    this.logger.log({
      runId,
      msg: `scoring ${problem.needs.length} needs in ${shards.length} shards`,
    });
    return job.moveToWaitingChildren(token);
  }

  /** The results of the run's ScoreShard children, in need order. */
  private async shardScores(job: Job<StartMatchRunJobData>): Promise<ShardScores[]> {
    const values = Object.values(await job.getChildrenValues<ShardScores | null>());
    if (values.some((v) => v === null)) throw new MatchRunCancelledError(job.data.matchRunId);
    return (values as ShardScores[]).sort((a, b) => a.from - b.from);
  }

  /** BullMQ gave up (e.g. the job stalled more often than allowed): make the failure visible on the run. */
  async onFinalFailure(job: Job<StartMatchRunJobData>, error: Error): Promise<void> {
    const runId = job.data.matchRunId;
    const stalled = /stalled/i.test(error.message);
    const reason = stalled
      ? `the worker processing this run stopped responding too often (${error.message})`
      : readableReason(error);
    let marked: boolean;
    try {
      marked = await this.withRetries(() => this.runs.markFailed(runId, reason));
    } catch (e) {
      // the reconciler records it once the database answers again
      this.logger.warn({ runId, msg: `the failure could not be recorded: ${readableReason(e)}` });
      return;
    }
    if (marked) await publishStoredRun(this.runs, this.queue, this.logger, runId);
  }

  /** A status write that survives a short database outage: retried with the job's capped exponential backoff. */
  private async withRetries<T>(write: () => Promise<T>): Promise<T> {
    const { attempts, backoffMs, backoffMaxMs } = this.queue.tuning;
    for (let retry = 1; ; retry++) {
      try {
        return await write();
      } catch (error) {
        if (retry >= attempts) throw error;
        await new Promise((resolve) =>
          setTimeout(resolve, cappedExponentialDelay(retry, backoffMs, backoffMaxMs)),
        );
      }
    }
  }

  private async publish(
    run: Pick<MatchRunEntity, 'id' | 'status' | 'phase' | 'progress' | 'error'>,
  ): Promise<void> {
    await this.queue
      .publishRunUpdate(run)
      .catch((e: unknown) =>
        this.logger.warn({ runId: run.id, msg: `publish failed: ${String(e)}` }),
      );
  }
}

function settingsOf(run: MatchRunEntity): Record<string, unknown> {
  const settings = { ...(run.settings ?? {}) };
  if (run.projectType) settings.projectTypes = [run.projectType];
  return settings;
}

/** Stored data is validated by the engine like any problem file; a bad row names itself in the error. */
function parseStoredProblem(problem: Problem): Problem {
  try {
    return parseProblem(problem);
  } catch (e) {
    if (e instanceof ProblemValidationError) {
      const m = /^(needs|profiles|organizations)\[(\d+)\]/.exec(e.path);
      const list = m
        ? (problem[m[1] as 'needs' | 'profiles' | 'organizations'] as Array<{ id: string }>)
        : null;
      const id = m && list ? list[Number(m[2])]?.id : undefined;
      if (e.path.startsWith('settings'))
        throw new Error(`invalid stored settings of the run: ${e.message}`);
      const what = m ? `${m[1].replace(/s$/, '')} ${id ?? m[2]}` : 'the arena data';
      throw new Error(`invalid stored data in ${what}: ${e.message}`);
    }
    throw e;
  }
}

function readableReason(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 2000);
  return String(error).slice(0, 2000);
}
