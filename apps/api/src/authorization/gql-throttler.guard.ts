import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  ThrottlerException,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerRequest,
} from '@nestjs/throttler';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { tooManyRequests } from './auth-errors';

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
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  private storageDown = false;

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return false;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation === 'subscription') return true;
    // Guards also run on field resolvers (fieldResolverEnhancers): count each root field once.
    if (!['Query', 'Mutation'].includes(info.parentType.name)) return true;
    return !GqlExecutionContext.create(context).getContext<{ req?: unknown }>().req;
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
    throw tooManyRequests(detail.timeToBlockExpire || detail.timeToExpire);
  }
}
