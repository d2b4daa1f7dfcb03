import { Module } from '@nestjs/common';
import { ConflictExclusionRepository } from '@brobygger/persistence/repositories/conflict-exclusion.repository';
import { NeedInterestRepository } from '@brobygger/persistence/repositories/need-interest.repository';
import { SimilarNeedsRepository } from '@brobygger/persistence/repositories/similar-needs.repository';
import { PartnerFindingService } from './partner-finding.service';
import {
  ConflictExclusionsResolver,
  KnowledgeNeedInterestsResolver,
  NeedInterestsResolver,
} from './partner-finding.resolver';

/** Issue 9 part 5: interest in needs, similar needs of other municipalities, conflict-of-interest exclusions. */
@Module({
  providers: [
    NeedInterestRepository,
    ConflictExclusionRepository,
    SimilarNeedsRepository,
    PartnerFindingService,
    NeedInterestsResolver,
    KnowledgeNeedInterestsResolver,
    ConflictExclusionsResolver,
  ],
})
export class PartnerFindingModule {}
