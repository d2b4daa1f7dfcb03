import { InvalidStateError, NotFoundError } from '@brobygger/persistence/errors';
import type {
  InvitationFacts,
  ReplacementFacts,
} from '@brobygger/persistence/repositories/consortium.repository';

/**
 * What must hold for changes to a consortium's members. Pure: the service reads the facts under lock in its
 * transaction and calls these; each throws the error the API reports.
 */

/** A member answers its invitation once, while the consortium is FORMING. */
export function assertAnswerable(
  memberId: string,
  invitation: InvitationFacts | null,
): asserts invitation is InvitationFacts {
  if (!invitation) throw new NotFoundError('ConsortiumInvitation', memberId);
  if (invitation.status !== 'FORMING')
    throw new InvalidStateError(
      'Consortium',
      invitation.consortiumId,
      invitation.status,
      `the consortium is ${invitation.status}; invitations are answered while it is FORMING`,
    );
  if (invitation.response !== 'PENDING')
    throw new InvalidStateError(
      'ConsortiumInvitation',
      memberId,
      invitation.response,
      `the invitation was already answered (${invitation.response})`,
    );
}

/** The broker takes only a SUGGESTED replacement, and only while the consortium is FORMING. */
export function assertTakeable(
  replacementId: string,
  replacement: ReplacementFacts | null,
): asserts replacement is ReplacementFacts {
  if (!replacement) throw new NotFoundError('ConsortiumReplacement', replacementId);
  if (replacement.status !== 'SUGGESTED' || replacement.consortiumStatus !== 'FORMING')
    throw replacementRefused(
      replacement,
      `the replacement is ${replacement.status} and the consortium ${replacement.consortiumStatus}; only a SUGGESTED replacement of a FORMING consortium can be taken`,
    );
}

/** Why a takeable replacement cannot join after all (its need, its capacity, or it is a member already). */
export const REPLACEMENT_REFUSALS = {
  needNotOpen: 'the suggested need is no longer OPEN',
  noCapacity: 'the suggested research group has no capacity left',
  alreadyMember: 'the suggested organization is already a member',
} as const;

export function replacementRefused(
  replacement: ReplacementFacts,
  message: string,
): InvalidStateError {
  return new InvalidStateError(
    'ConsortiumReplacement',
    replacement.id,
    replacement.status,
    message,
  );
}

/** A research group joins only with capacity left in live consortia. */
export function hasCapacityLeft(use: { capacity: number; used: number } | null): boolean {
  return use !== null && use.used < use.capacity;
}
