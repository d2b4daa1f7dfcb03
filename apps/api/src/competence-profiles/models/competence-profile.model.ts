import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Language, ProfileStatus, Theme } from '@brobygger/persistence/enums';
import { LanguageEnum, ProfileStatusEnum, ThemeEnum } from '../../common/graphql/enums';
import { HasContacts } from '../../contacts/models/has-contacts.interface';
import { OrganizationModel } from '../../organizations/models/organization.model';
import { CountyModel } from '../../reference-data/models/county.model';
import { ProfileReferenceModel } from './profile-reference.model';

@ObjectType('CompetenceProfile', {
  implements: () => [HasContacts],
  description: "A research group's competence profile.",
})
export class CompetenceProfileModel extends HasContacts {
  @Field(() => ID)
  organizationId: string;

  @Field(() => OrganizationModel, { description: 'The owner (a research group).' })
  organization?: OrganizationModel;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => [String])
  keywords: string[];

  @Field(() => [String])
  methods: string[];

  @Field(() => [ThemeEnum])
  themes: Theme[];

  @Field(() => Int, { description: 'Consortia the group can take part in at once.' })
  capacity: number;

  @Field(() => [String], { description: 'Numbers of the counties served; empty = national.' })
  countyNumbers: string[];

  @Field(() => [CountyModel], { description: 'Counties served; empty = national.' })
  counties?: CountyModel[];

  @Field(() => [String], { description: 'Partner institutions abroad.' })
  internationalPartners: string[];

  @Field(() => [ProfileReferenceModel])
  references?: ProfileReferenceModel[];

  @Field(() => ProfileStatusEnum)
  status: ProfileStatus;

  @Field(() => Int, { description: 'Pass it back in updates (optimistic concurrency).' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
