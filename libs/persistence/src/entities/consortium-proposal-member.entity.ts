import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PROPOSAL_MEMBER_ROLES = ['NEED', 'RESEARCH_GROUP', 'LEAD'] as const;
export type ProposalMemberRole = (typeof PROPOSAL_MEMBER_ROLES)[number];

/**
 * One member of a proposal: a need (with its owner organization), a research group (with the profile that
 * qualified it) or the lead organization. Invitations to members will refer to these rows later.
 */
@Entity({ name: 'consortium_proposal_members' })
@Index('consortium_proposal_members_proposal_idx', ['proposalId', 'position'])
export class ConsortiumProposalMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'text' })
  role: ProposalMemberRole;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'knowledge_need_id', type: 'uuid', nullable: true })
  knowledgeNeedId: string | null;

  @Column({ name: 'competence_profile_id', type: 'uuid', nullable: true })
  competenceProfileId: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
