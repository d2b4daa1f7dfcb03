import { Injectable } from '@nestjs/common';
import { AccessScopeRepository } from '@brobygger/persistence/repositories/access-scope.repository';
import type { LoadableResourceType } from './authorize.decorator';
import type { Resource } from './policy';

/** GraphQL type names used in NOT_FOUND messages. */
export const RESOURCE_LABELS: Record<LoadableResourceType, string> = {
  organization: 'Organization',
  arena: 'MobilizationArena',
  knowledgeNeed: 'KnowledgeNeed',
  competenceProfile: 'CompetenceProfile',
  matchRun: 'MatchRun',
  proposal: 'ConsortiumProposal',
  consortium: 'Consortium',
  consortiumMember: 'ConsortiumMember',
  needInterest: 'NeedInterest',
  conflictExclusion: 'ConflictExclusion',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads the policy's description of a resource by id; null when there is no such resource. */
@Injectable()
export class ResourceLoader {
  constructor(private readonly scopes: AccessScopeRepository) {}

  async load(type: LoadableResourceType, id: string): Promise<Resource | null> {
    if (!UUID.test(id)) return null;
    switch (type) {
      case 'organization': {
        const row = await this.scopes.organization(id);
        return row && { type, ...row };
      }
      case 'arena': {
        const row = await this.scopes.arena(id);
        return row && { type, ...row };
      }
      case 'knowledgeNeed': {
        const row = await this.scopes.knowledgeNeed(id);
        return row && { type, ...row };
      }
      case 'competenceProfile': {
        const row = await this.scopes.competenceProfile(id);
        return row && { type, ...row };
      }
      case 'matchRun': {
        const row = await this.scopes.matchRun(id);
        return row && { type, ...row };
      }
      case 'proposal': {
        const row = await this.scopes.proposal(id);
        return row && { type, ...row };
      }
      case 'consortium': {
        const row = await this.scopes.consortium(id);
        return row && { type, ...row };
      }
      case 'consortiumMember': {
        const row = await this.scopes.consortiumMember(id);
        return row && { type, ...row };
      }
      case 'needInterest': {
        const row = await this.scopes.needInterest(id);
        return row && { type, ...row };
      }
      case 'conflictExclusion': {
        const row = await this.scopes.conflictExclusion(id);
        return row && { type, ...row };
      }
    }
  }
}

/**
 * Completes a resource built from the arguments with the facts that must be loaded: an invitation's organization.
 * Returns null when the invitation names an organization that does not exist.
 */
export async function completeResource(
  loader: ResourceLoader,
  resource: Resource,
): Promise<Resource | null> {
  if (resource.type !== 'invitation' || !resource.organizationId) return resource;
  const organization = await loader.load('organization', resource.organizationId);
  if (!organization || organization.type !== 'organization') return null;
  const { type: _type, ...facts } = organization;
  return { ...resource, organization: facts };
}

/** Value at a dot path of the arguments (`input.id`). */
export function argAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value && typeof value === 'object') return (value as Record<string, unknown>)[key];
    return undefined;
  }, args);
}
