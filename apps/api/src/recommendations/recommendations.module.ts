import { Module } from '@nestjs/common';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

/** Engine-scored recommendations: needs for a profile, profiles for a need. */
@Module({
  providers: [MatchProblemRepository, RecommendationsService, RecommendationsResolver],
})
export class RecommendationsModule {}
