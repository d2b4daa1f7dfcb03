import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsEmail, IsNotEmpty, MaxLength, ValidateNested, validateSync } from 'class-validator';
import { flattenValidationErrors, InputValidationError } from './input-validation.error';

class ContactInput {
  @IsNotEmpty()
  name: string;

  @IsEmail()
  email: string;
}

class NeedInput {
  @MaxLength(5)
  title: string;

  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts: ContactInput[];
}

function problemsOf(plain: object) {
  const errors = validateSync(plainToInstance(NeedInput, plain), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return flattenValidationErrors(errors);
}

describe(InputValidationError.name, () => {
  describe('flattenValidationErrors', () => {
    it('names nested array items with brackets and starts each message with the path', () => {
      const problems = problemsOf({
        title: 'too long',
        contacts: [
          { name: 'A', email: 'a@b.no' },
          { name: '', email: 'x' },
        ],
      });
      expect(problems.map((p) => p.field)).toEqual([
        'title',
        'contacts[1].name',
        'contacts[1].email',
      ]);
      expect(problems[0].message).toBe('title must be shorter than or equal to 5 characters');
      expect(problems[2].message).toBe('contacts[1].email must be an email');
    });

    it('reports unknown fields by path', () => {
      const problems = problemsOf({ title: 'ok', contacts: [], extra: 1 });
      expect(problems).toEqual([{ field: 'extra', message: 'extra is not a known field' }]);
    });
  });

  describe('withArgumentName', () => {
    it('prefixes fields and messages with the argument name', () => {
      const error = new InputValidationError(
        problemsOf({ title: 'too long', contacts: [] }),
      ).withArgumentName('input');
      expect(error.problems).toEqual([
        {
          field: 'input.title',
          message: 'input.title must be shorter than or equal to 5 characters',
        },
      ]);
      expect(error.message).toBe('input.title must be shorter than or equal to 5 characters');
    });

    it('leaves ArgsType errors (no argument name) as they are', () => {
      const error = new InputValidationError([
        { field: 'first', message: 'first must not be greater than 100' },
      ]);
      expect(error.withArgumentName(undefined)).toBe(error);
    });
  });
});
