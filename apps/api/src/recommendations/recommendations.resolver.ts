import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { InputValidationError } from '../common/validation/input-validation.error';
import {
  RecommendedCompetenceProfileModel,
  RecommendedKnowledgeNeedModel,
} from './models/recommendation.model';
import { RecommendationsService } from './recommendations.service';
import { Authorize } from '../authorization/authorize.decorator';

const MAX_FIRST = 50;

function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw new InputValidationError([
      { field: 'first', message: `first must be an integer from 1 to ${MAX_FIRST}` },
    ]);
  }
  return first;
}

@Resolver()
export class RecommendationsResolver {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Query(() => [RecommendedKnowledgeNeedModel], {
    description:
      "The open needs (and so partner municipalities) that best fit a research group's profile, in the counties it serves, best first.",
  })
  @Authorize('competenceProfile:read', { resource: 'competenceProfile', idArg: 'profileId' })
  async recommendedKnowledgeNeeds(
    @Args('profileId', { type: () => ID }, ParseIdPipe) profileId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<RecommendedKnowledgeNeedModel[]> {
    const list = await this.recommendations.needsForProfile(profileId, checkFirst(first));
    return list.map((r) => ({
      knowledgeNeed: r.item,
      score: r.score,
      components: r.components,
      sharedTerms: r.sharedTerms,
    }));
  }

  @Query(() => [RecommendedCompetenceProfileModel], {
    description:
      'The active research-group profiles that best fit a need, among those serving its county, best first.',
  })
  @Authorize('knowledgeNeed:read', { resource: 'knowledgeNeed', idArg: 'needId' })
  async recommendedCompetenceProfiles(
    @Args('needId', { type: () => ID }, ParseIdPipe) needId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<RecommendedCompetenceProfileModel[]> {
    const list = await this.recommendations.profilesForNeed(needId, checkFirst(first));
    return list.map((r) => ({
      competenceProfile: r.item,
      score: r.score,
      components: r.components,
      sharedTerms: r.sharedTerms,
    }));
  }
}
