import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { Mutation as GraphqlMutation, MutationOptions, ReturnTypeFunc } from '@nestjs/graphql';
import { AuditLogInterceptor } from './audit-log.interceptor';

/**
 * A GraphQL mutation: Nest's @Mutation with the audit-log interceptor, which writes one row per executed
 * mutation. The interceptor sits on mutations only: as a global interceptor Nest wrapped every query in its rxjs
 * chain as well, for nothing. Resolvers import `Mutation` from here; FieldAuthorizationCheck refuses to start the
 * API if a mutation lacks the interceptor.
 */
export function Mutation(typeFunc: ReturnTypeFunc, options?: MutationOptions): MethodDecorator {
  return applyDecorators(GraphqlMutation(typeFunc, options), UseInterceptors(AuditLogInterceptor));
}
