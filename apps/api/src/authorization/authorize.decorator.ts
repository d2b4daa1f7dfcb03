import { SetMetadata } from '@nestjs/common';
import type { Action, Resource } from './policy';

export const IS_PUBLIC_KEY = 'brobygger:auth:public';
export const AUTHORIZE_KEY = 'brobygger:auth:authorize';

/** Resource types the guard can load by id (see ResourceLoader). */
export type LoadableResourceType =
  | 'organization'
  | 'arena'
  | 'knowledgeNeed'
  | 'competenceProfile'
  | 'matchRun'
  | 'proposal'
  | 'consortium'
  | 'consortiumMember'
  | 'needInterest'
  | 'conflictExclusion';

export interface AuthorizeOptions {
  /** Load this resource type by the id found at `idArg` in the GraphQL arguments (dot path: `id`, `input.id`). */
  resource?: LoadableResourceType;
  idArg?: string;
  /**
   * When the id names no object: NOT_FOUND (default, for the object an operation acts on) or BAD_USER_INPUT naming
   * the argument (for references in an input, e.g. the owner organization of a new need).
   */
  missing?: 'NOT_FOUND' | 'BAD_USER_INPUT';
  /** Or build the resource from the arguments (nothing to load), e.g. an invitation. */
  fromArgs?: (args: Record<string, unknown>) => Resource;
}

export interface AuthorizeMetadata extends AuthorizeOptions {
  action: Action;
}

/**
 * No sign-in needed (login, refreshToken, acceptInvitation, health). A token, if sent, is still verified so that
 * resolvers can see who calls.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * The access rule of one operation: the policy action, and optionally which resource it acts on.
 * Every Query, Mutation and Subscription must carry @Authorize or @Public; anything else is refused.
 *
 * @example `@Authorize('knowledgeNeed:update', { resource: 'knowledgeNeed', idArg: 'input.id' })`
 * @example `@Authorize('knowledgeNeed:create', { resource: 'organization', idArg: 'input.organizationId' })`
 * @example `@Authorize('arena:create')`
 */
export const Authorize = (action: Action, options: AuthorizeOptions = {}): MethodDecorator =>
  SetMetadata(AUTHORIZE_KEY, { action, ...options } satisfies AuthorizeMetadata);
