import { ValidationError } from './errors';
import { CONTACTS_MAX, TITLE_MAX } from './limits';
import { validateContacts } from './repositories/contact-person.repository';
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

describe('validateContacts', () => {
  const contact = (i: number) => ({ name: `Kontakt ${i}`, email: `k${i}@example.no` });

  it('refuses more contacts than the API accepts (CONTACTS_MAX), naming the field', () => {
    const allowed = Array.from({ length: CONTACTS_MAX }, (_, i) => contact(i));
    expect(validateContacts('contacts', allowed)).toHaveLength(CONTACTS_MAX);
    expect(() => validateContacts('contacts', [...allowed, contact(CONTACTS_MAX)])).toThrow(
      new ValidationError('contacts', `must have at most ${CONTACTS_MAX} entries`),
    );
  });
});
