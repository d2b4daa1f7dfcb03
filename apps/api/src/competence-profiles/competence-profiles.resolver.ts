import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { CompetenceProfile, County, Page } from '@brobygger/persistence';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { IdArg } from '../common/validation/id-arg.decorator';
import { OrganizationModel } from '../organizations/models/organization.model';
import { CountyModel } from '../reference-data/models/county.model';
import { CompetenceProfilesService } from './competence-profiles.service';
import { CompetenceProfilesArgs } from './dto/competence-profiles.args';
import { CreateCompetenceProfileInput } from './dto/create-competence-profile.input';
import { UpdateCompetenceProfileInput } from './dto/update-competence-profile.input';
import { CompetenceProfileConnection } from './models/competence-profile-connection.model';
import { CompetenceProfileModel } from './models/competence-profile.model';
import { ProfileReferenceModel } from './models/profile-reference.model';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { pausedProfileReadScope } from '../authorization/policy';
import { SelectsTotalCount } from '../common/graphql/selects-field';

@Resolver(() => CompetenceProfileModel)
export class CompetenceProfilesResolver {
  constructor(private readonly profiles: CompetenceProfilesService) {}

  @Query(() => CompetenceProfileConnection, {
    description: 'Newest first; with filter.text ranked by full-text relevance.',
  })
  @Authorize('competenceProfile:list')
  competenceProfiles(
    @Args() args: CompetenceProfilesArgs,
    @CurrentUser() user: Principal,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<CompetenceProfile>> {
    return this.profiles.list(args, pausedProfileReadScope(user), countTotal);
  }

  @Query(() => CompetenceProfileModel)
  @Authorize('competenceProfile:read', { resource: 'competenceProfile', idArg: 'id' })
  competenceProfile(@IdArg() id: string): Promise<CompetenceProfile> {
    return this.profiles.get(id);
  }

  @Mutation(() => CompetenceProfileModel)
  @Authorize('competenceProfile:create', {
    resource: 'organization',
    idArg: 'input.organizationId',
    missing: 'BAD_USER_INPUT',
  })
  createCompetenceProfile(
    @Args('input') input: CreateCompetenceProfileInput,
  ): Promise<CompetenceProfile> {
    return this.profiles.create(input);
  }

  @Mutation(() => CompetenceProfileModel)
  @Authorize('competenceProfile:update', { resource: 'competenceProfile', idArg: 'input.id' })
  updateCompetenceProfile(
    @Args('input') input: UpdateCompetenceProfileInput,
  ): Promise<CompetenceProfile> {
    return this.profiles.update(input);
  }

  @ResolveField(() => OrganizationModel)
  organization(profile: CompetenceProfile, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(profile.organizationId);
  }

  @ResolveField(() => [CountyModel])
  async counties(profile: CompetenceProfile, _args: unknown, { loaders }: GraphqlContext) {
    const counties = await loaders.county.loadMany(profile.countyNumbers);
    return counties.filter((county): county is County => !!county && !(county instanceof Error));
  }

  @ResolveField(() => [ProfileReferenceModel])
  references(profile: CompetenceProfile, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.referencesByCompetenceProfile.load(profile.id);
  }
}
