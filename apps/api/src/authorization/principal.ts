import type { Role } from '@brobygger/persistence/entities/membership.entity';
import type { ScopedMembership } from '@brobygger/persistence/repositories/user.repository';

/** The signed-in user as authorization sees it: identity plus memberships with their scope. */
export interface Principal {
  id: string;
  email: string;
  name: string;
  memberships: ReadonlyArray<ScopedMembership>;
  /** Refresh-token family of the session the access token belongs to. */
  sessionId?: string;
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.memberships.some((m) => m.role === role);
}

export function isAdmin(principal: Principal): boolean {
  return hasRole(principal, 'ADMIN');
}

export function isBroker(principal: Principal): boolean {
  return hasRole(principal, 'BROKER');
}

/** Arenas the principal is a broker of. */
export function brokerArenaIds(principal: Principal): Set<string> {
  return new Set(
    principal.memberships
      .filter((m) => m.role === 'BROKER' && m.arenaId)
      .map((m) => m.arenaId as string),
  );
}

/** Counties covered by the arenas the principal is a broker of. */
export function brokerCountyNumbers(principal: Principal): Set<string> {
  return new Set(
    principal.memberships.filter((m) => m.role === 'BROKER').flatMap((m) => m.arenaCountyNumbers),
  );
}

/** Organizations the principal is a member of (MUNICIPALITY_MEMBER or RESEARCHER), optionally of one role. */
export function memberOrganizationIds(principal: Principal, role?: Role): Set<string> {
  return new Set(
    principal.memberships
      .filter(
        (m) =>
          m.organizationId && (role ? m.role === role : m.role !== 'ADMIN' && m.role !== 'BROKER'),
      )
      .map((m) => m.organizationId as string),
  );
}
