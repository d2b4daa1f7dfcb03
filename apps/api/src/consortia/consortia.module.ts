import { Module } from '@nestjs/common';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import {
  ConsortiaResolver,
  ConsortiumMembersResolver,
  ConsortiumReplacementsResolver,
  ProposalConsortiumResolver,
} from './consortia.resolver';
import { ReplacementFinder } from './replacement-finder';
import { ConsortiaService } from './consortia.service';
import { ConsortiumLoadersFactory } from './consortium-loaders';

/** Consortia formed from accepted proposals: lifecycle, dated history and programme rules. */
@Module({
  providers: [
    ConsortiumRepository,
    MatchProblemRepository,
    ReplacementFinder,
    ConsortiaService,
    ConsortiumLoadersFactory,
    ConsortiaResolver,
    ConsortiumMembersResolver,
    ConsortiumReplacementsResolver,
    ProposalConsortiumResolver,
  ],
  exports: [ConsortiaService, ConsortiumRepository],
})
export class ConsortiaModule {}
