import { Module } from '@nestjs/common';
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
    ConsortiumProposalsService,
    ConsortiumProposalsResolver,
    ConsortiumProposalMembersResolver,
    MatchRunProposalsResolver,
    UnmatchedNeedsResolver,
  ],
  exports: [ConsortiumProposalsService],
})
export class ConsortiumProposalsModule {}
