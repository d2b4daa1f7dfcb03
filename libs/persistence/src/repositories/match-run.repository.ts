import { EntityManager } from 'typeorm';
import { MatchRunEntity, MatchRunPhase, MatchRunStatus } from '../entities/match-run.entity';
import { Page, PageRequest } from '../pagination';
import { isUuid, SqlParams } from '../sql';
import {
  CREATED_DESC,
  Db,
  entityRows,
  findByIdsInOrder,
  keysetPage,
  managerOf,
  returningEntities,
  returningRows,
  selectEntities,
} from './repository-support';
import { NotificationRepository } from './notification.repository';

export interface CreateMatchRunData {
  /** Set for idempotent inserts (freshness runs derive the id from their job). */
  id?: string;
  arenaId: string;
  projectType: string | null;
  settings: Record<string, unknown>;
  requestedBy: string | null;
  trigger?: 'MANUAL' | 'REFRESH';
}

export interface MatchRunFilter {
  arenaId?: string;
  status?: MatchRunStatus;
  /** Access control (auth issue): unless `all`, only runs of these arenas. Omitted = no restriction. */
  arenaScope?: { all: boolean; arenaIds: string[] } | null;
}

/** Timings of one run in milliseconds. */
export interface MatchRunTimings {
  queueWaitMs?: number;
  loadMs?: number;
  engineMs?: number;
  saveMs?: number;
}

/** All SQL about match runs. Status changes are conditional updates so that a cancelled run stays cancelled. */
export class MatchRunRepository {
  constructor(private readonly db: Db) {}

  /** `RETURNING` list of a run row (mapped by `returningEntities`). */
  private get returning(): string {
    return entityRows(this.db, MatchRunEntity).returning;
  }

  async create(data: CreateMatchRunData): Promise<MatchRunEntity> {
    const rows = await returningEntities(
      this.db,
      MatchRunEntity,
      `INSERT INTO match_runs (id, arena_id, project_type, settings, requested_by, trigger)
       VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4::jsonb, $5, $6)
       RETURNING ${this.returning}`,
      [
        data.id ?? null,
        data.arenaId,
        data.projectType,
        JSON.stringify(data.settings ?? {}),
        data.requestedBy,
        data.trigger ?? 'MANUAL',
      ],
    );
    return rows[0];
  }

  /**
   * Fairness: at most one QUEUED run per arena and project type. Cancels the QUEUED runs of the run's arena and
   * project type created before it (their error names the run that replaced them) and returns them. Called after
   * the run's job was enqueued; of concurrent requests the newest (by creation time, then id) stays.
   */
  async cancelOlderQueued(run: MatchRunEntity): Promise<MatchRunEntity[]> {
    return returningEntities(
      this.db,
      MatchRunEntity,
      `UPDATE match_runs SET status = 'CANCELLED', error = $3, finished_at = now(), version = version + 1,
         updated_at = now()
       WHERE id IN (
         -- rows locked in one order, so that concurrent requests wait for each other instead of deadlocking
         SELECT id FROM match_runs
         WHERE arena_id = $1 AND project_type IS NOT DISTINCT FROM $2 AND status = 'QUEUED'
           AND (created_at, id) < (SELECT created_at, id FROM match_runs WHERE id = $4)
         ORDER BY created_at, id FOR UPDATE)
       RETURNING ${this.returning}`,
      [run.arenaId, run.projectType, `replaced by a newer request (run ${run.id})`, run.id],
    );
  }

  /**
   * The run's place in its arena's line: 1 + the arena's other QUEUED or RUNNING runs created before it. Used as
   * the job priority, so that a free worker takes the run with the fewest runs of its own arena ahead of it.
   */
  async arenaRank(id: string): Promise<number> {
    const rows: Array<{ rank: number }> = await this.db.query(
      `SELECT 1 + count(o.id)::int AS rank FROM match_runs r
       LEFT JOIN match_runs o ON o.arena_id = r.arena_id AND o.id <> r.id AND o.status IN ('QUEUED', 'RUNNING')
         AND o.created_at <= r.created_at
       WHERE r.id = $1`,
      [id],
    );
    return rows[0]?.rank ?? 1;
  }

  /** QUEUED or RUNNING runs unchanged for `graceSeconds` (the reconciler checks their jobs), oldest first. */
  async findUnchangedPending(graceSeconds: number, limit: number): Promise<MatchRunEntity[]> {
    return selectEntities(
      this.db,
      MatchRunEntity,
      `t.status IN ('QUEUED', 'RUNNING') AND t.updated_at < now() - make_interval(secs => $1)`,
      [graceSeconds, limit],
      't.updated_at LIMIT $2',
    );
  }

  /** The reconciler put the run's job back on the queue: QUEUED again, with the reason visible. */
  async markRequeued(id: string, note: string): Promise<boolean> {
    const rows = await returningRows(
      this.db,
      `UPDATE match_runs SET status = 'QUEUED', phase = 'QUEUED', progress = 0, error = $2, version = version + 1,
         updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [id, note],
    );
    return rows.length > 0;
  }

  /**
   * Insert a freshness run unless a run with this id exists, or a QUEUED run of the arena for all project types
   * waits already (it will read the changed data when it starts). Returns whether it was inserted.
   */
  async createIfAbsent(data: CreateMatchRunData & { id: string }): Promise<boolean> {
    const rows = await returningRows(
      this.db,
      `INSERT INTO match_runs (id, arena_id, project_type, settings, requested_by, trigger)
       SELECT $1, $2, $3, $4::jsonb, $5, $6
       WHERE NOT EXISTS (SELECT 1 FROM match_runs WHERE arena_id = $2 AND project_type IS NULL AND status = 'QUEUED')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        data.id,
        data.arenaId,
        data.projectType,
        JSON.stringify(data.settings ?? {}),
        data.requestedBy,
        data.trigger ?? 'MANUAL',
      ],
    );
    return rows.length > 0;
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM match_runs WHERE id = $1`, [id]);
  }

  async findById(id: string): Promise<MatchRunEntity | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  /** Batch load: one statement, results in key order (null for unknown ids). */
  findByIds(ids: readonly string[]): Promise<Array<MatchRunEntity | null>> {
    return findByIdsInOrder(this.db, MatchRunEntity, ids);
  }

  /** Newest first, keyset-paginated. */
  list(filter: MatchRunFilter, page: PageRequest): Promise<Page<MatchRunEntity>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.arenaId) where.push(`r.arena_id = ${params.add(filter.arenaId)}`);
    if (filter.status) where.push(`r.status = ${params.add(filter.status)}`);
    if (filter.arenaScope && !filter.arenaScope.all) {
      where.push(`r.arena_id = ANY(${params.add(filter.arenaScope.arenaIds)}::uuid[])`);
    }
    return keysetPage(this.db, {
      from: 'match_runs r',
      idSql: 'r.id',
      where,
      params,
      order: { ...CREATED_DESC, sortSql: 'r.created_at' },
      page,
      load: (ids) => this.findByIds(ids),
    });
  }

  /**
   * A worker takes the run: QUEUED or RUNNING (a redelivery after a crash) becomes RUNNING, attempts + 1.
   * Returns null when the run is gone or final (cancelled, succeeded, failed): the job must then do nothing.
   */
  async markRunning(id: string, queuedAt: Date | null): Promise<MatchRunEntity | null> {
    const rows = await returningEntities(
      this.db,
      MatchRunEntity,
      `UPDATE match_runs SET status = 'RUNNING', phase = 'LOADING', progress = 0, attempts = attempts + 1, error = NULL,
         started_at = COALESCE(started_at, now()),
         queue_wait_ms = COALESCE(queue_wait_ms, GREATEST(0, (EXTRACT(EPOCH FROM (now() - COALESCE($2::timestamptz, created_at))) * 1000)::int)),
         version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
       RETURNING ${this.returning}`,
      [id, queuedAt],
    );
    return rows[0] ?? null;
  }

  /** Progress of a running run; returns false if the run is no longer running (e.g. cancelled). */
  async updateProgress(
    id: string,
    phase: MatchRunPhase,
    progress: number,
    patch: Partial<MatchRunTimings & { needCount: number; profileCount: number }> = {},
  ): Promise<boolean> {
    const rows = await returningRows(
      this.db,
      `UPDATE match_runs SET phase = $2, progress = $3,
         load_ms = COALESCE($4, load_ms), engine_ms = COALESCE($5, engine_ms),
         need_count = COALESCE($6, need_count), profile_count = COALESCE($7, profile_count),
         updated_at = now()
       WHERE id = $1 AND status = 'RUNNING' RETURNING id`,
      [
        id,
        phase,
        Math.max(0, Math.min(100, Math.round(progress))),
        patch.loadMs ?? null,
        patch.engineMs ?? null,
        patch.needCount ?? null,
        patch.profileCount ?? null,
      ],
    );
    return rows.length > 0;
  }

  async getStatus(id: string): Promise<MatchRunStatus | null> {
    const rows: Array<{ status: MatchRunStatus }> = await this.db.query(
      `SELECT status FROM match_runs WHERE id = $1`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  /** An attempt failed and BullMQ will retry: back to QUEUED with the last reason visible. */
  async markRetrying(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE match_runs SET status = 'QUEUED', phase = 'QUEUED', error = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id, error],
    );
  }

  /** Final failure after the last attempt. */
  async markFailed(id: string, error: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const rows = await returningRows<{ requestedBy: string | null }>(
        manager,
        `UPDATE match_runs SET status = 'FAILED', error = $2, finished_at = now(), version = version + 1, updated_at = now()
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING requested_by AS "requestedBy"`,
        [id, error],
      );
      const run = rows[0];
      if (run?.requestedBy) await notifyRunEnded(manager, 'MATCH_RUN_FAILED', id, run.requestedBy);
      return rows.length > 0;
    });
  }

  /** Cancel a queued or running run; returns the run after the change, or null if it was not cancellable. */
  async markCancelled(id: string): Promise<MatchRunEntity | null> {
    const rows = await returningEntities(
      this.db,
      MatchRunEntity,
      `UPDATE match_runs SET status = 'CANCELLED', error = COALESCE(error, 'cancelled by a broker'), finished_at = now(),
         version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING ${this.returning}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Lock the run row (call on a repository bound to a transaction: serialises concurrent saves of a duplicated
   * delivery).
   */
  async lockForSave(id: string): Promise<MatchRunStatus | null> {
    const rows: Array<{ status: MatchRunStatus }> = await this.db.query(
      `SELECT status FROM match_runs WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  /** The run's result was saved (call on a repository bound to the saving transaction); notifies the broker. */
  async markSucceeded(
    id: string,
    result: {
      objective: number;
      upperBound: number;
      proposalCount: number;
      unmatchedCount: number;
    },
    timings: MatchRunTimings,
  ): Promise<void> {
    await this.db.query(
      `UPDATE match_runs SET status = 'SUCCEEDED', phase = 'DONE', progress = 100, error = NULL,
         objective = $2, upper_bound = $3, proposal_count = $4, unmatched_count = $5,
         load_ms = COALESCE($6, load_ms), engine_ms = COALESCE($7, engine_ms),
         save_ms = COALESCE($8, GREATEST(0, (EXTRACT(EPOCH FROM (clock_timestamp() - now())) * 1000)::int)),
         finished_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        result.objective,
        result.upperBound,
        result.proposalCount,
        result.unmatchedCount,
        timings.loadMs ?? null,
        timings.engineMs ?? null,
        timings.saveMs ?? null,
      ],
    );
    const [run]: Array<{ requestedBy: string | null }> = await this.db.query(
      `SELECT requested_by AS "requestedBy" FROM match_runs WHERE id = $1`,
      [id],
    );
    if (run?.requestedBy)
      await notifyRunEnded(managerOf(this.db), 'MATCH_RUN_FINISHED', id, run.requestedBy);
  }

  /**
   * The save time including the commit is only known afterwards; markSucceeded already stored the time spent in the
   * transaction (now() is its start), so a SUCCEEDED run never shows an empty save time. This refines it.
   */
  async setSaveMs(id: string, saveMs: number): Promise<void> {
    await this.db.query(`UPDATE match_runs SET save_ms = $2 WHERE id = $1`, [
      id,
      Math.round(saveMs),
    ]);
  }
}

/** Tells the broker who started a run that it finished (with its counts) or failed (with the reason). */
async function notifyRunEnded(
  manager: EntityManager,
  kind: 'MATCH_RUN_FINISHED' | 'MATCH_RUN_FAILED',
  runId: string,
  brokerId: string,
): Promise<void> {
  const [run]: Array<{
    arena: string;
    proposals: number | null;
    unmatched: number | null;
    error: string | null;
  }> = await manager.query(
    `SELECT a.name AS arena, r.proposal_count AS proposals,
            r.unmatched_count AS unmatched, r.error
       FROM match_runs r JOIN mobilization_arenas a ON a.id = r.arena_id WHERE r.id = $1`,
    [runId],
  );
  await new NotificationRepository(manager).notify(
    kind,
    { userIds: [brokerId] },
    {
      matchRunId: runId,
      arena: run.arena,
      proposals: run.proposals,
      unmatched: run.unmatched,
      error: run.error,
    },
    `/kjoringer/${runId}`,
  );
}
