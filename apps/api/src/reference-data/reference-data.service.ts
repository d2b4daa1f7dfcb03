import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository } from '@brobygger/persistence';
import type { County, Municipality, Page, ResearchInstitution } from '@brobygger/persistence';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { ResearchInstitutionsArgs } from './dto/research-institutions.args';

@Injectable()
export class ReferenceDataService {
  constructor(private readonly referenceData: ReferenceDataRepository) {}

  counties(): Promise<County[]> {
    return this.referenceData.counties();
  }

  municipalities({ filter, first, after }: MunicipalitiesArgs): Promise<Page<Municipality>> {
    return this.referenceData.municipalities(filter ?? {}, { first, after: after ?? undefined });
  }

  researchInstitutions({ filter }: ResearchInstitutionsArgs): Promise<ResearchInstitution[]> {
    return this.referenceData.researchInstitutions(filter ?? {});
  }
}
