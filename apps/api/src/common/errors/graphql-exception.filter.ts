import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-codes';
import { toGraphqlError } from './to-graphql-error';

const logger = new Logger('GraphqlExceptionFilter');

/**
 * The API's one exception filter (registered as APP_FILTER). In GraphQL it turns domain, validation and HTTP
 * errors into GraphQL errors with a code (see toGraphqlError); anything else is logged with its stack and
 * answered as INTERNAL_SERVER_ERROR without details. Plain HTTP routes (health) keep Nest's default handling.
 * Field resolvers run without Nest's enhancers (see GraphqlOptionsFactory): their errors get the same treatment
 * in Apollo's formatError, through shapeFieldError.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      return super.catch(exception, host);
    }
    const args = GqlArgumentsHost.create(host).getArgs<Record<string, unknown>>() ?? {};
    return graphqlErrorOf(exception, args);
  }
}

/** The GraphQL error a client gets for `exception`, thrown by a resolver that received `args`. */
export function graphqlErrorOf(exception: unknown, args: Record<string, unknown>): GraphQLError {
  const mapped = toGraphqlError(exception, args);
  if (mapped) return mapped;
  logger.error(
    exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
  );
  return new GraphQLError('Internal server error', {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  });
}

/**
 * Apollo's formatError step for errors that did not pass the filter: those thrown by field resolvers (root
 * operations' errors arrive as the filter's GraphQLErrors, and GraphQL's own errors are GraphQLErrors too). They
 * are shaped as the filter would have shaped them; a field's arguments never hold a single `input`, so no path is
 * prefixed.
 */
export function shapeFieldError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError) return formatted;
  const shaped = graphqlErrorOf(original, {});
  const stacktrace = formatted.extensions?.stacktrace;
  return {
    ...formatted,
    message: shaped.message,
    extensions: { ...shaped.extensions, ...(stacktrace ? { stacktrace } : {}) },
  };
}
