import type { RejectionReasonCategory } from '@brobygger/persistence/enums';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import { Db, inTransaction } from '@brobygger/persistence/repositories/repository-support';
import { assertCapacityLeft, assertDecidable, assertNeedsOpen } from './proposal-rules';

/**
 * Accepts a proposal in one transaction: the proposal row, its needs and its profiles are locked and checked
 * (proposal-rules.ts), the needs move to IN_CONSORTIUM, and a FORMING consortium is formed of the members (who are
 * notified in the same transaction). Capacity is counted after the profile locks are held, so concurrent accepts
 * never use the same capacity twice.
 */
export function acceptProposal(db: Db, id: string, decidedBy: string | null): Promise<void> {
  return inTransaction(db, async (tx) => {
    const proposals = new ConsortiumProposalRepository(tx);
    const status = await proposals.lockStatus(id);
    assertDecidable(id, status, 'accepted');
    assertNeedsOpen(id, status, await proposals.lockNeedsNotOpen(id));
    assertCapacityLeft(id, status, await proposals.lockProfileUse(id));
    await proposals.markAccepted(id, decidedBy);
    await new ConsortiumRepository(tx).createFromProposal(id, decidedBy);
  });
}

/** Rejects a PROPOSED proposal with the broker's reason, in one transaction with the proposal row locked. */
export function rejectProposal(
  db: Db,
  id: string,
  reason: string,
  category: RejectionReasonCategory | null,
  decidedBy: string | null,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const proposals = new ConsortiumProposalRepository(tx);
    assertDecidable(id, await proposals.lockStatus(id), 'rejected');
    await proposals.markRejected(id, reason, category, decidedBy);
  });
}
