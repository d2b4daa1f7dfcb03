import { Injectable, Logger } from '@nestjs/common';
import { parseSettings, ProblemValidationError } from '@brobygger/engine/exchange/validate';
import { InvalidStateError, NotFoundError, ValidationError } from '@brobygger/persistence/errors';
import type {
  MatchRunEntity,
  MatchRunStatus,
} from '@brobygger/persistence/entities/match-run.entity';
import type { Page, PageRequest } from '@brobygger/persistence/pagination';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { MatchingQueue, type MatchRunUpdateMessage } from '@brobygger/queue';
import { MatchRunUpdates } from './match-run-updates';
import { StartMatchRunInput } from './dto/start-match-run.input';

/**
 * Starting, reading and cancelling match runs. `start` validates everything first, inserts the run and enqueues
 * its job (job id = run id); if the enqueue fails the row is deleted again, so no run is left dangling.
 * Fairness between arenas: once enqueued, a new run replaces the QUEUED run of the same arena and project type (that
 * run becomes CANCELLED, its error naming the new run), and its job priority is its place in its arena's line.
 */
@Injectable()
export class MatchRunsService {
  private readonly logger = new Logger(MatchRunsService.name);

  constructor(
    private readonly runs: MatchRunRepository,
    private readonly problems: MatchProblemRepository,
    private readonly queue: MatchingQueue,
    private readonly runUpdates: MatchRunUpdates,
  ) {}

  async start(
    input: StartMatchRunInput,
    requestedBy: string | null = null,
  ): Promise<MatchRunEntity> {
    const arena = await this.problems.findArena(input.arenaId);
    if (!arena) throw new NotFoundError('MobilizationArena', input.arenaId);
    const settings = input.settings ?? {};
    await this.validateSettings(input.arenaId, settings, input.projectType ?? null);
    const openNeeds = await this.problems.countOpenNeeds(input.arenaId);
    if (openNeeds === 0) {
      throw new ValidationError(
        'input.arenaId',
        `arena ${input.arenaId} ("${arena.name}") has no open knowledge needs in its counties (${arena.countyNumbers.join(', ') || 'none'}); nothing to match`,
      );
    }
    const run = await this.runs.create({
      arenaId: input.arenaId,
      projectType: input.projectType ?? null,
      settings,
      requestedBy,
    });
    try {
      await this.queue.enqueueRun(run.id, await this.runs.arenaRank(run.id));
    } catch (error) {
      await this.runs.delete(run.id);
      this.logger.error(`[run ${run.id}] enqueue failed, run removed: ${String(error)}`);
      throw error;
    }
    for (const old of await this.runs.cancelOlderQueued(run)) await this.stopQueued(old);
    return run;
  }

  /**
   * The engine validates the settings exactly as in a problem file; paths become `input.settings.<path>`. Pins and
   * excludeIds name needs and profiles, so only then are the arena's need and profile ids read.
   */
  private async validateSettings(
    arenaId: string,
    settings: Record<string, unknown>,
    projectType: string | null,
  ): Promise<void> {
    const withType = projectType ? { ...settings, projectTypes: [projectType] } : settings;
    const known =
      'pins' in settings || 'excludeIds' in settings
        ? await this.problems.memberIds(arenaId)
        : undefined;
    try {
      parseSettings(withType, known);
    } catch (e) {
      if (e instanceof ProblemValidationError)
        throw new ValidationError(`input.${e.path}`, e.reason);
      throw e;
    }
  }

  async get(id: string): Promise<MatchRunEntity> {
    const run = await this.runs.findById(id);
    if (!run) throw new NotFoundError('MatchRun', id);
    return run;
  }

  /** `filter.arenaScope` (from the access policy) limits the runs to the broker's arenas. */
  list(
    filter: {
      arenaId?: string;
      status?: MatchRunStatus;
      arenaScope?: { all: boolean; arenaIds: string[] };
    },
    page: PageRequest,
  ): Promise<Page<MatchRunEntity>> {
    return this.runs.list(filter, page);
  }

  /**
   * Cancel a QUEUED or RUNNING run. A queued job is removed from the queue; a running one is told to stop through
   * the cancel channel (its worker aborts the job's signal; the worker also re-checks the status between phases).
   */
  async cancel(id: string): Promise<MatchRunEntity> {
    const run = await this.get(id);
    const cancelled = await this.runs.markCancelled(id);
    if (!cancelled) {
      throw new InvalidStateError(
        'MatchRun',
        id,
        run.status,
        `MatchRun ${id} is ${run.status}; only QUEUED or RUNNING runs can be cancelled`,
      );
    }
    await this.stopQueued(cancelled);
    await this.queue.publishCancel(id);
    return cancelled;
  }

  /** After a run was cancelled or replaced: drop its job if it has not started, and tell the subscribers. */
  private async stopQueued(run: MatchRunEntity): Promise<void> {
    try {
      await this.queue.removeWaitingRun(run.id);
    } catch (error) {
      this.logger.warn(`[run ${run.id}] could not remove the queued job: ${String(error)}`);
    }
    await this.queue.publishRunUpdate(run);
  }

  updates(id: string): AsyncIterableIterator<MatchRunUpdateMessage> {
    return this.runUpdates.of(id);
  }
}
