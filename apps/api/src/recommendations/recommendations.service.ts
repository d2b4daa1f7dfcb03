import { Injectable } from '@nestjs/common';
import { resolveSettings, scoreProblem, type ScoreEntry } from '@brobygger/engine';
import type { CompetenceProfile, KnowledgeNeed } from '@brobygger/persistence/entities';
import { NotFoundError } from '@brobygger/persistence/errors';
import { CompetenceProfileRepository } from '@brobygger/persistence/repositories/competence-profile.repository';
import { KnowledgeNeedRepository } from '@brobygger/persistence/repositories/knowledge-need.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';

export interface Recommendation<T> {
  item: T;
  score: number;
  components: ScoreEntry['components'];
  sharedTerms: string[];
}

/**
 * Recommendations computed by the matching engine on current data (no cache, so a changed need or profile is
 * reflected at once): the open needs in the counties a profile serves, or the active profiles serving a need's
 * county, ranked by the engine's affinity score.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly problems: MatchProblemRepository,
    private readonly needs: KnowledgeNeedRepository,
    private readonly profiles: CompetenceProfileRepository,
  ) {}

  async needsForProfile(
    profileId: string,
    first: number,
  ): Promise<Array<Recommendation<KnowledgeNeed>>> {
    const counties = await this.problems.profileCounties(profileId);
    if (counties === null) throw new NotFoundError('CompetenceProfile', profileId);
    const problem = await this.problems.loadForCounties(
      counties.length ? counties : null,
      {},
      { profileIds: [profileId] },
    );
    const scores = scoreProblem(problem, resolveSettings({}), { all: true })
      .scores.filter((s) => s.profileId === profileId && s.score > 0)
      .sort((a, b) => b.score - a.score || a.needId.localeCompare(b.needId))
      .slice(0, first);
    const needs = await this.needs.findByIds(scores.map((s) => s.needId));
    return scores.flatMap((s, i) =>
      needs[i]
        ? [
            {
              item: needs[i]!,
              score: s.score,
              components: s.components,
              sharedTerms: s.sharedTerms,
            },
          ]
        : [],
    );
  }

  async profilesForNeed(
    needId: string,
    first: number,
  ): Promise<Array<Recommendation<CompetenceProfile>>> {
    const need = await this.problems.needCounty(needId);
    if (!need) throw new NotFoundError('KnowledgeNeed', needId);
    const problem = await this.problems.loadForCounties(
      need.countyNumber ? [need.countyNumber] : null,
      {},
      { needIds: [needId] },
    );
    const scores = scoreProblem(problem, resolveSettings({}), { top: first })
      .scores.filter((s) => s.needId === needId && s.score > 0)
      .sort((a, b) => b.score - a.score || a.profileId.localeCompare(b.profileId))
      .slice(0, first);
    const profiles = await this.profiles.findByIds(scores.map((s) => s.profileId));
    return scores.flatMap((s, i) =>
      profiles[i]
        ? [
            {
              item: profiles[i]!,
              score: s.score,
              components: s.components,
              sharedTerms: s.sharedTerms,
            },
          ]
        : [],
    );
  }
}
