import { Module } from '@nestjs/common';
import {
  MunicipalityFieldsResolver,
  ReferenceDataResolver,
  ResearchInstitutionFieldsResolver,
} from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';

@Module({
  providers: [
    ReferenceDataService,
    ReferenceDataResolver,
    MunicipalityFieldsResolver,
    ResearchInstitutionFieldsResolver,
  ],
})
export class ReferenceDataModule {}
