import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A string that is not only white space (the stored text is trimmed). The empty string passes: IsNotEmpty reports
 * it, so that one input error is reported once.
 */
export const NotBlank = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || value === '' || value.trim() !== '',
        defaultMessage: buildMessage((each) => `${each}$property must not be empty`, options),
      },
    },
    options,
  );
