import { Field, Float, ObjectType } from '@nestjs/graphql';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';

@ObjectType('SimilarKnowledgeNeed', {
  description: "Another municipality's need like a given one, with what they have in common.",
})
export class SimilarKnowledgeNeedModel {
  @Field(() => KnowledgeNeedModel)
  need: KnowledgeNeedModel;

  @Field(() => Float, {
    description: "The matching engine's need-to-need similarity (text and themes), 0–1.",
  })
  similarity: number;

  @Field(() => [String], {
    description: 'Words both needs use, as written in the texts, strongest first.',
  })
  sharedTerms: string[];
}
