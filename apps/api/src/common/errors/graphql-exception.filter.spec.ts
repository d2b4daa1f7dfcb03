import { Logger } from '@nestjs/common';
import { NotFoundError, ValidationError } from '@brobygger/persistence/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { InputValidationError } from '../validation/input-validation.error';
import { shapeFieldError } from './graphql-exception.filter';

/** What graphql-js and Apollo hand formatError for `thrown` from the field resolver of `Query.thing.owner`. */
function fromFieldResolver(thrown: unknown): [GraphQLFormattedError, GraphQLError] {
  const located = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path: ['thing', 'owner'],
    originalError: thrown instanceof Error ? thrown : undefined,
  });
  return [
    {
      message: located.message,
      path: ['thing', 'owner'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
    located,
  ];
}

describe('shapeFieldError', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives an error thrown by a field resolver the code the exception filter gives it', () => {
    expect(shapeFieldError(...fromFieldResolver(new NotFoundError('Organization', 'o-1')))).toEqual(
      {
        message: expect.stringContaining('o-1'),
        path: ['thing', 'owner'],
        extensions: { code: 'NOT_FOUND', entity: 'Organization', id: 'o-1' },
      },
    );
    expect(
      shapeFieldError(
        ...fromFieldResolver(new ValidationError('locale', 'must be one of nb, nn, en')),
      ),
    ).toMatchObject({
      message: 'locale must be one of nb, nn, en',
      extensions: { code: 'BAD_USER_INPUT', field: 'locale' },
    });
    expect(
      shapeFieldError(
        ...fromFieldResolver(
          new InputValidationError([
            { field: 'first', message: 'first must not be greater than 100' },
          ]),
        ),
      ),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('logs an unknown error with its stack and answers INTERNAL_SERVER_ERROR without details', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const shaped = shapeFieldError(...fromFieldResolver(new Error('relation "x" does not exist')));
    expect(shaped).toEqual({
      message: 'Internal server error',
      path: ['thing', 'owner'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(String(logged.mock.calls[0][0])).toContain('relation "x" does not exist');
  });

  it('leaves errors that are GraphQL errors already (root operations, through the filter; GraphQL’s own)', () => {
    const formatted = {
      message: 'You are not allowed to do this',
      extensions: { code: 'FORBIDDEN' },
    };
    const fromFilter = new GraphQLError('You are not allowed to do this', {
      path: ['thing'],
      originalError: new GraphQLError('You are not allowed to do this', {
        extensions: { code: 'FORBIDDEN' },
      }),
    });
    expect(shapeFieldError(formatted, fromFilter)).toBe(formatted);
    const nonNull = new GraphQLError('Cannot return null for non-nullable field Thing.owner.');
    expect(shapeFieldError({ message: nonNull.message }, nonNull)).toEqual({
      message: nonNull.message,
    });
  });
});
