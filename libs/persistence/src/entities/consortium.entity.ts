import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED / NOT_FUNDED; DISSOLVED from any state before
 * FUNDED / NOT_FUNDED.
 */
export const CONSORTIUM_STATUSES = [
  'FORMING',
  'CONFIRMED',
  'APPLICATION_DRAFT',
  'SUBMITTED',
  'FUNDED',
  'NOT_FUNDED',
  'DISSOLVED',
] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

/** A consortium formed from an accepted proposal; its status history is in consortium_status_changes. */
@Entity({ name: 'consortia' })
export class ConsortiumEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Column({ name: 'project_type', type: 'text' })
  projectType: string;

  @Column({ name: 'lead_organization_id', type: 'uuid' })
  leadOrganizationId: string;

  @Column({ type: 'text', default: 'FORMING' })
  status: ConsortiumStatus;

  @Column({ name: 'needs_attention', type: 'boolean', default: false })
  needsAttention: boolean;

  @Column({ name: 'attention_reason', type: 'text', nullable: true })
  attentionReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
