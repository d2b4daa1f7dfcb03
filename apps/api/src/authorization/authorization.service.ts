import { Injectable } from '@nestjs/common';
import { AccessScopeRepository } from '@brobygger/persistence/repositories/access-scope.repository';
import DataLoader from 'dataloader';
import { forbidden, hiddenNotFound } from './auth-errors';
import {
  Action,
  can,
  decide,
  DraftReadScope,
  draftReadScope,
  pausedProfileReadScope,
  proposalReadScope,
  Resource,
} from './policy';
import { isAdmin, memberOrganizationIds, Principal } from './principal';

interface ContactOrganizationFacts {
  countyNumber: string | null;
  proposalArenaIds: string[];
  acceptedConsortiumOrganizationIds: string[];
}

/**
 * The policy for services and field resolvers: checks that cannot be expressed on the operation (list filters,
 * contact details). Uses the same rules as the guard (policy.ts); access rules live nowhere else.
 */
@Injectable()
export class AuthorizationService {
  /** Per request (the principal object is created per request): batched facts about contacts' organizations. */
  private readonly contactFacts = new WeakMap<
    Principal,
    DataLoader<string, ContactOrganizationFacts>
  >();

  constructor(private readonly scopes: AccessScopeRepository) {}

  can(principal: Principal, action: Action, resource?: Resource): boolean {
    return can(principal, action, resource);
  }

  /** Throws NOT_FOUND (may not see it) or FORBIDDEN (may see it, may not do this). */
  assert(principal: Principal, action: Action, resource: Resource, label = 'Object'): void {
    const decision = decide(principal, action, resource);
    if (decision === 'NOT_FOUND')
      throw hiddenNotFound(label, 'id' in resource ? (resource.id ?? '') : '');
    if (decision === 'FORBIDDEN') throw forbidden();
  }

  draftReadScope(principal: Principal): DraftReadScope {
    return draftReadScope(principal);
  }

  pausedProfileReadScope(principal: Principal) {
    return pausedProfileReadScope(principal);
  }

  proposalReadScope(principal: Principal) {
    return proposalReadScope(principal);
  }

  /** Ids of the contacts whose details (name, e-mail, phone, role) the principal may see. */
  async visibleContactIds(
    principal: Principal,
    contacts: ReadonlyArray<{ id: string; organizationId: string }>,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    const own = memberOrganizationIds(principal);
    const rest = contacts.filter((c) => {
      // Admins and the contact's own organization need no facts.
      const obvious = isAdmin(principal) || own.has(c.organizationId);
      if (obvious) visible.add(c.id);
      return !obvious;
    });
    if (rest.length === 0) return visible;
    const loader = this.contactFactsLoader(principal);
    const facts = await loader.loadMany(rest.map((c) => c.organizationId));
    rest.forEach((contact, index) => {
      const fact = facts[index];
      if (fact instanceof Error) throw fact;
      const resource: Resource = {
        type: 'contactPerson',
        id: contact.id,
        organizationId: contact.organizationId,
        ...fact,
      };
      if (can(principal, 'contactPerson:readDetails', resource)) visible.add(contact.id);
    });
    return visible;
  }

  private contactFactsLoader(principal: Principal): DataLoader<string, ContactOrganizationFacts> {
    let loader = this.contactFacts.get(principal);
    if (!loader) {
      loader = new DataLoader<string, ContactOrganizationFacts>(async (ids) => {
        const facts = await this.scopes.contactOrganizations([...ids]);
        return ids.map(
          (id) =>
            facts.get(id) ?? {
              countyNumber: null,
              proposalArenaIds: [],
              acceptedConsortiumOrganizationIds: [],
            },
        );
      });
      this.contactFacts.set(principal, loader);
    }
    return loader;
  }
}
