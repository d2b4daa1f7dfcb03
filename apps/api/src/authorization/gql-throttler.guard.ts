import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { GraphQLResolveInfo } from 'graphql';
import { tooManyRequests } from './auth-errors';

/**
 * Redis-backed rate limiting per client address for GraphQL operations (and HTTP routes). Subscriptions are
 * skipped (no HTTP response over a WebSocket); refusals are TOO_MANY_REQUESTS with `retryAfterSeconds`.
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return false;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation === 'subscription') return true;
    // Guards also run on field resolvers (fieldResolverEnhancers): count each root field once.
    if (!['Query', 'Mutation'].includes(info.parentType.name)) return true;
    return !GqlExecutionContext.create(context).getContext<{ req?: unknown }>().req;
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
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw tooManyRequests(detail.timeToBlockExpire || detail.timeToExpire);
  }
}
