import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type {
  Language,
  NeedStatus,
  ProjectType,
  ResearchArea,
  Theme,
} from '@brobygger/persistence/enums';
import {
  LANGUAGES,
  NEED_STATUSES,
  PROJECT_TYPES,
  RESEARCH_AREAS,
} from '@brobygger/persistence/enums';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PERSON_MONTHS_MAX } from '../../common/validation/limits';
import {
  LanguageEnum,
  NeedStatusEnum,
  ProjectTypeEnum,
  ResearchAreaEnum,
  ThemeEnum,
} from '../../common/graphql/enums';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import {
  IsTitle,
  IsDescription,
  IsThemeList,
  IsContactList,
  IsOmittable,
  IsVersion,
} from '../../common/validation/field-rules';

@InputType({
  description: 'Fields left out stay unchanged; `contacts`, when given, replace all contacts.',
})
export class UpdateKnowledgeNeedInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT.' })
  @IsVersion()
  version: number;

  @Field({ nullable: true })
  @IsOmittable()
  @IsTitle()
  title?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsDescription()
  description?: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @Field(() => [ThemeEnum], { nullable: true })
  @IsOmittable()
  @IsThemeList()
  themes?: Theme[];

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

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  committedContactFreed?: boolean;

  @Field(() => NeedStatusEnum, {
    nullable: true,
    description: 'Use withdrawKnowledgeNeed to withdraw.',
  })
  @IsOmittable()
  @IsIn(NEED_STATUSES.filter((s) => s !== 'WITHDRAWN'), {
    message: 'status WITHDRAWN is set by withdrawKnowledgeNeed',
  })
  status?: NeedStatus;

  @Field(() => [ContactPersonInput], { nullable: true })
  @IsOmittable()
  @IsContactList()
  contacts?: ContactPersonInput[];
}
