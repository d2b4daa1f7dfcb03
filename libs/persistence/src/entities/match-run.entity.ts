import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const MATCH_RUN_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
] as const;
export type MatchRunStatus = (typeof MATCH_RUN_STATUSES)[number];

export const MATCH_RUN_PHASES = [
  'QUEUED',
  'LOADING',
  'SCORING',
  'FORMING_CANDIDATES',
  'OPTIMISING',
  'SAVING',
  'DONE',
] as const;
export type MatchRunPhase = (typeof MATCH_RUN_PHASES)[number];

/** Statuses after which a run never changes again. */
export const FINAL_MATCH_RUN_STATUSES: ReadonlyArray<MatchRunStatus> = [
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
];

/** One execution of the matching engine for an arena (queued → running → succeeded | failed | cancelled). */
@Entity({ name: 'match_runs' })
@Index('match_runs_arena_created_idx', ['arenaId', 'createdAt'])
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  /** Only this project type; null = all types of the settings. */
  @Column({ name: 'project_type', type: 'text', nullable: true })
  projectType: string | null;

  /** Partial engine settings given by the broker (validated by the engine before insert). */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  settings: Record<string, unknown>;

  @Column({ type: 'text', default: 'QUEUED' })
  status: MatchRunStatus;

  @Column({ type: 'text', default: 'QUEUED' })
  phase: MatchRunPhase;

  /** 0..100 */
  @Column({ type: 'int', default: 0 })
  progress: number;

  /** Delivery attempts started by workers (1 on the first try). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'double precision', nullable: true })
  objective: number | null;

  @Column({ name: 'upper_bound', type: 'double precision', nullable: true })
  upperBound: number | null;

  @Column({ name: 'need_count', type: 'int', nullable: true })
  needCount: number | null;

  @Column({ name: 'profile_count', type: 'int', nullable: true })
  profileCount: number | null;

  @Column({ name: 'proposal_count', type: 'int', nullable: true })
  proposalCount: number | null;

  @Column({ name: 'unmatched_count', type: 'int', nullable: true })
  unmatchedCount: number | null;

  @Column({ name: 'queue_wait_ms', type: 'int', nullable: true })
  queueWaitMs: number | null;

  @Column({ name: 'load_ms', type: 'int', nullable: true })
  loadMs: number | null;

  @Column({ name: 'engine_ms', type: 'int', nullable: true })
  engineMs: number | null;

  @Column({ name: 'save_ms', type: 'int', nullable: true })
  saveMs: number | null;

  /** Who asked for it; null for automatic (freshness) runs. */
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** Why the run exists: MANUAL (startMatchRun) or REFRESH (debounced re-run after a change). */
  @Column({ type: 'text', default: 'MANUAL' })
  trigger: 'MANUAL' | 'REFRESH';

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
