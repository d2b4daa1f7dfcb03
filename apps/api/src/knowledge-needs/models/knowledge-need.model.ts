import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  Language,
  NeedStatus,
  ProjectType,
  ResearchArea,
  Theme,
} from '@brobygger/persistence/enums';
import {
  LanguageEnum,
  NeedStatusEnum,
  ProjectTypeEnum,
  ResearchAreaEnum,
  ThemeEnum,
} from '../../common/graphql/enums';
import { HasContacts } from '../../contacts/models/has-contacts.interface';
import { OrganizationModel } from '../../organizations/models/organization.model';

@ObjectType('KnowledgeNeed', {
  implements: () => [HasContacts],
  description: 'A knowledge need (kunnskapsbehov) of a municipality or county municipality.',
})
export class KnowledgeNeedModel extends HasContacts {
  @Field(() => ID)
  organizationId: string;

  @Field(() => OrganizationModel, {
    description: 'The owner (municipality or county municipality).',
  })
  organization?: OrganizationModel;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => [ThemeEnum])
  themes: Theme[];

  @Field(() => ResearchAreaEnum, { nullable: true })
  researchArea: ResearchArea | null;

  @Field(() => ProjectTypeEnum, { nullable: true, description: 'Desired project type.' })
  projectType: ProjectType | null;

  @Field(() => Float, { nullable: true, description: 'Person-months the owner commits.' })
  committedPersonMonths: number | null;

  @Field({ description: 'A named contact is freed from other duties for the project.' })
  committedContactFreed: boolean;

  @Field(() => NeedStatusEnum)
  status: NeedStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Pass it back in updates (optimistic concurrency).' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
