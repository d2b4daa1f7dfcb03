import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationModel } from '../../organizations/models/organization.model';

@ObjectType('ConflictExclusion', {
  description:
    "A conflict-of-interest pair of organizations kept by a mobilization arena's brokers: no match run in the arena proposes the two together.",
})
export class ConflictExclusionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  arenaId: string;

  @Field(() => ID, {
    description: 'One organization of the pair (the pair is stored ordered by id).',
  })
  organizationAId: string;

  @Field(() => OrganizationModel)
  organizationA?: OrganizationModel;

  @Field(() => ID)
  organizationBId: string;

  @Field(() => OrganizationModel)
  organizationB?: OrganizationModel;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
