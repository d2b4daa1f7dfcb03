import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  CONSORTIUM_STATUSES,
  type ConsortiumStatus,
} from '@brobygger/persistence/entities/consortium.entity';
import {
  CONSORTIUM_MEMBER_ROLES,
  INVITATION_RESPONSES,
  type ConsortiumMemberRole,
  type InvitationResponse,
} from '@brobygger/persistence/entities/consortium-member.entity';
import type { ProjectType } from '@brobygger/persistence/enums';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { CompetenceProfileModel } from '../../competence-profiles/models/competence-profile.model';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';
import { OrganizationModel } from '../../organizations/models/organization.model';
import { RULE_CODES, RULE_OUTCOMES, type RuleCode, type RuleOutcome } from '../programme-rules';

const enumObject = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ConsortiumStatusEnum = enumObject(CONSORTIUM_STATUSES);
registerEnumType(ConsortiumStatusEnum, {
  name: 'ConsortiumStatus',
  description:
    'FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED / NOT_FUNDED; DISSOLVED from any state before the funding decision.',
});

export const ConsortiumPartnerRoleEnum = enumObject(CONSORTIUM_MEMBER_ROLES);
registerEnumType(ConsortiumPartnerRoleEnum, {
  name: 'ConsortiumPartnerRole',
  description: 'LEAD (owns and leads the project) or PARTNER.',
});

export const InvitationResponseEnum = enumObject(INVITATION_RESPONSES);
registerEnumType(InvitationResponseEnum, { name: 'ConsortiumInvitationResponse' });

export const RuleCodeEnum = enumObject(RULE_CODES);
registerEnumType(RuleCodeEnum, {
  name: 'ProgrammeRule',
  description:
    'LEAD_ORGANIZATION (who may own and lead the project type), MEMBER_COUNTS (municipalities and research groups), ' +
    'INTERNATIONAL_COLLABORATION (competence projects), MUNICIPAL_COMMITMENTS (person-months and a freed contact ' +
    'person per municipality), RESEARCH_CAPACITY (research groups within capacity).',
});

export const RuleOutcomeEnum = enumObject(RULE_OUTCOMES);
registerEnumType(RuleOutcomeEnum, { name: 'ProgrammeRuleOutcome' });

@ObjectType('ConsortiumMember', {
  description: 'An organization in a consortium, what it brings, its answer and its commitments.',
})
export class ConsortiumMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => ConsortiumPartnerRoleEnum)
  role: ConsortiumMemberRole;

  @Field(() => ID)
  organizationId: string;

  @Field(() => OrganizationModel)
  organization?: OrganizationModel;

  @Field(() => KnowledgeNeedModel, {
    nullable: true,
    description: 'The need a municipality brings.',
  })
  knowledgeNeed?: KnowledgeNeedModel | null;

  @Field(() => CompetenceProfileModel, {
    nullable: true,
    description: 'The profile a research group brings.',
  })
  competenceProfile?: CompetenceProfileModel | null;

  @Field(() => InvitationResponseEnum)
  response: InvitationResponse;

  @Field(() => String, { nullable: true })
  responseReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Person-months the municipality commits.',
  })
  committedPersonMonths: number | null;

  @Field(() => String, { nullable: true })
  contactPersonName: string | null;

  @Field({ description: 'The municipality frees a contact person from other duties.' })
  contactPersonFreed: boolean;

  @Field(() => GraphQLISODateTime)
  invitedAt: Date;
}

@ObjectType('ConsortiumStatusChange', { description: 'One dated change of a consortium status.' })
export class ConsortiumStatusChangeModel {
  @Field(() => ConsortiumStatusEnum, {
    nullable: true,
    description: 'null when the consortium was formed.',
  })
  fromStatus: ConsortiumStatus | null;

  @Field(() => ConsortiumStatusEnum)
  toStatus: ConsortiumStatus;

  @Field(() => GraphQLISODateTime)
  changedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made the change.' })
  changedBy: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('ProgrammeRuleCheck', { description: 'One programme rule checked on the consortium.' })
export class ProgrammeRuleCheckModel {
  @Field(() => RuleCodeEnum)
  rule: RuleCode;

  @Field(() => RuleOutcomeEnum)
  outcome: RuleOutcome;

  @Field({ description: 'Why, in the requested language.' })
  message: string;

  @Field({
    description:
      'A WARNING a broker accepted (with acceptedReason); it no longer blocks CONFIRMED.',
  })
  accepted: boolean;

  @Field(() => String, { nullable: true })
  acceptedReason: string | null;
}

@ObjectType('Consortium', {
  description: 'A consortium formed from an accepted proposal, on its way to an application.',
})
export class ConsortiumModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  arenaId: string;

  @Field(() => ProjectTypeEnum)
  projectType: ProjectType;

  @Field(() => ConsortiumStatusEnum)
  status: ConsortiumStatus;

  @Field({
    description: 'Something happened the broker must look at (e.g. a member withdrew its need).',
  })
  needsAttention: boolean;

  @Field(() => String, { nullable: true })
  attentionReason: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const REPLACEMENT_STATUSES = ['SUGGESTED', 'NONE_FOUND', 'ACCEPTED'] as const;
export const ReplacementStatusEnum = enumObject(REPLACEMENT_STATUSES);
registerEnumType(ReplacementStatusEnum, {
  name: 'ConsortiumReplacementStatus',
  description:
    'SUGGESTED (the broker may take it), NONE_FOUND (the explanation says why), ACCEPTED (the organization was invited).',
});

@ObjectType('ConsortiumReplacement', {
  description:
    'The engine’s best replacement for a member that declined: a targeted run with the other members pinned and the decliner excluded.',
})
export class ConsortiumReplacementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  declinedMemberId: string;

  @Field(() => OrganizationModel, { nullable: true })
  organization?: OrganizationModel | null;

  @Field(() => KnowledgeNeedModel, { nullable: true })
  knowledgeNeed?: KnowledgeNeedModel | null;

  @Field(() => CompetenceProfileModel, { nullable: true })
  competenceProfile?: CompetenceProfileModel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Score of the consortium with the replacement.',
  })
  score: number | null;

  @Field({ description: 'Why this replacement (the engine’s explanation), or why none was found.' })
  explanation: string;

  @Field(() => ReplacementStatusEnum)
  status: (typeof REPLACEMENT_STATUSES)[number];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ConsortiumInvitationAnswer')
export class ConsortiumInvitationAnswerModel {
  @Field(() => ConsortiumMemberModel)
  member: ConsortiumMemberModel;

  @Field(() => ConsortiumReplacementModel, {
    nullable: true,
    description: 'After a decline: the suggested replacement (or why there is none).',
  })
  replacement: ConsortiumReplacementModel | null;
}
