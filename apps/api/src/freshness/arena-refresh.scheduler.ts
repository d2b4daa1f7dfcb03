import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { MatchingQueue } from '@brobygger/queue';
import { MatchingDataChange, MatchingDataEvents } from './matching-data-events';

/**
 * Freshness: when a need or profile changes, schedule a debounced `refresh-arena` job for every arena it belongs
 * to. BullMQ deduplication (debounce mode: id per arena, ttl = delay = MATCH_RERUN_DEBOUNCE_MS, extend + replace)
 * turns a burst of edits into one re-run after the last one. MATCH_RERUN_DEBOUNCE_MS=0 turns it off.
 */
@Injectable()
export class ArenaRefreshScheduler implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ArenaRefreshScheduler.name);
  private subscription?: Subscription;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly events: MatchingDataEvents,
    private readonly problems: MatchProblemRepository,
    private readonly queue: MatchingQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.MATCH_RERUN_DEBOUNCE_MS > 0;
  }

  onModuleInit(): void {
    if (!this.enabled) return;
    this.subscription = this.events.changes.subscribe((change) => {
      const p = this.schedule(change).catch((e: unknown) =>
        this.logger.warn(
          `could not schedule a refresh after ${change.kind} ${change.id} changed: ${String(e)}`,
        ),
      );
      this.pending.add(p);
      void p.finally(() => this.pending.delete(p));
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    await Promise.allSettled([...this.pending]);
  }

  /** Enqueue (debounced) refreshes of the arenas the changed row belongs to; returns their ids. */
  async schedule(change: MatchingDataChange): Promise<string[]> {
    const arenaIds =
      change.kind === 'knowledgeNeed'
        ? await this.problems.arenaIdsForNeed(change.id)
        : await this.problems.arenaIdsForProfile(change.id);
    for (const arenaId of arenaIds) await this.queue.enqueueRefresh(arenaId);
    return arenaIds;
  }
}
