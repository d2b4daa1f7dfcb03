import { Field, ID, ObjectType } from '@nestjs/graphql';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';

@ObjectType('UnmatchedNeed', {
  description: 'A need a run could not place, with a reason a broker can act on.',
})
export class UnmatchedNeedModel {
  @Field(() => ID)
  knowledgeNeedId: string;

  @Field(() => KnowledgeNeedModel, { nullable: true })
  knowledgeNeed?: unknown;

  @Field()
  reason: string;
}
