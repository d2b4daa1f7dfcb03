import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CountyModel } from '../../reference-data/models/county.model';

@ObjectType('MobilizationArena', {
  description: 'A regional mobilization arena covering one or more counties.',
})
export class MobilizationArenaModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [CountyModel])
  counties: CountyModel[];

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
