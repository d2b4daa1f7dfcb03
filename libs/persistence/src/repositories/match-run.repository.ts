import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MatchRunEntity, MatchRunPhase, MatchRunStatus } from '../entities/match-run.entity';
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

/** One page of a list: the rows at `offset` and the number of matches over all pages. */
export interface OffsetPage<T> {
  items: T[];
  totalCount: number;
}

/** Timings of one run in milliseconds. */
export interface MatchRunTimings {
  queueWaitMs?: number;
  loadMs?: number;
  engineMs?: number;
  saveMs?: number;
}

const RUN_COLUMNS = `
  id, arena_id AS "arenaId", project_type AS "projectType", settings, status, phase, progress, attempts, error,
  objective, upper_bound AS "upperBound", need_count AS "needCount", profile_count AS "profileCount",
  proposal_count AS "proposalCount", unmatched_count AS "unmatchedCount", queue_wait_ms AS "queueWaitMs",
  load_ms AS "loadMs", engine_ms AS "engineMs", save_ms AS "saveMs", requested_by AS "requestedBy", trigger,
  started_at AS "startedAt", finished_at AS "finishedAt", version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** All SQL about match runs. Status changes are conditional updates so that a cancelled run stays cancelled. */
@Injectable()
export class MatchRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async create(data: CreateMatchRunData, manager?: EntityManager): Promise<MatchRunEntity> {
    const rows: MatchRunEntity[] = await this.m(manager).query(
      `INSERT INTO match_runs (id, arena_id, project_type, settings, requested_by, trigger)
       VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4::jsonb, $5, $6)
       RETURNING ${RUN_COLUMNS}`,
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

  /** Insert unless a run with this id exists; returns whether it was inserted. */
  async createIfAbsent(data: CreateMatchRunData & { id: string }): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO match_runs (id, arena_id, project_type, settings, requested_by, trigger)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
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
    await this.dataSource.query(`DELETE FROM match_runs WHERE id = $1`, [id]);
  }

  async findById(id: string): Promise<MatchRunEntity | null> {
    const rows: MatchRunEntity[] = await this.dataSource.query(
      `SELECT ${RUN_COLUMNS} FROM match_runs WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findMany(
    filter: MatchRunFilter,
    offset: number,
    limit: number,
  ): Promise<OffsetPage<MatchRunEntity>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.arenaId) {
      params.push(filter.arenaId);
      where.push(`arena_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`status = $${params.length}`);
    }
    if (filter.arenaScope && !filter.arenaScope.all) {
      params.push(filter.arenaScope.arenaIds);
      where.push(`arena_id = ANY($${params.length}::uuid[])`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }]: Array<{ count: string }> = await this.dataSource.query(
      `SELECT count(*) FROM match_runs ${whereSql}`,
      params,
    );
    const rows: MatchRunEntity[] = await this.dataSource.query(
      `SELECT ${RUN_COLUMNS} FROM match_runs ${whereSql} ORDER BY created_at DESC, id DESC
       LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return { items: rows, totalCount: Number(count) };
  }

  /**
   * A worker takes the run: QUEUED or RUNNING (a redelivery after a crash) becomes RUNNING, attempts + 1.
   * Returns null when the run is gone or final (cancelled, succeeded, failed): the job must then do nothing.
   */
  async markRunning(id: string, queuedAt: Date | null): Promise<MatchRunEntity | null> {
    const rows: [MatchRunEntity[], number] = await this.dataSource.query(
      `UPDATE match_runs SET status = 'RUNNING', phase = 'LOADING', progress = 0, attempts = attempts + 1, error = NULL,
         started_at = COALESCE(started_at, now()),
         queue_wait_ms = COALESCE(queue_wait_ms, GREATEST(0, (EXTRACT(EPOCH FROM (now() - COALESCE($2::timestamptz, created_at))) * 1000)::int)),
         version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
       RETURNING ${RUN_COLUMNS}`,
      [id, queuedAt],
    );
    return rows[0]?.[0] ?? null;
  }

  /** Progress of a running run; returns false if the run is no longer running (e.g. cancelled). */
  async updateProgress(
    id: string,
    phase: MatchRunPhase,
    progress: number,
    patch: Partial<MatchRunTimings & { needCount: number; profileCount: number }> = {},
  ): Promise<boolean> {
    const rows: [unknown[], number] = await this.dataSource.query(
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
    return rows[1] > 0;
  }

  async getStatus(id: string): Promise<MatchRunStatus | null> {
    const rows: Array<{ status: MatchRunStatus }> = await this.dataSource.query(
      `SELECT status FROM match_runs WHERE id = $1`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  /** An attempt failed and BullMQ will retry: back to QUEUED with the last reason visible. */
  async markRetrying(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE match_runs SET status = 'QUEUED', phase = 'QUEUED', error = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id, error],
    );
  }

  /** Final failure after the last attempt. */
  async markFailed(id: string, error: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: [Array<{ requestedBy: string | null }>, number] = await manager.query(
        `UPDATE match_runs SET status = 'FAILED', error = $2, finished_at = now(), version = version + 1, updated_at = now()
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING requested_by AS "requestedBy"`,
        [id, error],
      );
      const run = rows[0][0];
      if (run?.requestedBy) await notifyRunEnded(manager, 'MATCH_RUN_FAILED', id, run.requestedBy);
      return rows[1] > 0;
    });
  }

  /** Cancel a queued or running run; returns the run after the change, or null if it was not cancellable. */
  async markCancelled(id: string): Promise<MatchRunEntity | null> {
    const rows: [MatchRunEntity[], number] = await this.dataSource.query(
      `UPDATE match_runs SET status = 'CANCELLED', error = COALESCE(error, 'cancelled by a broker'), finished_at = now(),
         version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING ${RUN_COLUMNS}`,
      [id],
    );
    return rows[0]?.[0] ?? null;
  }

  /** Lock the run row inside a transaction (serialises concurrent saves of a duplicated delivery). */
  async lockForSave(manager: EntityManager, id: string): Promise<MatchRunStatus | null> {
    const rows: Array<{ status: MatchRunStatus }> = await manager.query(
      `SELECT status FROM match_runs WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  async markSucceeded(
    manager: EntityManager,
    id: string,
    result: {
      objective: number;
      upperBound: number;
      proposalCount: number;
      unmatchedCount: number;
    },
    timings: MatchRunTimings,
  ): Promise<void> {
    await manager.query(
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
    const [run]: Array<{ requestedBy: string | null }> = await manager.query(
      `SELECT requested_by AS "requestedBy" FROM match_runs WHERE id = $1`,
      [id],
    );
    if (run?.requestedBy) await notifyRunEnded(manager, 'MATCH_RUN_FINISHED', id, run.requestedBy);
  }

  /**
   * The save time including the commit is only known afterwards; markSucceeded already stored the time spent in the
   * transaction (now() is its start), so a SUCCEEDED run never shows an empty save time. This refines it.
   */
  async setSaveMs(id: string, saveMs: number): Promise<void> {
    await this.dataSource.query(`UPDATE match_runs SET save_ms = $2 WHERE id = $1`, [
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
  await NotificationRepository.notify(
    manager,
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
