import { ConsortiumProposalMemberEntity } from './consortium-proposal-member.entity';
import { ConsortiumProposalEntity } from './consortium-proposal.entity';
import { MatchRunUnmatchedNeedEntity } from './match-run-unmatched-need.entity';
import { MatchRunEntity } from './match-run.entity';

/** Entities of the queue issue (match runs and consortium proposals), registered in data-source.ts. */
export const MATCHING_ENTITIES = [
  MatchRunEntity,
  ConsortiumProposalEntity,
  ConsortiumProposalMemberEntity,
  MatchRunUnmatchedNeedEntity,
];
