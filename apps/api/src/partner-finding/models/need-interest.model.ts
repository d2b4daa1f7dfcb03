import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CompetenceProfileModel } from '../../competence-profiles/models/competence-profile.model';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';
import { OrganizationModel } from '../../organizations/models/organization.model';

@ObjectType('NeedInterest', {
  description:
    "A research group's interest in a knowledge need, through one of its competence profiles. Seen by the group, the need's municipality, the arena's brokers and admins; the matching engine counts it as evidence for the pair.",
})
export class NeedInterestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  knowledgeNeedId: string;

  @Field(() => KnowledgeNeedModel)
  knowledgeNeed?: KnowledgeNeedModel;

  @Field(() => ID)
  competenceProfileId: string;

  @Field(() => CompetenceProfileModel)
  competenceProfile?: CompetenceProfileModel;

  @Field(() => ID, { description: 'The research group.' })
  organizationId: string;

  @Field(() => OrganizationModel)
  organization?: OrganizationModel;

  @Field({ description: 'What the group would bring (may be empty).' })
  note: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
