import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { County, Municipality, Page, ResearchInstitution } from '@brobygger/persistence';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { ResearchInstitutionsArgs } from './dto/research-institutions.args';
import { CountyModel } from './models/county.model';
import { MunicipalityConnection } from './models/municipality-connection.model';
import { MunicipalityModel } from './models/municipality.model';
import { ResearchInstitutionModel } from './models/research-institution.model';
import { ReferenceDataService } from './reference-data.service';
import { Authorize } from '../authorization/authorize.decorator';

@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Query(() => [CountyModel], { description: 'The 15 counties, by number.' })
  @Authorize('referenceData:read')
  counties(): Promise<County[]> {
    return this.referenceData.counties();
  }

  @Query(() => MunicipalityConnection, { description: 'Municipalities by number (357 in all).' })
  @Authorize('referenceData:read')
  municipalities(@Args() args: MunicipalitiesArgs): Promise<Page<Municipality>> {
    return this.referenceData.municipalities(args);
  }

  @Query(() => [ResearchInstitutionModel], { description: 'Research institutions, by name.' })
  @Authorize('referenceData:read')
  researchInstitutions(@Args() args: ResearchInstitutionsArgs): Promise<ResearchInstitution[]> {
    return this.referenceData.researchInstitutions(args);
  }
}

@Resolver(() => MunicipalityModel)
export class MunicipalityFieldsResolver {
  @ResolveField(() => CountyModel)
  county(municipality: Municipality, _args: unknown, context: GraphqlContext) {
    return context.loaders.county.load(municipality.countyNumber);
  }
}

@Resolver(() => ResearchInstitutionModel)
export class ResearchInstitutionFieldsResolver {
  @ResolveField(() => CountyModel, { nullable: true })
  county(institution: ResearchInstitution, _args: unknown, context: GraphqlContext) {
    return institution.countyNumber ? context.loaders.county.load(institution.countyNumber) : null;
  }
}
