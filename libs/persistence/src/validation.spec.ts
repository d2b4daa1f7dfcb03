import { ValidationError } from './errors';
import { TITLE_MAX } from './limits';
import { requireText } from './validation';

describe('requireText', () => {
  it('counts code points: 150 emoji fit in 200 characters, 201 do not', () => {
    const emoji = '🌊'.repeat(150);
    expect(emoji.length).toBe(300); // UTF-16 code units
    expect(requireText('title', emoji, TITLE_MAX)).toBe(emoji);
    expect(() => requireText('title', '😀'.repeat(TITLE_MAX + 1), TITLE_MAX)).toThrow(
      new ValidationError('title', `must be at most ${TITLE_MAX} characters`),
    );
  });
});
