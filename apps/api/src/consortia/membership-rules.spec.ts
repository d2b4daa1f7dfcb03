import { InvalidStateError, NotFoundError } from '@brobygger/persistence/errors';
import type {
  InvitationFacts,
  ReplacementFacts,
} from '@brobygger/persistence/repositories/consortium.repository';
import { assertAnswerable, assertTakeable, hasCapacityLeft } from './membership-rules';

const invitation = (extra: Partial<InvitationFacts> = {}): InvitationFacts => ({
  response: 'PENDING',
  status: 'FORMING',
  consortiumId: 'c1',
  needId: null,
  ...extra,
});

const replacement = (extra: Partial<ReplacementFacts> = {}): ReplacementFacts => ({
  id: 'r1',
  status: 'SUGGESTED',
  organizationId: 'o1',
  knowledgeNeedId: null,
  competenceProfileId: 'g1',
  consortiumStatus: 'FORMING',
  ...extra,
});

describe('consortium membership rules', () => {
  it('answers a PENDING invitation of a FORMING consortium once', () => {
    expect(() => assertAnswerable('m1', invitation())).not.toThrow();
    expect(() => assertAnswerable('m1', null)).toThrow(NotFoundError);
    expect(() => assertAnswerable('m1', invitation({ status: 'CONFIRMED' }))).toThrow(
      'the consortium is CONFIRMED; invitations are answered while it is FORMING',
    );
    expect(() => assertAnswerable('m1', invitation({ response: 'DECLINED' }))).toThrow(
      new InvalidStateError(
        'ConsortiumInvitation',
        'm1',
        'DECLINED',
        'the invitation was already answered (DECLINED)',
      ),
    );
  });

  it('takes only a SUGGESTED replacement of a FORMING consortium', () => {
    expect(() => assertTakeable('r1', replacement())).not.toThrow();
    expect(() => assertTakeable('r1', null)).toThrow(NotFoundError);
    expect(() => assertTakeable('r1', replacement({ status: 'NONE_FOUND' }))).toThrow(
      'the replacement is NONE_FOUND and the consortium FORMING; only a SUGGESTED replacement of a FORMING consortium can be taken',
    );
    expect(() => assertTakeable('r1', replacement({ consortiumStatus: 'DISSOLVED' }))).toThrow(
      InvalidStateError,
    );
  });

  it('lets a research group join only with capacity left', () => {
    expect(hasCapacityLeft({ capacity: 2, used: 1 })).toBe(true);
    expect(hasCapacityLeft({ capacity: 2, used: 2 })).toBe(false);
    expect(hasCapacityLeft(null)).toBe(false);
  });
});
