import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';
import { toGraphqlError } from './to-graphql-error';

/**
 * The API's one exception filter (registered as APP_FILTER). In GraphQL it turns domain, validation and HTTP
 * errors into GraphQL errors with a code (see toGraphqlError); anything else is logged with its stack and
 * answered as INTERNAL_SERVER_ERROR without details. Plain HTTP routes (health) keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(GraphqlExceptionFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      return super.catch(exception, host);
    }
    const args = GqlArgumentsHost.create(host).getArgs<Record<string, unknown>>() ?? {};
    const mapped = toGraphqlError(exception, args);
    if (mapped) return mapped;
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return new GraphQLError('Internal server error', {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  }
}
