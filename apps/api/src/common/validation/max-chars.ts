import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { textLength } from '@brobygger/persistence/limits';

/**
 * A string of at most `max` characters, counted in Unicode code points as the repositories count them (an emoji
 * is one character). Use it instead of class-validator's MaxLength, which counts differently.
 */
export const MaxChars = (max: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && textLength(value) <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be at most $constraint1 characters`,
          options,
        ),
      },
    },
    options,
  );
