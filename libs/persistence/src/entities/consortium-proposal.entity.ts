import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { RejectionReasonCategory } from '../enums';

export const PROPOSAL_STATUSES = ['PROPOSED', 'ACCEPTED', 'REJECTED', 'SUPERSEDED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A consortium suggested by one match run; a broker accepts or rejects it. */
@Entity({ name: 'consortium_proposals' })
@Index('consortium_proposals_run_idx', ['matchRunId', 'rank'])
@Index('consortium_proposals_arena_status_idx', ['arenaId', 'status'])
export class ConsortiumProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_run_id', type: 'uuid' })
  matchRunId: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Column({ name: 'project_type', type: 'text' })
  projectType: string;

  /** Position in the run's result (0 = first). */
  @Column({ type: 'int', default: 0 })
  rank: number;

  @Column({ type: 'double precision' })
  score: number;

  /** relevance, coverage, cohesion, diversity */
  @Column({ type: 'jsonb' })
  components: Record<string, number>;

  @Column({ type: 'text' })
  explanation: string;

  @Column({ name: 'lead_organization_id', type: 'uuid' })
  leadOrganizationId: string;

  @Column({ type: 'text', default: 'PROPOSED' })
  status: ProposalStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  /** The category the broker chose when rejecting (null: read from the reason's words for the follow-up). */
  @Column({ name: 'decision_reason_category', type: 'text', nullable: true })
  decisionReasonCategory: RejectionReasonCategory | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  /** For a SUPERSEDED proposal: the proposal of the newer run that replaced it (if one did). */
  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
