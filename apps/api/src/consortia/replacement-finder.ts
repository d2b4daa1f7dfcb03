import { Injectable } from '@nestjs/common';
import { proposeConsortia, type Problem, type ProjectType } from '@brobygger/engine';
import type { ConsortiumEntity } from '@brobygger/persistence/entities/consortium.entity';
import type { ConsortiumMemberEntity } from '@brobygger/persistence/entities/consortium-member.entity';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';

export interface ReplacementSuggestion {
  organizationId: string | null;
  knowledgeNeedId: string | null;
  competenceProfileId: string | null;
  score: number | null;
  explanation: string;
}

/** Seconds the targeted run may take: it runs inside the decline request. */
const TARGETED_RUN_SECONDS = 5;

/**
 * The best replacement for a declined member, from a targeted engine run on the arena: the remaining members are
 * pinned into one consortium of the same project type, the decliner's organization is excluded, and the run picks
 * among the arena's open needs (a municipality declined) or active profiles with capacity (a research group
 * declined). It runs synchronously in the API, like the recommendations: one arena, one pin and one project type
 * keep it small, and the broker sees the suggestion in the answer to the decline instead of waiting for a queued
 * run that would also touch the arena's proposals.
 */
@Injectable()
export class ReplacementFinder {
  constructor(private readonly problems: MatchProblemRepository) {}

  async find(
    consortium: ConsortiumEntity,
    members: ConsortiumMemberEntity[],
    declined: ConsortiumMemberEntity,
  ): Promise<ReplacementSuggestion> {
    const none = (explanation: string): ReplacementSuggestion => ({
      organizationId: null,
      knowledgeNeedId: null,
      competenceProfileId: null,
      score: null,
      explanation,
    });
    if (!declined.knowledgeNeedId && !declined.competenceProfileId)
      return none('The declined member brought neither a need nor a profile; nothing to replace.');
    const remaining = members.filter((m) => m.response !== 'DECLINED' && m.id !== declined.id);
    const needIds = remaining.flatMap((m) => (m.knowledgeNeedId ? [m.knowledgeNeedId] : []));
    const profileIds = remaining.flatMap((m) =>
      m.competenceProfileId ? [m.competenceProfileId] : [],
    );
    if (needIds.length === 0)
      return none(
        'No municipality is left in the consortium to build on; dissolve it or start a new match run.',
      );

    const arena = await this.problems.findArena(consortium.arenaId);
    const settings = {
      projectTypes: [consortium.projectType as ProjectType],
      pins: [{ needIds, profileIds }],
      excludeIds: [declined.organizationId],
      timeLimitSeconds: TARGETED_RUN_SECONDS,
    };
    const open = await this.problems.loadForCounties(arena?.countyNumbers ?? null, settings);
    const own = await this.problems.loadForCounties(null, settings, { needIds, profileIds });
    const merged = merge(open, own, new Set(profileIds));
    // The arena's conflict-of-interest exclusions hold for a targeted run too.
    const problem = {
      ...merged,
      exclusions: await this.problems.arenaExclusions(consortium.arenaId, merged),
    };

    const doc = await proposeConsortia(problem);
    const pinned = doc.proposals.find((p) => needIds.every((id) => p.needIds.includes(id)));
    if (!pinned)
      return none(
        'The engine found no consortium that keeps the remaining members together with a new partner.',
      );
    const known = new Set(members.flatMap((m) => [m.knowledgeNeedId, m.competenceProfileId]));
    const newNeed = pinned.needIds.find((id) => !known.has(id));
    const newProfile = pinned.profileIds.find((id) => !known.has(id));
    const needId = declined.knowledgeNeedId ? (newNeed ?? null) : null;
    const profileId = declined.knowledgeNeedId ? null : (newProfile ?? null);
    if (!needId && !profileId)
      return none(
        declined.knowledgeNeedId
          ? 'No other open need in the arena fits this consortium.'
          : 'No other research group with capacity fits this consortium.',
      );
    const organizationId = needId
      ? problem.needs.find((n) => n.id === needId)!.organizationId
      : problem.profiles.find((p) => p.id === profileId)!.organizationId;
    return {
      organizationId,
      knowledgeNeedId: needId,
      competenceProfileId: profileId,
      score: pinned.score,
      explanation: pinned.explanation,
    };
  }
}

/**
 * The arena's open problem plus the consortium's own needs and profiles (no longer OPEN, their capacity already
 * counting this consortium: give it back so the pin can hold).
 */
function merge(open: Problem, own: Problem, ownProfiles: Set<string>): Problem {
  const needIds = new Set(open.needs.map((n) => n.id));
  const profiles = new Map(open.profiles.map((p) => [p.id, p]));
  for (const p of own.profiles) profiles.set(p.id, p);
  for (const id of ownProfiles) {
    const p = profiles.get(id);
    if (p) profiles.set(id, { ...p, capacity: (p.capacity ?? 0) + 1 });
  }
  const orgs = new Map(open.organizations.map((o) => [o.id, o]));
  for (const o of own.organizations) orgs.set(o.id, o);
  return {
    ...open,
    needs: [...open.needs, ...own.needs.filter((n) => !needIds.has(n.id))],
    profiles: [...profiles.values()],
    organizations: [...orgs.values()],
  };
}
