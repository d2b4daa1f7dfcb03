import { Module } from '@nestjs/common';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

/** Engine-scored recommendations: needs for a profile, profiles for a need. */
@Module({
  providers: [RecommendationsService, RecommendationsResolver],
})
export class RecommendationsModule {}
