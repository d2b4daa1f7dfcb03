import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { ComplexityEstimator } from '@nestjs/graphql';
import { IdArg } from '../common/validation/id-arg.decorator';
import { InputValidationError } from '../common/validation/input-validation.error';
import {
  RecommendedCompetenceProfileModel,
  RecommendedKnowledgeNeedModel,
} from './models/recommendation.model';
import { RecommendationsService } from './recommendations.service';
import { Authorize } from '../authorization/authorize.decorator';

const MAX_FIRST = 50;

/**
 * A recommendation scores a whole region with the engine: it costs RECOMMENDATION_COST in the complexity limit
 * (plus first × the cost of one item), so that one request holds at most a few dozen of them, not hundreds.
 */
export const RECOMMENDATION_COST = 200;
const recommendationComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(MAX_FIRST, Math.max(0, args.first)) : 10;
  return RECOMMENDATION_COST + first * Math.max(1, childComplexity);
};

/**
 * Within one request, each profile's (or need's) recommendations are computed once, at the largest page size, and
 * shared by every alias that asks for them.
 */
const perRequest = new WeakMap<object, Map<string, Promise<unknown[]>>>();
function once<T>(request: object, key: string, compute: () => Promise<T[]>): Promise<T[]> {
  let cache = perRequest.get(request);
  if (!cache) perRequest.set(request, (cache = new Map()));
  let result = cache.get(key);
  if (!result) cache.set(key, (result = compute()));
  return result as Promise<T[]>;
}

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
    complexity: recommendationComplexity,
  })
  @Authorize('competenceProfile:read', { resource: 'competenceProfile', idArg: 'profileId' })
  async recommendedKnowledgeNeeds(
    @IdArg('profileId') profileId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Context() request: object,
  ): Promise<RecommendedKnowledgeNeedModel[]> {
    checkFirst(first);
    const all = await once(request, `needs:${profileId}`, () =>
      this.recommendations.needsForProfile(profileId, MAX_FIRST),
    );
    const list = all.slice(0, first);
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
    complexity: recommendationComplexity,
  })
  @Authorize('knowledgeNeed:read', { resource: 'knowledgeNeed', idArg: 'needId' })
  async recommendedCompetenceProfiles(
    @IdArg('needId') needId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Context() request: object,
  ): Promise<RecommendedCompetenceProfileModel[]> {
    checkFirst(first);
    const all = await once(request, `profiles:${needId}`, () =>
      this.recommendations.profilesForNeed(needId, MAX_FIRST),
    );
    const list = all.slice(0, first);
    return list.map((r) => ({
      competenceProfile: r.item,
      score: r.score,
      components: r.components,
      sharedTerms: r.sharedTerms,
    }));
  }
}
