import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import type { AuditOutcome } from '@brobygger/persistence/entities/audit-log.entity';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable } from 'rxjs';
import { toGraphqlError } from '../common/errors/to-graphql-error';
import { authCarrier } from './current-user.decorator';
import { targetIdFromArgs } from './gql-auth.guard';

/**
 * Writes one audit-log row per executed mutation (on every mutation, see ./mutation.decorator): user, operation (`Mutation.<name>`), target
 * type and id, the organization acted for (a broker's need on behalf of a municipality), time and outcome (SUCCESS, or FAILED with the error code the client gets). Refusals by the guards are
 * written there as DENIED (access control; the rate limiter with TOO_MANY_REQUESTS). Arguments are never stored (they may hold passwords, tokens or personal data).
 */
@Injectable()
export class AuditLogInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditLogInterceptor.name);

  constructor(private readonly audit: AuditLogRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();

    const args = gql.getArgs<Record<string, unknown>>() ?? {};
    const carrier = authCarrier(context);
    const operation = `Mutation.${info.fieldName}`;
    const returnType = String(info.returnType).replace(/[[\]!]/g, '');
    const write = async (outcome: AuditOutcome, result: unknown, errorCode: string | null) => {
      const principal = carrier.user ?? null;
      const resultObject = (result && typeof result === 'object' ? result : {}) as Record<
        string,
        unknown
      >;
      const resultUser = resultObject.user as { id?: string; email?: string } | undefined;
      // Sessions (login, refreshToken, acceptInvitation) are about their user.
      const resultId =
        typeof resultObject.id === 'string'
          ? resultObject.id
          : typeof resultUser?.id === 'string'
            ? resultUser.id
            : null;
      const resultType =
        typeof resultObject.id === 'string' ? returnType : resultUser ? 'User' : returnType;
      const emailArg = (args.input as { email?: unknown } | undefined)?.email;
      try {
        await this.audit.append({
          userId: principal?.id ?? resultUser?.id ?? null,
          userEmail:
            principal?.email ??
            resultUser?.email ??
            (typeof emailArg === 'string' ? emailArg.slice(0, 320) : null),
          operation,
          // The object the mutation produced or changed (its GraphQL type and id), else what it was aimed at.
          targetType: resultId ? resultType : (carrier.auditTarget?.type ?? returnType),
          targetId: resultId ?? carrier.auditTarget?.id ?? targetIdFromArgs(args),
          outcome,
          errorCode,
          clientAddress: carrier.ip ?? null,
          onBehalfOfOrganizationId: carrier.auditOnBehalfOf ?? null,
        });
      } catch (error) {
        this.logger.error(`Could not write the audit log for ${operation}: ${String(error)}`);
      }
    };

    return from(
      (async () => {
        let result: unknown;
        try {
          result = await lastValue(next.handle());
        } catch (error) {
          // The code the client gets (validation failures are BAD_USER_INPUT, not an internal error).
          const code = toGraphqlError(error, args)?.extensions.code;
          await write('FAILED', undefined, code ? String(code) : 'INTERNAL_SERVER_ERROR');
          throw error;
        }
        await write('SUCCESS', result, null);
        return result;
      })(),
    );
  }
}

function lastValue<T>(observable: Observable<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let value: T;
    observable.subscribe({
      next: (v) => (value = v),
      error: reject,
      complete: () => resolve(value),
    });
  });
}
