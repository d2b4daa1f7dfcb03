import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { flattenValidationErrors, InputValidationError } from './input-validation.error';

/**
 * What Nest hands every pipe that is not client input: a field resolver's parent object, the request context, the
 * resolve info (which holds the whole query's syntax tree) and custom parameter decorators (the current user).
 * They pass untouched: checking them cost about a tenth of the API's CPU on nested lists, where every field
 * resolver has a parent and a context.
 */
const NOT_INPUT: ReadonlySet<unknown> = new Set([
  GqlParamtype.ROOT,
  GqlParamtype.CONTEXT,
  GqlParamtype.INFO,
  'custom',
]);

/**
 * The global validation pipe: whitelist + forbidNonWhitelisted + transform, on arguments only. Errors carry the
 * field path including the GraphQL argument name (`input.title`, `filter.status`, `first`).
 */
@Injectable()
export class GraphqlValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationError(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (NOT_INPUT.has(metadata.type)) return value;
    // PostgreSQL cannot store NUL in text: refuse it here, naming the field, for every argument.
    const nul = pathOfNul(value);
    if (nul !== null) {
      const argument = typeof metadata.data === 'string' ? metadata.data : '';
      const field = !nul
        ? argument
        : !argument || nul.startsWith('[')
          ? argument + nul
          : `${argument}.${nul}`;
      throw new InputValidationError([
        { field, message: `${field} must not contain NUL characters` },
      ]);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationError) {
        // @Args('input') has data 'input'; @Args() with an ArgsType has no name: its fields are the arguments.
        throw error.withArgumentName(typeof metadata.data === 'string' ? metadata.data : undefined);
      }
      throw error;
    }
  }
}

/**
 * Dot path of the first string containing U+0000 in an argument value ('' for the value itself), or null. Only
 * strings, arrays and plain objects (GraphQL argument values) are searched.
 */
export function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNul(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return null;
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
