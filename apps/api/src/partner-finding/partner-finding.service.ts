import { NotificationsService } from '../notifications/notifications.service';
import { Injectable, Optional } from '@nestjs/common';
import { rankSimilarNeeds } from '@brobygger/engine';
import { KnowledgeNeedRepository, ValidationError } from '@brobygger/persistence';
import type { KnowledgeNeed } from '@brobygger/persistence';
import {
  ConflictExclusion,
  ConflictExclusionRepository,
} from '@brobygger/persistence/repositories/conflict-exclusion.repository';
import {
  NeedInterest,
  NeedInterestRepository,
} from '@brobygger/persistence/repositories/need-interest.repository';
import { SimilarNeedsRepository } from '@brobygger/persistence/repositories/similar-needs.repository';
import { AuthorizationService } from '../authorization/authorization.service';
import { draftReadScope } from '../authorization/policy';
import type { Principal } from '../authorization/principal';
import { ResourceLoader } from '../authorization/resource-loader';
import { MatchingDataEvents } from '../freshness/matching-data-events';
import { CreateConflictExclusionInput } from './dto/create-conflict-exclusion.input';
import { ExpressInterestInput } from './dto/express-interest.input';

/** Most interests listed for an arena at once (newest first). */
export const ARENA_INTERESTS_MAX = 200;
export const SIMILAR_NEEDS_MAX = 50;

export interface SimilarKnowledgeNeed {
  need: KnowledgeNeed;
  similarity: number;
  sharedTerms: string[];
}

/**
 * Interest and partner finding: research groups' interest in needs, other municipalities' needs like a need, and
 * the conflict-of-interest exclusions an arena's brokers keep (every run in the arena gets them).
 */
@Injectable()
export class PartnerFindingService {
  constructor(
    private readonly interests: NeedInterestRepository,
    private readonly exclusions: ConflictExclusionRepository,
    private readonly similar: SimilarNeedsRepository,
    private readonly needs: KnowledgeNeedRepository,
    private readonly resources: ResourceLoader,
    private readonly authorization: AuthorizationService,
    private readonly notifications: NotificationsService,
    /** Freshness: an interest is evidence for the need's pairs, so the need's arenas get a debounced re-run. */
    @Optional() private readonly matchingEvents?: MatchingDataEvents,
  ) {}

  /**
   * The profile's interest in a need the caller can see (the guard checked the profile). A need the caller may
   * not see is reported like an unknown one, on the field.
   */
  async expressInterest(user: Principal, input: ExpressInterestInput): Promise<NeedInterest> {
    const need = await this.resources.load('knowledgeNeed', input.knowledgeNeedId);
    if (!need || !this.authorization.can(user, 'knowledgeNeed:read', need))
      throw new ValidationError('knowledgeNeedId', 'no such knowledge need');
    const interest = await this.interests.express({
      knowledgeNeedId: input.knowledgeNeedId,
      competenceProfileId: input.competenceProfileId,
      note: input.note.trim(),
      userId: user.id,
    });
    this.matchingEvents?.emit({ kind: 'knowledgeNeed', id: interest.knowledgeNeedId });
    // the repository recorded "interest expressed in your need" for the need's municipality in its transaction
    await this.notifications.deliver();
    return interest;
  }

  async withdrawInterest(id: string): Promise<NeedInterest> {
    const interest = await this.interests.withdraw(id);
    this.matchingEvents?.emit({ kind: 'knowledgeNeed', id: interest.knowledgeNeedId });
    return interest;
  }

  /** The interests in these needs that the user may see, per need (for a DataLoader). */
  async visibleInterests(
    user: Principal,
    needs: ReadonlyArray<{ id: string; organizationId: string; countyNumber: string | null }>,
  ): Promise<NeedInterest[][]> {
    const all = await this.interests.forNeeds(needs.map((n) => n.id));
    return needs.map((need) =>
      all.filter(
        (i) =>
          i.knowledgeNeedId === need.id &&
          this.authorization.can(user, 'needInterest:read', {
            type: 'needInterest',
            id: i.id,
            organizationId: i.organizationId,
            needOrganizationId: need.organizationId,
            countyNumber: need.countyNumber,
          }),
      ),
    );
  }

  arenaInterests(arenaId: string): Promise<NeedInterest[]> {
    return this.interests.forArena(arenaId, ARENA_INTERESTS_MAX);
  }

  /**
   * Other municipalities' needs most like this one, best first, by the matching engine's need-to-need similarity
   * (the same text normalisation as matching and search: bokmål, nynorsk and English, compounds, the glossary) and
   * the shared words, over every visible need of the other organizations (a preselection by full-text search was
   * measured in bench:search and lost the best matches; see README). Withdrawn needs are left out, and drafts the
   * user may not see.
   */
  async similarNeeds(
    user: Principal,
    needId: string,
    first: number,
  ): Promise<SimilarKnowledgeNeed[]> {
    if (!Number.isInteger(first) || first < 1 || first > SIMILAR_NEEDS_MAX)
      throw new ValidationError('first', `must be between 1 and ${SIMILAR_NEEDS_MAX}`);
    const corpus = await this.similar.corpus(needId, draftReadScope(user));
    if (!corpus) return [];
    const ranked = rankSimilarNeeds(corpus.need, corpus.others, first);
    const found = await this.needs.findByIds(ranked.map((x) => x.needId));
    return ranked.flatMap((x, i) => {
      const need = found[i];
      return need ? [{ need, similarity: x.similarity, sharedTerms: x.sharedTerms }] : [];
    });
  }

  createExclusion(
    user: Principal,
    input: CreateConflictExclusionInput,
  ): Promise<ConflictExclusion> {
    return this.exclusions.create({
      arenaId: input.arenaId,
      organizationIds: [input.organizationAId, input.organizationBId],
      reason: input.reason,
      userId: user.id,
    });
  }

  deleteExclusion(id: string): Promise<ConflictExclusion> {
    return this.exclusions.delete(id);
  }

  arenaExclusions(arenaId: string): Promise<ConflictExclusion[]> {
    return this.exclusions.forArena(arenaId);
  }
}
