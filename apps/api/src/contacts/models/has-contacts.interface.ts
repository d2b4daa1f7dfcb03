import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { ContactPersonModel } from './contact-person.model';

/**
 * Implemented by KnowledgeNeed and CompetenceProfile. Its `contacts` field is resolved in ONE place
 * (ContactsResolver), so access rules for personal data can be added there.
 */
@InterfaceType('HasContacts')
export abstract class HasContacts {
  @Field(() => ID)
  id: string;

  @Field(() => [ContactPersonModel])
  contacts?: ContactPersonModel[];
}
