import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from './auth-errors';
import type { Principal } from './principal';

/** Request-like object the guard stores the principal on (HTTP request or subscription context). */
export interface AuthCarrier {
  user?: Principal | null;
  /** A bearer token was sent but is invalid, expired or revoked. */
  tokenRejected?: boolean;
  auditTarget?: { type: string; id: string | null };
  /** The organization the current mutation acts for, when the caller is not its member (audit log). */
  auditOnBehalfOf?: string;
  ip?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/** The carrier of the current GraphQL operation (the HTTP request, or the WebSocket context object). */
export function authCarrier(context: ExecutionContext): AuthCarrier {
  if (context.getType<string>() === 'graphql') {
    return carrierOfContext(GqlExecutionContext.create(context).getContext<object>());
  }
  return context.switchToHttp().getRequest<AuthCarrier>();
}

/** The carrier held by a GraphQL context. */
function carrierOfContext(context: object): AuthCarrier {
  const ctx = context as Record<string, unknown>;
  const req = (ctx.req ?? (ctx.extra as { request?: unknown } | undefined)?.request) as
    AuthCarrier | undefined;
  return req ?? (ctx as AuthCarrier);
}

/**
 * The signed-in user, for field resolvers (they get GraphQL's context, not Nest's parameter decorators): the guard
 * of the root operation stored it. A field that depends on the user is not reachable from a @Public operation;
 * if it ever were, it answers UNAUTHENTICATED.
 */
export function principalOf(context: object): Principal {
  const user = carrierOfContext(context).user;
  if (!user) throw unauthenticated();
  return user;
}

/** The signed-in user (the guard guarantees one except on @Public operations, where it may be null). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null =>
    authCarrier(context).user ?? null,
);

/** The carrier of the current operation, for resolvers that add facts to the audit log (auditOnBehalfOf). */
export const AuditCarrier = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthCarrier => authCarrier(context),
);
