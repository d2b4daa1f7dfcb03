import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from './transformers';

export const CONSORTIUM_MEMBER_ROLES = ['LEAD', 'PARTNER'] as const;
export type ConsortiumMemberRole = (typeof CONSORTIUM_MEMBER_ROLES)[number];

export const INVITATION_RESPONSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

/**
 * One organization in a consortium (lead or partner), with the need or profile it brings, its answer to the
 * invitation and, for a municipality, what it commits (person-months, a contact person freed from other duties).
 */
@Entity({ name: 'consortium_members' })
export class ConsortiumMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  role: ConsortiumMemberRole;

  @Column({ name: 'knowledge_need_id', type: 'uuid', nullable: true })
  knowledgeNeedId: string | null;

  @Column({ name: 'competence_profile_id', type: 'uuid', nullable: true })
  competenceProfileId: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  response: InvitationResponse;

  @Column({ name: 'response_reason', type: 'text', nullable: true })
  responseReason: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column({
    name: 'committed_person_months',
    type: 'numeric',
    precision: 6,
    scale: 1,
    nullable: true,
    transformer: numericTransformer,
  })
  committedPersonMonths: number | null;

  @Column({ name: 'contact_person_name', type: 'text', nullable: true })
  contactPersonName: string | null;

  @Column({ name: 'contact_person_freed', type: 'boolean', default: false })
  contactPersonFreed: boolean;

  @Column({ name: 'invited_at', type: 'timestamptz' })
  invitedAt: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
