import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { PROPOSAL_STATUSES } from '@brobygger/persistence/entities/consortium-proposal.entity';
import type { ProposalStatus } from '@brobygger/persistence/entities/consortium-proposal.entity';
import { PROPOSAL_MEMBER_ROLES } from '@brobygger/persistence/entities/consortium-proposal-member.entity';
import type { ProposalMemberRole } from '@brobygger/persistence/entities/consortium-proposal-member.entity';
import { REJECTION_REASON_CATEGORIES } from '@brobygger/persistence/enums';
import type { ProjectType, RejectionReasonCategory } from '@brobygger/persistence/enums';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { CompetenceProfileModel } from '../../competence-profiles/models/competence-profile.model';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';
import { OrganizationModel } from '../../organizations/models/organization.model';

const enumObject = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProposalStatusEnum = enumObject(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, {
  name: 'ConsortiumProposalStatus',
  description:
    'PROPOSED (open for a decision), ACCEPTED, REJECTED, SUPERSEDED (a newer run replaced it).',
});

export const RejectionReasonCategoryEnum = enumObject(REJECTION_REASON_CATEGORIES);
registerEnumType(RejectionReasonCategoryEnum, {
  name: 'RejectionReasonCategory',
  description:
    'Why a proposal was rejected: ALREADY_COLLABORATING, CAPACITY, REGION, POOR_FIT (the needs or expertise do not fit), OTHER.',
});

export const ProposalMemberRoleEnum = enumObject(PROPOSAL_MEMBER_ROLES);
registerEnumType(ProposalMemberRoleEnum, {
  name: 'ConsortiumMemberRole',
  description:
    'LEAD (project owner), NEED (a municipality through its need), RESEARCH_GROUP (through its profile).',
});

@ObjectType('ProposalScoreComponents', {
  description: 'Consortium score components, each in [0, 1].',
})
export class ProposalScoreComponentsModel {
  @Field(() => Float) relevance: number;
  @Field(() => Float) coverage: number;
  @Field(() => Float) cohesion: number;
  @Field(() => Float) diversity: number;
}

@ObjectType('ConsortiumProposalMember')
export class ConsortiumProposalMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalMemberRoleEnum)
  role: ProposalMemberRole;

  @Field(() => ID)
  organizationId: string;

  @Field(() => OrganizationModel, {
    description: 'The municipality, county municipality, research group or lead.',
  })
  organization?: unknown;

  @Field(() => KnowledgeNeedModel, { nullable: true, description: 'For NEED members.' })
  knowledgeNeed?: unknown;

  @Field(() => CompetenceProfileModel, {
    nullable: true,
    description: 'For RESEARCH_GROUP members.',
  })
  competenceProfile?: unknown;
}

@ObjectType('ConsortiumProposal', {
  description: 'A consortium suggested by a match run, for a broker to decide on.',
})
export class ConsortiumProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  matchRunId: string;

  @Field(() => ID)
  arenaId: string;

  @Field(() => ProjectTypeEnum)
  projectType: ProjectType;

  @Field(() => Int, { description: 'Position in its run (0 = first).' })
  rank: number;

  @Field(() => Float, { description: 'Consortium score in [0, 1].' })
  score: number;

  @Field(() => ProposalScoreComponentsModel)
  components: ProposalScoreComponentsModel;

  @Field({ description: 'Why these members belong together (Norwegian bokmål by default).' })
  explanation: string;

  @Field(() => ID)
  leadOrganizationId: string;

  @Field(() => OrganizationModel)
  leadOrganization?: unknown;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => RejectionReasonCategoryEnum, {
    nullable: true,
    description: 'The category the broker chose when rejecting (null when none was chosen).',
  })
  decisionReasonCategory: RejectionReasonCategory | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => [ConsortiumProposalMemberModel])
  members?: unknown;

  @Field(() => ID, {
    nullable: true,
    description: 'For a SUPERSEDED proposal: the proposal of the newer run that replaced it.',
  })
  supersededBy: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
