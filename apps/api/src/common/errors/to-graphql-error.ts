import { HttpException, HttpStatus } from '@nestjs/common';
import {
  ConflictError,
  DomainError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '@brobygger/persistence/errors';
import { GraphQLError } from 'graphql';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { InputValidationError } from '../validation/input-validation.error';
import { ErrorCode } from './error-codes';

/**
 * The one mapping from errors thrown anywhere below a resolver to GraphQL errors with a code. `args` are the
 * GraphQL arguments of the failing field: a domain ValidationError from a mutation with one `input` argument
 * gets its field path prefixed (`title` → `input.title`) so that clients see the same paths as for
 * class-validator errors. Returns undefined for errors that are not understood (the caller logs them and answers
 * INTERNAL_SERVER_ERROR without details).
 */
export function toGraphqlError(
  error: unknown,
  args: Record<string, unknown> = {},
): GraphQLError | undefined {
  if (error instanceof GraphQLError) return error;

  if (error instanceof InputValidationError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        field: error.problems[0]?.field,
        fields: error.problems,
      },
    });
  }

  if (error instanceof ValidationError) {
    const field = prefixWithInput(error.field, args);
    const prefix = `${error.field}: `;
    const reason = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    const message = `${field} ${reason}`;
    return new GraphQLError(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, fields: [{ field, message }] },
    });
  }
  if (error instanceof NotFoundError) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.NOT_FOUND, entity: error.entity, id: error.id },
    });
  }
  if (error instanceof ConflictError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.CONFLICT,
        entity: error.entity,
        id: error.id,
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
      },
    });
  }
  if (error instanceof InvalidStateError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.INVALID_STATE,
        entity: error.entity,
        id: error.id,
        state: error.state,
      },
    });
  }
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code } });
  }

  if (error instanceof OptimisticLockVersionMismatchError) {
    return new GraphQLError(error.message, { extensions: { code: ErrorCode.CONFLICT } });
  }
  if (error instanceof QueryFailedError) {
    return fromDatabaseError(error);
  }
  if (error instanceof HttpException) {
    return fromHttpException(error);
  }
  return undefined;
}

function prefixWithInput(field: string, args: Record<string, unknown>): string {
  const names = Object.keys(args);
  if (names.length === 1 && names[0] === 'input' && !field.startsWith('input')) {
    return field.startsWith('[') ? `input${field}` : `input.${field}`;
  }
  return field;
}

/** Constraint violations that slipped past validation are the client's fault; name the constraint. */
function fromDatabaseError(error: QueryFailedError): GraphQLError | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  switch (driverError?.code) {
    case '23505':
      return new GraphQLError(`already exists (${driverError.constraint ?? 'unique constraint'})`, {
        extensions: { code: ErrorCode.CONFLICT, constraint: driverError.constraint },
      });
    case '23503':
    case '23514':
    case '23502':
    case '22001':
      return new GraphQLError(`invalid value (${driverError.constraint ?? driverError.code})`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, constraint: driverError.constraint },
      });
    default:
      return undefined;
  }
}

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_REQUESTS,
};

function fromHttpException(error: HttpException): GraphQLError | undefined {
  const code = HTTP_STATUS_CODES[error.getStatus()];
  if (!code) return undefined;
  return new GraphQLError(error.message, { extensions: { code } });
}
