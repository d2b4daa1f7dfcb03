import { ParseIdPipe } from './parse-id.pipe';
import { InputValidationError } from './input-validation.error';

describe(ParseIdPipe.name, () => {
  const pipe = new ParseIdPipe();

  it('passes a uuid through', () => {
    const id = '5f0c6f7e-2a43-4c55-9d7b-2f6a3c1e9b10';
    expect(pipe.transform(id, { type: 'custom', data: 'id' })).toBe(id);
  });

  it('refuses anything else with BAD_USER_INPUT naming the argument', () => {
    let error: unknown;
    try {
      pipe.transform('42', { type: 'custom', data: 'arenaId' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).problems).toEqual([
      { field: 'arenaId', message: 'arenaId must be a UUID' },
    ]);
  });
});
