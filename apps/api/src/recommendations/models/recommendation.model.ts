import { Field, Float, ObjectType } from '@nestjs/graphql';
import { CompetenceProfileModel } from '../../competence-profiles/models/competence-profile.model';
import { KnowledgeNeedModel } from '../../knowledge-needs/models/knowledge-need.model';

@ObjectType('AffinityComponents', {
  description: "The engine's need ↔ profile score components, each in [0, 1].",
})
export class AffinityComponentsModel {
  @Field(() => Float, {
    description: 'Text relevance (TF-IDF cosine over Norwegian/English terms).',
  })
  text: number;

  @Field(() => Float, { description: 'Theme overlap.' })
  themes: number;

  @Field(() => Float, { description: "The profile serves the need's county." })
  region: number;

  @Field(() => Float, { description: 'Project-type fit.' })
  projectType: number;
}

@ObjectType('RecommendedKnowledgeNeed')
export class RecommendedKnowledgeNeedModel {
  @Field(() => KnowledgeNeedModel)
  knowledgeNeed: unknown;

  @Field(() => Float, { description: 'Affinity in [0, 1]; higher fits better.' })
  score: number;

  @Field(() => AffinityComponentsModel)
  components: AffinityComponentsModel;

  @Field(() => [String], { description: 'Words both texts use, as written.' })
  sharedTerms: string[];
}

@ObjectType('RecommendedCompetenceProfile')
export class RecommendedCompetenceProfileModel {
  @Field(() => CompetenceProfileModel)
  competenceProfile: unknown;

  @Field(() => Float, { description: 'Affinity in [0, 1]; higher fits better.' })
  score: number;

  @Field(() => AffinityComponentsModel)
  components: AffinityComponentsModel;

  @Field(() => [String])
  sharedTerms: string[];
}
