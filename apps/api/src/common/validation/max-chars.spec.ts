import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { textLength } from '@brobygger/persistence/limits';
import { MaxChars } from './max-chars';

class TitleInput {
  @MaxChars(5)
  title: unknown;
}

const accepts = (title: unknown) =>
  validateSync(plainToInstance(TitleInput, { title })).length === 0;

describe('MaxChars', () => {
  it('counts code points, as the persistence layer (and PostgreSQL length) does', () => {
    for (const text of ['🌊🌊🌊🌊🌊', '❤️❤️❤️', 'æøå\u{1F600}x', '❤️❤️❤️a', '🌊🌊🌊🌊🌊🌊']) {
      const persisted = textLength(text) <= 5;
      expect([text, accepts(text)]).toEqual([text, persisted]);
    }
    expect(accepts('🌊🌊🌊🌊🌊')).toBe(true);
    // A heart with its emoji variation selector is two code points: three are six, over five.
    expect(accepts('❤️❤️❤️')).toBe(false);
  });

  it('refuses non-strings and names the limit', () => {
    expect(accepts(12345)).toBe(false);
    const [error] = validateSync(plainToInstance(TitleInput, { title: '123456' }));
    expect(error.constraints).toEqual({ maxChars: 'title must be at most 5 characters' });
  });
});
