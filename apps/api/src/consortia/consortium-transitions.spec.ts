import { CONSORTIUM_STATUSES } from '@brobygger/persistence/entities/consortium.entity';
import { InvalidStateError, ValidationError } from '@brobygger/persistence/errors';
import { assertTransition, CONSORTIUM_TRANSITIONS } from './consortium-transitions';

describe('consortium transitions', () => {
  it('moves forward through the lifecycle and ends in FUNDED, NOT_FUNDED or DISSOLVED', () => {
    expect(() =>
      assertTransition({ id: 'c1', status: 'FORMING' }, 'CONFIRMED', null),
    ).not.toThrow();
    expect(() => assertTransition({ id: 'c1', status: 'SUBMITTED' }, 'FUNDED', null)).not.toThrow();
    for (const final of ['FUNDED', 'NOT_FUNDED', 'DISSOLVED'] as const)
      expect(CONSORTIUM_TRANSITIONS[final]).toEqual([]);
  });

  it('can be dissolved from every live status, with a reason', () => {
    for (const status of CONSORTIUM_STATUSES.filter((s) => CONSORTIUM_TRANSITIONS[s].length))
      expect(() => assertTransition({ id: 'c1', status }, 'DISSOLVED', 'no funding')).not.toThrow();
    expect(() => assertTransition({ id: 'c1', status: 'FORMING' }, 'DISSOLVED', null)).toThrow(
      new ValidationError('input.reason', 'is required to move to DISSOLVED'),
    );
  });

  it('names where a consortium can move when the change is not allowed', () => {
    expect(() => assertTransition({ id: 'c1', status: 'FORMING' }, 'SUBMITTED', null)).toThrow(
      new InvalidStateError(
        'Consortium',
        'c1',
        'FORMING',
        'Consortium c1 is FORMING; it can move to CONFIRMED, DISSOLVED, not SUBMITTED',
      ),
    );
    expect(() => assertTransition({ id: 'c1', status: 'FUNDED' }, 'DISSOLVED', 'x')).toThrow(
      'Consortium c1 is FUNDED; it can move to nothing (final), not DISSOLVED',
    );
  });
});
