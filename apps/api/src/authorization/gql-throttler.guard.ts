import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  ThrottlerException,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerRequest,
} from '@nestjs/throttler';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { tooManyRequests } from './auth-errors';
import { authCarrier } from './current-user.decorator';
import { targetIdFromArgs } from './gql-auth.guard';

/** The root types whose fields are counted (subscriptions are not). */
const ROOT_OPERATIONS = new Set(['Query', 'Mutation']);

/** How long the limiter waits for Redis before letting the request through (fail open). */
export const RATE_LIMIT_STORAGE_TIMEOUT_MS = 250;

/**
 * Redis-backed rate limiting per client address for GraphQL operations (and HTTP routes). Subscriptions are
 * skipped (no HTTP response over a WebSocket); refusals are TOO_MANY_REQUESTS with `retryAfterSeconds` in GraphQL
 * and HTTP 429 elsewhere. `/health` is never limited (@SkipThrottle).
 *
 * Fails open: when Redis does not answer within RATE_LIMIT_STORAGE_TIMEOUT_MS the request is served unlimited
 * (logged once per outage), so an outage of Redis does not take reads and sign-in down with it. Password guessing
 * stays bounded by the login throttle, which lives in PostgreSQL.
 *
 * A refused mutation is written to the audit log as DENIED with TOO_MANY_REQUESTS (this guard runs before the
 * access check, so the row has the client address but no user).
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  private storageDown = false;

  @Inject(AuditLogRepository) private readonly audit!: AuditLogRepository;

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return super.canActivate(context);
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Guards run on root fields only (fieldResolverEnhancers): each query and mutation field counts once.
    // Subscriptions have no HTTP request to limit.
    if (!ROOT_OPERATIONS.has(info.parentType.name)) return true;
    if (info.operation.operation === 'subscription') return true;
    if (!gql.getContext<{ req?: unknown }>().req) return true;
    return super.canActivate(context);
  }

  protected override async handleRequest(requestProps: ThrottlerRequest): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${RATE_LIMIT_STORAGE_TIMEOUT_MS} ms`)),
        RATE_LIMIT_STORAGE_TIMEOUT_MS,
      );
    });
    try {
      const allowed = await Promise.race([super.handleRequest(requestProps), timeout]);
      if (this.storageDown) this.logger.log('Rate limiting is back: Redis answers again');
      this.storageDown = false;
      return allowed;
    } catch (error) {
      if (error instanceof ThrottlerException || error instanceof GraphQLError) throw error;
      if (!this.storageDown) {
        this.logger.warn(
          `Rate limiting is off while Redis is unreachable (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      this.storageDown = true;
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const ctx = GqlExecutionContext.create(context).getContext<{
      req?: Record<string, unknown>;
      res?: Record<string, unknown>;
    }>();
    const req = ctx.req ?? {};
    return { req, res: ctx.res ?? (req.res as Record<string, unknown> | undefined) ?? {} };
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    // Plain HTTP routes answer 429 (ThrottlerException), GraphQL operations TOO_MANY_REQUESTS.
    if (context.getType<string>() !== 'graphql')
      return super.throwThrottlingException(context, detail);
    const error = tooManyRequests(detail.timeToBlockExpire || detail.timeToExpire);
    await this.auditRefusedMutation(context, String(error.extensions.code));
    throw error;
  }

  private async auditRefusedMutation(context: ExecutionContext, errorCode: string): Promise<void> {
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return;
    const operation = `Mutation.${info.fieldName}`;
    try {
      await this.audit.append({
        userId: null,
        userEmail: null,
        operation,
        targetType: null,
        targetId: targetIdFromArgs(gql.getArgs<Record<string, unknown>>() ?? {}),
        outcome: 'DENIED',
        errorCode,
        clientAddress: authCarrier(context).ip ?? null,
      });
    } catch (error) {
      this.logger.error(`Could not write the audit log for ${operation}: ${String(error)}`);
    }
  }
}
