import type { ConsortiumStatus } from '@brobygger/persistence/entities/consortium.entity';
import { InvalidStateError, ValidationError } from '@brobygger/persistence/errors';

/** Where a broker may move a consortium from each status. FUNDED, NOT_FUNDED and DISSOLVED are final. */
export const CONSORTIUM_TRANSITIONS: Record<ConsortiumStatus, readonly ConsortiumStatus[]> = {
  FORMING: ['CONFIRMED', 'DISSOLVED'],
  CONFIRMED: ['APPLICATION_DRAFT', 'DISSOLVED'],
  APPLICATION_DRAFT: ['SUBMITTED', 'DISSOLVED'],
  SUBMITTED: ['FUNDED', 'NOT_FUNDED', 'DISSOLVED'],
  FUNDED: [],
  NOT_FUNDED: [],
  DISSOLVED: [],
};

/** Changes that must carry a reason (kept in the history for the follow-up evaluation). */
const REASON_REQUIRED: readonly ConsortiumStatus[] = ['DISSOLVED', 'NOT_FUNDED'];

/**
 * A status change the table allows, with a reason where one is required (pure; CONFIRMED's further conditions —
 * every member accepted, the programme rules hold — are checked by the service).
 */
export function assertTransition(
  consortium: { id: string; status: ConsortiumStatus },
  to: ConsortiumStatus,
  reason: string | null,
): void {
  const allowed = CONSORTIUM_TRANSITIONS[consortium.status];
  if (!allowed.includes(to))
    throw new InvalidStateError(
      'Consortium',
      consortium.id,
      consortium.status,
      `Consortium ${consortium.id} is ${consortium.status}; it can move to ${
        allowed.join(', ') || 'nothing (final)'
      }, not ${to}`,
    );
  if (REASON_REQUIRED.includes(to) && !reason)
    throw new ValidationError('input.reason', `is required to move to ${to}`);
}
