import { Module } from '@nestjs/common';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

/** Engine-scored recommendations: needs for a profile, profiles for a need. */
@Module({
  providers: [
    MatchRunRepository,
    ConsortiumProposalRepository,
    MatchProblemRepository,
    RecommendationsService,
    RecommendationsResolver,
  ],
})
export class RecommendationsModule {}
