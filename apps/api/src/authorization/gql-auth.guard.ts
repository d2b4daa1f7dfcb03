import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { AuthService } from '../auth/auth.service';
import { ErrorCode } from '../common/errors/error-codes';
import { toGraphqlError } from '../common/errors/to-graphql-error';
import { forbidden, hiddenNotFound, invalidToken, unauthenticated } from './auth-errors';
import { AUTHORIZE_KEY, AuthorizeMetadata, IS_PUBLIC_KEY } from './authorize.decorator';
import { AuthCarrier, authCarrier } from './current-user.decorator';
import { decide, Resource } from './policy';
import type { Principal } from './principal';
import { argAt, completeResource, RESOURCE_LABELS, ResourceLoader } from './resource-loader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The global guard of every GraphQL operation (APP_GUARD; root fields only, see FieldAuthorizationCheck):
 * 1. verifies the bearer access token (signature, expiry, session not revoked, user enabled) and stores the
 *    principal on the request (a rejected token counts as anonymous, so login still works with a stale header);
 * 2. @Public operations pass; without a principal everything else is UNAUTHENTICATED;
 * 3. operations without @Authorize are refused (deny by default), so a new operation cannot be forgotten;
 * 4. loads the resource named by @Authorize and asks the policy: NOT_FOUND when the caller may not see it (same
 *    answer as for a missing id), FORBIDDEN when it may see it but not do this.
 * Refused mutations are written to the audit log as DENIED. Plain HTTP routes (health) are not GraphQL and pass.
 */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  private readonly logger = new Logger(GqlAuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly loader: ResourceLoader,
    private readonly audit: AuditLogRepository,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const meta = this.reflector.get<AuthorizeMetadata | undefined>(
      AUTHORIZE_KEY,
      context.getHandler(),
    );
    return this.check(context, gql, info, meta);
  }

  private async check(
    context: ExecutionContext,
    gql: GqlExecutionContext,
    info: GraphQLResolveInfo,
    meta: AuthorizeMetadata | undefined,
  ): Promise<boolean> {
    const args = gql.getArgs<Record<string, unknown>>() ?? {};
    const carrier = authCarrier(context);
    const operation = `${info.parentType.name}.${info.fieldName}`;
    const isMutation = info.parentType.name === 'Mutation';
    carrier.auditTarget = undefined;
    carrier.auditOnBehalfOf = undefined;
    try {
      const principal = await this.authenticate(carrier, gql.getContext<Record<string, unknown>>());
      const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (isPublic) return true;
      if (!principal) {
        throw carrier.tokenRejected ? invalidToken() : unauthenticated();
      }
      if (!meta) {
        this.logger.error(`${operation} has neither @Authorize nor @Public: refused`);
        throw forbidden();
      }
      const resource = await this.resourceOf(meta, args);
      if (resource && 'id' in resource && meta.resource) {
        carrier.auditTarget = { type: RESOURCE_LABELS[meta.resource], id: resource.id ?? null };
      }
      switch (decide(principal, meta.action, resource)) {
        case 'ALLOW':
          return true;
        case 'NOT_FOUND': {
          const id = resource && 'id' in resource ? resource.id : '';
          throw hiddenNotFound(meta.resource ? RESOURCE_LABELS[meta.resource] : 'Object', id);
        }
        default:
          throw forbidden();
      }
    } catch (error) {
      if (isMutation) await this.auditDenied(carrier, operation, args, error);
      throw error;
    }
  }

  private async authenticate(
    carrier: AuthCarrier,
    ctx: Record<string, unknown>,
  ): Promise<Principal | null> {
    if (carrier.user !== undefined) return carrier.user;
    const token = bearerToken(carrier, ctx);
    if (!token) {
      carrier.user = null;
      return null;
    }
    // A subscribe arrives on a socket that may be hours old: its principal is always read afresh.
    const principal = await this.auth.principalFromAccessToken(token, {
      fresh: ctx.connectionParams !== undefined,
    });
    carrier.user = principal;
    carrier.tokenRejected = !principal;
    return principal;
  }

  private async resourceOf(
    meta: AuthorizeMetadata,
    args: Record<string, unknown>,
  ): Promise<Resource | undefined> {
    if (meta.fromArgs) {
      const resource = await completeResource(this.loader, meta.fromArgs(args));
      if (!resource) throw badInput('organizationId', 'no such organization');
      return resource;
    }
    if (!meta.resource || !meta.idArg) return undefined;
    const id = argAt(args, meta.idArg);
    if (typeof id !== 'string' || !UUID.test(id))
      throw badInput(meta.idArg, `${meta.idArg} must be a UUID`);
    const resource = await this.loader.load(meta.resource, id);
    if (!resource) {
      if (meta.missing === 'BAD_USER_INPUT') {
        throw badInput(
          meta.idArg,
          `${meta.idArg}: no ${RESOURCE_LABELS[meta.resource]} with id ${id}`,
        );
      }
      throw hiddenNotFound(RESOURCE_LABELS[meta.resource], id);
    }
    return resource;
  }

  private async auditDenied(
    carrier: AuthCarrier,
    operation: string,
    args: Record<string, unknown>,
    error: unknown,
  ): Promise<void> {
    const code = String(toGraphqlError(error)?.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    const principal = carrier.user ?? null;
    try {
      await this.audit.append({
        userId: principal?.id ?? null,
        userEmail: principal?.email ?? null,
        operation,
        targetType: carrier.auditTarget?.type ?? null,
        targetId: carrier.auditTarget?.id ?? targetIdFromArgs(args),
        outcome: 'DENIED',
        errorCode: code,
        clientAddress: carrier.ip ?? null,
      });
    } catch (auditError) {
      this.logger.error(`Could not write the audit log for ${operation}: ${String(auditError)}`);
    }
  }
}

function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, fields: [{ field, message }] },
  });
}

/** `Authorization: Bearer …` from the HTTP request or the WebSocket connection parameters. */
export function bearerToken(
  carrier: AuthCarrier,
  ctx: Record<string, unknown> = {},
): string | null {
  const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
  const raw = carrier.headers?.authorization ?? params.authorization ?? params.Authorization;
  const header = Array.isArray(raw) ? raw[0] : raw;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

/** The id a mutation acts on, when its arguments name one (`id`, `input.id`). */
export function targetIdFromArgs(args: Record<string, unknown>): string | null {
  for (const path of ['id', 'input.id']) {
    const value = argAt(args, path);
    if (typeof value === 'string' && value.length <= 100) return value;
  }
  return null;
}
