import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RejectionReasonCategory } from '@brobygger/persistence/enums';
import { NotFoundError } from '@brobygger/persistence/errors';
import type { ConsortiumProposalEntity } from '@brobygger/persistence/entities/consortium-proposal.entity';
import {
  ConsortiumProposalRepository,
  type ConsortiumProposalFilter,
} from '@brobygger/persistence/repositories/consortium-proposal.repository';
import type { Page, PageRequest } from '@brobygger/persistence/pagination';
import { NotificationsService } from '../notifications/notifications.service';
import { acceptProposal, rejectProposal } from './proposal-decisions';

/** Reading proposals and the broker's decisions on them. */
@Injectable()
export class ConsortiumProposalsService {
  constructor(
    private readonly proposals: ConsortiumProposalRepository,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  list(
    filter: ConsortiumProposalFilter,
    page: PageRequest,
  ): Promise<Page<ConsortiumProposalEntity>> {
    return this.proposals.list(filter, page);
  }

  /** The proposals of one run by rank, `first` of them after the proposal `after`. */
  ofRun(runId: string, first: number, after: string | null): Promise<ConsortiumProposalEntity[]> {
    return this.proposals.byRun(runId, first, after);
  }

  async get(id: string): Promise<ConsortiumProposalEntity> {
    const proposal = await this.proposals.findById(id);
    if (!proposal) throw new NotFoundError('ConsortiumProposal', id);
    return proposal;
  }

  /**
   * Needs move to IN_CONSORTIUM and a FORMING consortium is formed of the proposal's members (same transaction);
   * the research groups' capacity counts as used in later runs. The members are invited (notified) in it too.
   */
  async accept(id: string, decidedBy: string | null = null): Promise<ConsortiumProposalEntity> {
    await acceptProposal(this.dataSource, id, decidedBy);
    await this.notifications.deliver();
    return this.get(id);
  }

  async reject(
    id: string,
    reason: string,
    category: RejectionReasonCategory | null = null,
    decidedBy: string | null = null,
  ): Promise<ConsortiumProposalEntity> {
    await rejectProposal(this.dataSource, id, reason.trim(), category, decidedBy);
    return this.get(id);
  }
}
