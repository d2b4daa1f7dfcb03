import { Module } from '@nestjs/common';
import { CompetenceProfilesResolver } from './competence-profiles.resolver';
import { CompetenceProfilesService } from './competence-profiles.service';

@Module({
  providers: [CompetenceProfilesService, CompetenceProfilesResolver],
  exports: [CompetenceProfilesService],
})
export class CompetenceProfilesModule {}
