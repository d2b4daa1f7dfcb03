import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors/error-codes';

/** The errors of the auth layer; messages never say whether an object exists. */
export function unauthenticated(
  message = 'Sign in first: send `Authorization: Bearer <access token>`',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** The bearer token was sent but is malformed, tampered with, expired or its session was ended. */
export function invalidToken(): GraphQLError {
  return new GraphQLError('The access token is invalid, expired or revoked', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'INVALID_TOKEN' },
  });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** Same text for "does not exist" and "exists but you may not see it". */
export function hiddenNotFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, id },
  });
}

export function tooManyRequests(retryAfterSeconds: number, message?: string): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(message ?? `Too many requests; try again in ${seconds} s`, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: seconds },
  });
}
