import { Module } from '@nestjs/common';
import { PartnerFindingService } from './partner-finding.service';
import {
  ConflictExclusionsResolver,
  KnowledgeNeedInterestsResolver,
  NeedInterestsResolver,
} from './partner-finding.resolver';

/** Issue 9 part 5: interest in needs, similar needs of other municipalities, conflict-of-interest exclusions. */
@Module({
  providers: [
    PartnerFindingService,
    NeedInterestsResolver,
    KnowledgeNeedInterestsResolver,
    ConflictExclusionsResolver,
  ],
})
export class PartnerFindingModule {}
