import { Module } from '@nestjs/common';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import {
  ConsortiumProposalMembersResolver,
  ConsortiumProposalsResolver,
  MatchRunProposalsResolver,
  UnmatchedNeedsResolver,
} from './consortium-proposals.resolver';
import { ConsortiumProposalsService } from './consortium-proposals.service';

/** Consortium proposals: lists with nested members (batched), and the broker's accept/reject decisions. */
@Module({
  providers: [
    MatchRunRepository,
    ConsortiumProposalRepository,
    ConsortiumRepository,
    ConsortiumProposalsService,
    ConsortiumProposalsResolver,
    ConsortiumProposalMembersResolver,
    MatchRunProposalsResolver,
    UnmatchedNeedsResolver,
  ],
  exports: [ConsortiumProposalsService],
})
export class ConsortiumProposalsModule {}
