import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import {
  ConflictError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '@brobygger/persistence/errors';
import { InputValidationError } from '../validation/input-validation.error';
import { toGraphqlError } from './to-graphql-error';

describe('toGraphqlError', () => {
  it('maps class-validator problems to BAD_USER_INPUT naming the first field', () => {
    const error = toGraphqlError(
      new InputValidationError([
        {
          field: 'input.title',
          message: 'input.title must be shorter than or equal to 200 characters',
        },
      ]),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('prefixes a repository ValidationError with `input` for a mutation with one input argument', () => {
    const error = toGraphqlError(
      new ValidationError('contacts[1].email', 'is not a valid e-mail address'),
      {
        input: {},
      },
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contacts[1].email',
    });
    expect(error?.message).toBe('input.contacts[1].email is not a valid e-mail address');
  });

  it('keeps argument-level fields such as `after` as they are', () => {
    const error = toGraphqlError(new ValidationError('after', 'is not a valid cursor'), {
      first: 20,
      after: 'x',
    });
    expect(error?.extensions?.field).toBe('after');
  });

  it.each([
    [new NotFoundError('KnowledgeNeed', 'n1'), 'NOT_FOUND'],
    [new ConflictError('KnowledgeNeed', 'n1', 1, 2), 'CONFLICT'],
    [new InvalidStateError('KnowledgeNeed', 'n1', 'WITHDRAWN'), 'INVALID_STATE'],
    [new UnauthorizedException(), 'UNAUTHENTICATED'],
    [new ForbiddenException(), 'FORBIDDEN'],
  ])('maps %p to %s', (exception, code) => {
    expect(toGraphqlError(exception)?.extensions?.code).toBe(code);
  });

  it('leaves unknown errors to the caller (answered as INTERNAL_SERVER_ERROR without details)', () => {
    expect(toGraphqlError(new Error('database password is hunter2'))).toBeUndefined();
  });
});
