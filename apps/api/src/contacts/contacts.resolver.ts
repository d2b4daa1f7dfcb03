import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ContactPerson } from '@brobygger/persistence';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { ContactPersonModel } from './models/contact-person.model';
import { HasContacts } from './models/has-contacts.interface';

/**
 * THE place where contact persons (personal data) are resolved, for every type implementing HasContacts
 * (KnowledgeNeed, CompetenceProfile). Access rules for contact details belong here.
 */
@Resolver(() => HasContacts)
export class ContactsResolver {
  @ResolveField(() => [ContactPersonModel])
  contacts(
    @Parent() parent: { id: string },
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactPerson[]> {
    switch (info.parentType.name) {
      case 'KnowledgeNeed':
        return loaders.contactsByKnowledgeNeed.load(parent.id);
      case 'CompetenceProfile':
        return loaders.contactsByCompetenceProfile.load(parent.id);
      default:
        throw new Error(`contacts are not defined for ${info.parentType.name}`);
    }
  }
}
