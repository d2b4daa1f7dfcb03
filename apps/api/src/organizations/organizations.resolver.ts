import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { Organization, Page } from '@brobygger/persistence';
import { IdArg } from '../common/validation/id-arg.decorator';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { CountyModel } from '../reference-data/models/county.model';
import { MunicipalityModel } from '../reference-data/models/municipality.model';
import { ResearchInstitutionModel } from '../reference-data/models/research-institution.model';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationConnection } from './models/organization-connection.model';
import { OrganizationModel } from './models/organization.model';
import { OrganizationsService } from './organizations.service';
import { Authorize } from '../authorization/authorize.decorator';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationConnection)
  @Authorize('organization:read')
  organizations(
    @Args() args: OrganizationsArgs,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<Organization>> {
    return this.service.list(args, countTotal);
  }

  @Query(() => OrganizationModel)
  @Authorize('organization:read')
  organization(@IdArg() id: string): Promise<Organization> {
    return this.service.get(id);
  }

  @Mutation(() => OrganizationModel)
  @Authorize('organization:create')
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.service.create(input);
  }

  @Mutation(() => OrganizationModel)
  @Authorize('organization:update', { resource: 'organization', idArg: 'input.id' })
  updateOrganization(@Args('input') input: UpdateOrganizationInput): Promise<Organization> {
    return this.service.update(input);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  municipality(organization: Organization, _args: unknown, { loaders }: GraphqlContext) {
    return organization.municipalityNumber
      ? loaders.municipality.load(organization.municipalityNumber)
      : null;
  }

  @ResolveField(() => CountyModel, { nullable: true })
  county(organization: Organization, _args: unknown, { loaders }: GraphqlContext) {
    return organization.countyNumber ? loaders.county.load(organization.countyNumber) : null;
  }

  @ResolveField(() => ResearchInstitutionModel, { nullable: true })
  researchInstitution(organization: Organization, _args: unknown, { loaders }: GraphqlContext) {
    return organization.researchInstitutionId
      ? loaders.researchInstitution.load(organization.researchInstitutionId)
      : null;
  }
}
