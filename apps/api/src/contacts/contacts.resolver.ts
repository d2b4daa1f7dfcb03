import { ResolveField, Resolver } from '@nestjs/graphql';
import type { ContactPerson } from '@brobygger/persistence';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthorizationService } from '../authorization/authorization.service';
import { principalOf } from '../authorization/current-user.decorator';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { ContactPersonModel } from './models/contact-person.model';
import { HasContacts } from './models/has-contacts.interface';

/**
 * THE place where contact persons (personal data) are resolved, for every type implementing HasContacts
 * (KnowledgeNeed, CompetenceProfile). Access rules for contact details belong here.
 */
@Resolver(() => HasContacts)
export class ContactsResolver {
  constructor(private readonly authorization: AuthorizationService) {}

  @ResolveField(() => [ContactPersonModel])
  async contacts(
    parent: { id: string },
    _args: unknown,
    context: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<ContactPersonModel[]> {
    const { loaders } = context;
    let contacts: ContactPerson[];
    switch (info.parentType.name) {
      case 'KnowledgeNeed':
        contacts = await loaders.contactsByKnowledgeNeed.load(parent.id);
        break;
      case 'CompetenceProfile':
        contacts = await loaders.contactsByCompetenceProfile.load(parent.id);
        break;
      default:
        throw new Error(`contacts are not defined for ${info.parentType.name}`);
    }
    // Personal data: the access policy decides whose details are shown (contactPerson:readDetails).
    const visible = await this.authorization.visibleContactIds(principalOf(context), contacts);
    return contacts.map((contact) =>
      visible.has(contact.id)
        ? {
            id: contact.id,
            hidden: false,
            name: contact.name,
            email: contact.email,
            phone: contact.phone,
            role: contact.role,
          }
        : { id: contact.id, hidden: true, name: null, email: null, phone: null, role: null },
    );
  }
}
