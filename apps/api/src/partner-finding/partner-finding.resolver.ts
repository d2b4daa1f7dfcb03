import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import DataLoader from 'dataloader';
import type { CompetenceProfile, KnowledgeNeed } from '@brobygger/persistence';
import { CompetenceProfileRepository, KnowledgeNeedRepository } from '@brobygger/persistence';
import type { ConflictExclusion } from '@brobygger/persistence/repositories/conflict-exclusion.repository';
import type { NeedInterest } from '@brobygger/persistence/repositories/need-interest.repository';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser, principalOf } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { IdArg } from '../common/validation/id-arg.decorator';
import { KnowledgeNeedModel } from '../knowledge-needs/models/knowledge-need.model';
import { CompetenceProfileModel } from '../competence-profiles/models/competence-profile.model';
import { OrganizationModel } from '../organizations/models/organization.model';
import { CreateConflictExclusionInput } from './dto/create-conflict-exclusion.input';
import { ExpressInterestInput } from './dto/express-interest.input';
import { ConflictExclusionModel } from './models/conflict-exclusion.model';
import { NeedInterestModel } from './models/need-interest.model';
import { SimilarKnowledgeNeedModel } from './models/similar-knowledge-need.model';
import { PartnerFindingService, SimilarKnowledgeNeed } from './partner-finding.service';

/** Per-request loaders of this module, kept on the request's context object (never shared between requests). */
interface PartnerLoaders {
  needs: DataLoader<string, KnowledgeNeed | null>;
  profiles: DataLoader<string, CompetenceProfile | null>;
}
const LOADERS = new WeakMap<object, PartnerLoaders>();
const INTEREST_LOADERS = new WeakMap<object, DataLoader<KnowledgeNeed, NeedInterest[]>>();

@Resolver(() => NeedInterestModel)
export class NeedInterestsResolver {
  constructor(
    private readonly partners: PartnerFindingService,
    private readonly needs: KnowledgeNeedRepository,
    private readonly profiles: CompetenceProfileRepository,
  ) {}

  @Mutation(() => NeedInterestModel, {
    description:
      "A research group's interest in an OPEN need, through one of its profiles (its researchers). Expressing it again replaces the note. The need's municipality and the arena's brokers see it; match runs count it as evidence for the pair.",
  })
  @Authorize('needInterest:express', {
    resource: 'competenceProfile',
    idArg: 'input.competenceProfileId',
    missing: 'BAD_USER_INPUT',
  })
  expressInterestInNeed(
    @Args('input') input: ExpressInterestInput,
    @CurrentUser() user: Principal,
  ): Promise<NeedInterest> {
    return this.partners.expressInterest(user, input);
  }

  @Mutation(() => NeedInterestModel, {
    description: 'Withdraws an interest; returns it as it was.',
  })
  @Authorize('needInterest:withdraw', { resource: 'needInterest', idArg: 'id' })
  withdrawInterestInNeed(@IdArg() id: string): Promise<NeedInterest> {
    return this.partners.withdrawInterest(id);
  }

  @Query(() => [NeedInterestModel], {
    description: `Interests in the needs of an arena's counties, newest first (at most 200). The arena's brokers and admins.`,
  })
  @Authorize('needInterest:list', { resource: 'arena', idArg: 'arenaId' })
  needInterests(@IdArg('arenaId') arenaId: string): Promise<NeedInterest[]> {
    return this.partners.arenaInterests(arenaId);
  }

  @ResolveField(() => KnowledgeNeedModel)
  knowledgeNeed(interest: NeedInterest, _args: unknown, ctx: GraphqlContext) {
    return this.loaders(ctx).needs.load(interest.knowledgeNeedId);
  }

  @ResolveField(() => CompetenceProfileModel)
  competenceProfile(interest: NeedInterest, _args: unknown, ctx: GraphqlContext) {
    return this.loaders(ctx).profiles.load(interest.competenceProfileId);
  }

  @ResolveField(() => OrganizationModel)
  organization(interest: NeedInterest, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(interest.organizationId);
  }

  private loaders(ctx: GraphqlContext): PartnerLoaders {
    let set = LOADERS.get(ctx);
    if (!set) {
      set = {
        needs: new DataLoader((ids) => this.needs.findByIds([...ids])),
        profiles: new DataLoader((ids) => this.profiles.findByIds([...ids])),
      };
      LOADERS.set(ctx, set);
    }
    return set;
  }
}

@Resolver(() => KnowledgeNeedModel)
export class KnowledgeNeedInterestsResolver {
  constructor(private readonly partners: PartnerFindingService) {}

  @ResolveField(() => [NeedInterestModel], {
    description:
      "Research groups' interests in this need, oldest first: all of them for the need's municipality, the arena's brokers and admins; a group sees its own.",
  })
  interests(need: KnowledgeNeed, _args: unknown, ctx: GraphqlContext): Promise<NeedInterest[]> {
    const user = principalOf(ctx);
    let loader = INTEREST_LOADERS.get(ctx);
    if (!loader) {
      loader = new DataLoader(
        async (needs) => {
          const owners = await ctx.loaders.organization.loadMany(
            needs.map((n) => n.organizationId),
          );
          return this.partners.visibleInterests(
            user,
            needs.map((n, i) => {
              const owner = owners[i];
              return {
                id: n.id,
                organizationId: n.organizationId,
                countyNumber: owner && !(owner instanceof Error) ? owner.countyNumber : null,
              };
            }),
          );
        },
        { cacheKeyFn: (n) => n.id },
      );
      INTEREST_LOADERS.set(ctx, loader);
    }
    return loader.load(need);
  }

  @Query(() => [SimilarKnowledgeNeedModel], {
    description:
      "Other municipalities' needs like this one, best first, with the words they share (the matching engine's need-to-need similarity). Withdrawn needs and drafts you may not see are left out.",
  })
  @Authorize('knowledgeNeed:read', { resource: 'knowledgeNeed', idArg: 'needId' })
  similarKnowledgeNeeds(
    @IdArg('needId') needId: string,
    @CurrentUser() user: Principal,
    @Args('first', { type: () => Int, defaultValue: 10, description: '1–50.' }) first: number,
  ): Promise<SimilarKnowledgeNeed[]> {
    return this.partners.similarNeeds(user, needId, first);
  }
}

@Resolver(() => ConflictExclusionModel)
export class ConflictExclusionsResolver {
  constructor(private readonly partners: PartnerFindingService) {}

  @Query(() => [ConflictExclusionModel], {
    description:
      "The arena's conflict-of-interest exclusions, newest first. Its brokers and admins.",
  })
  @Authorize('conflictExclusion:list', { resource: 'arena', idArg: 'arenaId' })
  conflictExclusions(@IdArg('arenaId') arenaId: string): Promise<ConflictExclusion[]> {
    return this.partners.arenaExclusions(arenaId);
  }

  @Mutation(() => ConflictExclusionModel, {
    description:
      "Two organizations that must never be proposed together in this arena (every later match run gets the pair as an exclusion). The arena's brokers and admins.",
  })
  @Authorize('conflictExclusion:manage', { resource: 'arena', idArg: 'input.arenaId' })
  createConflictExclusion(
    @Args('input') input: CreateConflictExclusionInput,
    @CurrentUser() user: Principal,
  ): Promise<ConflictExclusion> {
    return this.partners.createExclusion(user, input);
  }

  @Mutation(() => ConflictExclusionModel, {
    description: 'Removes an exclusion; returns it as it was.',
  })
  @Authorize('conflictExclusion:manage', { resource: 'conflictExclusion', idArg: 'id' })
  deleteConflictExclusion(@IdArg() id: string): Promise<ConflictExclusion> {
    return this.partners.deleteExclusion(id);
  }

  @ResolveField(() => OrganizationModel)
  organizationA(e: ConflictExclusion, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(e.organizationAId);
  }

  @ResolveField(() => OrganizationModel)
  organizationB(e: ConflictExclusion, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(e.organizationBId);
  }
}
