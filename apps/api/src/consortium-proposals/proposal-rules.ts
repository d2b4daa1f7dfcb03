import { InvalidStateError, NotFoundError } from '@brobygger/persistence/errors';
import type { ProposalStatus } from '@brobygger/persistence/entities/consortium-proposal.entity';
import type { ProfileUse } from '@brobygger/persistence/repositories/consortium-proposal.repository';

/**
 * What must hold for a broker's decision on a proposal. Pure: the service reads the facts under lock in its
 * transaction and calls these in order; each throws the error the API reports.
 */

/** Only a PROPOSED proposal can be decided on (accepted or rejected). */
export function assertDecidable(
  id: string,
  status: ProposalStatus | null,
  decision: 'accepted' | 'rejected',
): asserts status is ProposalStatus {
  if (!status) throw new NotFoundError('ConsortiumProposal', id);
  if (status !== 'PROPOSED')
    throw new InvalidStateError(
      'ConsortiumProposal',
      id,
      status,
      `ConsortiumProposal ${id} is ${status}; only PROPOSED proposals can be ${decision}`,
    );
}

/** Every need of an accepted proposal must still be OPEN: `notOpen` are those that are not. */
export function assertNeedsOpen(
  id: string,
  status: ProposalStatus,
  notOpen: ReadonlyArray<{ id: string; title: string; status: string }>,
): void {
  const [need] = notOpen;
  if (need)
    throw new InvalidStateError(
      'ConsortiumProposal',
      id,
      status,
      `need "${need.title}" (${need.id}) is ${need.status}, no longer OPEN; start a new match run`,
    );
}

/** Every research-group profile of an accepted proposal must have capacity left in live consortia. */
export function assertCapacityLeft(
  id: string,
  status: ProposalStatus,
  profiles: readonly ProfileUse[],
): void {
  const over = profiles.find((p) => p.used >= p.capacity);
  if (over)
    throw new InvalidStateError(
      'ConsortiumProposal',
      id,
      status,
      `profile "${over.title}" (${over.id}) has no capacity left (${over.used} of ${over.capacity} in live consortia)`,
    );
}
