import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type {
  Language,
  NeedStatus,
  ProjectType,
  ResearchArea,
  Theme,
} from '@brobygger/persistence/enums';
import { LANGUAGES, PROJECT_TYPES, RESEARCH_AREAS } from '@brobygger/persistence/enums';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  LanguageEnum,
  NeedStatusEnum,
  ProjectTypeEnum,
  ResearchAreaEnum,
  ThemeEnum,
} from '../../common/graphql/enums';
import { DESCRIPTION_MAX, PERSON_MONTHS_MAX, TITLE_MAX } from '../../common/validation/limits';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import {
  IsTitle,
  IsDescription,
  IsThemeList,
  IsContactList,
} from '../../common/validation/field-rules';

/** Statuses a need can be created in; the rest are reached through the workflow. */
export const CREATABLE_NEED_STATUSES = ['DRAFT', 'OPEN'] as const;

@InputType()
export class CreateKnowledgeNeedInput {
  @Field(() => ID, { description: 'Owner: a MUNICIPALITY or COUNTY_MUNICIPALITY organization.' })
  @IsUUID()
  organizationId: string;

  @Field({ description: `At most ${TITLE_MAX} characters.` })
  @IsTitle()
  title: string;

  @Field({ defaultValue: '', description: `At most ${DESCRIPTION_MAX} characters.` })
  @IsDescription()
  description: string = '';

  @Field(() => LanguageEnum, { defaultValue: 'nb' })
  @IsIn(LANGUAGES)
  language: Language = 'nb';

  @Field(() => [ThemeEnum], { defaultValue: [] })
  @IsThemeList()
  themes: Theme[] = [];

  @Field(() => ResearchAreaEnum, { nullable: true })
  @IsOptional()
  @IsIn(RESEARCH_AREAS)
  researchArea?: ResearchArea | null;

  @Field(() => ProjectTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_TYPES)
  projectType?: ProjectType | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(PERSON_MONTHS_MAX)
  committedPersonMonths?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  committedContactFreed: boolean = false;

  @Field(() => NeedStatusEnum, { defaultValue: 'DRAFT', description: 'DRAFT or OPEN.' })
  @IsIn(CREATABLE_NEED_STATUSES, { message: 'status must be DRAFT or OPEN when a need is created' })
  status: NeedStatus = 'DRAFT';

  @Field(() => [ContactPersonInput], { defaultValue: [] })
  @IsContactList()
  contacts: ContactPersonInput[] = [];
}
