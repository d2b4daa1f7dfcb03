import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One mutation: who, which operation, on what, when, and how it ended. Append-only. */
@Entity({ name: 'audit_log' })
@Index('audit_log_occurred_at_idx', ['occurredAt', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for anonymous calls (login, acceptInvitation) or when the user was deleted later. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** E-mail at the time (kept for anonymous login attempts and deleted users). */
  @Column({ name: 'user_email', type: 'text', nullable: true })
  userEmail: string | null;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  /** The organization a broker or admin acted for (a need registered or edited on behalf of a municipality). */
  @Column({ name: 'on_behalf_of_organization_id', type: 'uuid', nullable: true })
  onBehalfOfOrganizationId: string | null;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
