import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { NotBlank } from './not-blank';

class NameInput {
  @NotBlank()
  name: unknown;
}

const problems = (name: unknown) =>
  validateSync(plainToInstance(NameInput, { name })).map((e) => e.constraints);

describe('NotBlank', () => {
  it('refuses text of only white space, in the words the repositories used', () => {
    expect(problems(' \t\n ')).toEqual([{ notBlank: 'name must not be empty' }]);
  });

  it('leaves the empty string and non-strings to IsNotEmpty and IsString', () => {
    expect(problems('')).toEqual([]);
    expect(problems(42)).toEqual([]);
    expect(problems(' x ')).toEqual([]);
  });
});
