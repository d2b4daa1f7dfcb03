import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsContactList } from './field-rules';
import { CONTACTS_MAX } from './limits';

class ContactsInput {
  @IsContactList()
  contacts: unknown;
}

const errorsFor = (count: number) => {
  const contacts = Array.from({ length: count }, (_, i) => ({
    name: `K ${i}`,
    email: `k${i}@example.no`,
  }));
  return validateSync(plainToInstance(ContactsInput, { contacts }));
};

describe('IsContactList', () => {
  it(`accepts ${CONTACTS_MAX} contacts and refuses one more, naming the field`, () => {
    expect(errorsFor(CONTACTS_MAX)).toEqual([]);
    const [error] = errorsFor(CONTACTS_MAX + 1);
    expect(error.property).toBe('contacts');
    expect(Object.keys(error.constraints ?? {})).toEqual(['arrayMaxSize']);
  });
});
