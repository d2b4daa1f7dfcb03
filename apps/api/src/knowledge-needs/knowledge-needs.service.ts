import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import { Injectable, Optional } from '@nestjs/common';
import { KnowledgeNeedRepository } from '@brobygger/persistence';
import type { DraftScope, KnowledgeNeed, Page } from '@brobygger/persistence';
import { CreateKnowledgeNeedInput } from './dto/create-knowledge-need.input';
import { KnowledgeNeedsArgs } from './dto/knowledge-needs.args';
import { UpdateKnowledgeNeedInput } from './dto/update-knowledge-need.input';
import { MatchingDataEvents } from '../freshness/matching-data-events';
import { NotificationsService } from '../notifications/notifications.service';

@Injectable()
export class KnowledgeNeedsService {
  constructor(
    private readonly needs: KnowledgeNeedRepository,
    private readonly consortia: ConsortiumRepository,
    private readonly notifications: NotificationsService,
    /** Freshness: changes schedule a debounced re-run of the affected arenas. */
    @Optional() private readonly matchingEvents?: MatchingDataEvents,
  ) {}

  /** `draftScope` (from the access policy) limits which DRAFT needs are listed. */
  list(
    { filter, first, after }: KnowledgeNeedsArgs,
    draftScope?: DraftScope,
    countTotal = true,
  ): Promise<Page<KnowledgeNeed>> {
    return this.needs.list(
      { ...(filter ?? {}), draftScope },
      { first, after: after ?? undefined, countTotal },
    );
  }

  /** Throws NotFoundError for an unknown id. */
  get(id: string): Promise<KnowledgeNeed> {
    return this.needs.getById(id);
  }

  /** Creates the need and its contacts in one transaction (nothing is written if any part fails). */
  async create(input: CreateKnowledgeNeedInput): Promise<KnowledgeNeed> {
    const saved = await this.needs.create(input);
    this.matchingEvents?.emit({ kind: 'knowledgeNeed', id: saved.id });
    return saved;
  }

  async update(input: UpdateKnowledgeNeedInput): Promise<KnowledgeNeed> {
    const saved = await this.needs.update(input);
    this.matchingEvents?.emit({ kind: 'knowledgeNeed', id: saved.id });
    return saved;
  }

  async withdraw(id: string, version?: number): Promise<KnowledgeNeed> {
    const saved = await this.needs.withdraw(id, version);
    // A need withdrawn from a live consortium: the broker must look at that consortium.
    await this.consortia.flagWithdrawnNeed(saved.id);
    await this.notifications.deliver();
    this.matchingEvents?.emit({ kind: 'knowledgeNeed', id: saved.id });
    return saved;
  }
}
