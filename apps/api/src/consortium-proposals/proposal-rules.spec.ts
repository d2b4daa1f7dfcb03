import { InvalidStateError, NotFoundError } from '@brobygger/persistence/errors';
import { assertCapacityLeft, assertDecidable, assertNeedsOpen } from './proposal-rules';

describe('proposal decision rules', () => {
  it('decides only on an existing PROPOSED proposal', () => {
    expect(() => assertDecidable('p1', 'PROPOSED', 'accepted')).not.toThrow();
    expect(() => assertDecidable('p1', null, 'accepted')).toThrow(NotFoundError);
    expect(() => assertDecidable('p1', 'ACCEPTED', 'rejected')).toThrow(
      new InvalidStateError(
        'ConsortiumProposal',
        'p1',
        'ACCEPTED',
        'ConsortiumProposal p1 is ACCEPTED; only PROPOSED proposals can be rejected',
      ),
    );
    expect(() => assertDecidable('p1', 'SUPERSEDED', 'accepted')).toThrow(
      'ConsortiumProposal p1 is SUPERSEDED; only PROPOSED proposals can be accepted',
    );
  });

  it('accepts only while every need is OPEN, naming the first that is not', () => {
    expect(() => assertNeedsOpen('p1', 'PROPOSED', [])).not.toThrow();
    expect(() =>
      assertNeedsOpen('p1', 'PROPOSED', [
        { id: 'n1', title: 'Skolevei', status: 'WITHDRAWN' },
        { id: 'n2', title: 'Eldre', status: 'IN_CONSORTIUM' },
      ]),
    ).toThrow('need "Skolevei" (n1) is WITHDRAWN, no longer OPEN; start a new match run');
  });

  it('accepts only while every profile has capacity left', () => {
    const profile = { id: 'g1', title: 'Helse', capacity: 2, used: 1 };
    expect(() => assertCapacityLeft('p1', 'PROPOSED', [profile])).not.toThrow();
    const full = () =>
      assertCapacityLeft('p1', 'PROPOSED', [profile, { ...profile, id: 'g2', used: 2 }]);
    expect(full).toThrow(InvalidStateError);
    expect(full).toThrow('profile "Helse" (g2) has no capacity left (2 of 2 in live consortia)');
  });
});
