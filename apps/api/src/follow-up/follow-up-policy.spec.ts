import type { ScopedMembership } from '@brobygger/persistence/repositories/user.repository';
import { can, indicatorAccess } from '../authorization/policy';
import type { Principal } from '../authorization/principal';

function principal(
  ...memberships: Array<Partial<ScopedMembership> & Pick<ScopedMembership, 'role'>>
): Principal {
  return {
    id: 'u',
    email: 'u@example.no',
    name: 'U',
    memberships: memberships.map((m) => ({
      arenaId: null,
      organizationId: null,
      arenaCountyNumbers: [],
      organizationKind: null,
      organizationCountyNumber: null,
      ...m,
    })),
  };
}

const admin = principal({ role: 'ADMIN' });
const brokerA = principal({ role: 'BROKER', arenaId: 'arena-a', arenaCountyNumbers: ['46'] });
const brokerAB = principal(
  { role: 'BROKER', arenaId: 'arena-a', arenaCountyNumbers: ['46'] },
  { role: 'BROKER', arenaId: 'arena-b', arenaCountyNumbers: ['18'] },
);
const member = principal({ role: 'MUNICIPALITY_MEMBER', organizationId: 'org-1' });
const researcher = principal({ role: 'RESEARCHER', organizationId: 'group-1' });
const brokerAndMember = principal(
  { role: 'BROKER', arenaId: 'arena-a', arenaCountyNumbers: ['46'] },
  { role: 'MUNICIPALITY_MEMBER', organizationId: 'org-1' },
);

describe('follow-up policy', () => {
  describe('indicatorAccess', () => {
    it('gives admins everything', () => {
      expect(indicatorAccess(admin, null)).toEqual({ kind: 'ALL' });
      expect(indicatorAccess(admin, 'arena-b')).toEqual({ kind: 'ALL' });
    });

    it('gives brokers the arena asked for, or all of theirs', () => {
      expect(indicatorAccess(brokerA, 'arena-a')).toEqual({
        kind: 'ARENAS',
        arenaIds: ['arena-a'],
      });
      expect(indicatorAccess(brokerAB, null)).toEqual({
        kind: 'ARENAS',
        arenaIds: ['arena-a', 'arena-b'],
      });
      expect(indicatorAccess(brokerA, 'arena-b')).toEqual({ kind: 'NONE' });
    });

    it("gives members and researchers their own organization's part, also within another arena", () => {
      expect(indicatorAccess(member, null)).toEqual({
        kind: 'ORGANIZATIONS',
        organizationIds: ['org-1'],
      });
      expect(indicatorAccess(researcher, 'arena-a')).toEqual({
        kind: 'ORGANIZATIONS',
        organizationIds: ['group-1'],
      });
      expect(indicatorAccess(brokerAndMember, 'arena-b')).toEqual({
        kind: 'ORGANIZATIONS',
        organizationIds: ['org-1'],
      });
    });
  });

  describe('export:arena', () => {
    it("lets the arena's brokers and admins export its lists, and only admins the whole country", () => {
      const arenaA = { type: 'arena' as const, id: 'arena-a' };
      expect(can(brokerA, 'export:arena', arenaA)).toBe(true);
      expect(can(admin, 'export:arena', arenaA)).toBe(true);
      expect(can(brokerAB, 'export:arena', { type: 'arena', id: 'arena-c' })).toBe(false);
      expect(can(member, 'export:arena', arenaA)).toBe(false);
      expect(can(admin, 'export:arena')).toBe(true);
      expect(can(brokerA, 'export:arena')).toBe(false);
    });
  });
});
