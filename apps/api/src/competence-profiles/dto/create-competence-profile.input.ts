import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Language, ProfileStatus, Theme } from '@brobygger/persistence/enums';
import { LANGUAGES, PROFILE_STATUSES, THEMES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LanguageEnum, ProfileStatusEnum, ThemeEnum } from '../../common/graphql/enums';
import {
  CONTACTS_MAX,
  DESCRIPTION_MAX,
  KEYWORD_MAX,
  LIST_MAX,
  NAME_MAX,
  TITLE_MAX,
} from '../../common/validation/limits';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import { ProfileReferenceInput } from './profile-reference.input';

@InputType({
  description:
    'Fields left out get their defaults (language nb, capacity 1, status ACTIVE, empty lists).',
})
export class CreateCompetenceProfileInput {
  @Field(() => ID, { description: 'Owner: a RESEARCH_GROUP organization.' })
  @IsUUID()
  organizationId: string;

  @Field({ description: `At most ${TITLE_MAX} characters.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field({ nullable: true, description: `At most ${DESCRIPTION_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @Field(() => [String], {
    nullable: true,
    description: 'Keywords (at most 50, each at most 100 characters).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(KEYWORD_MAX, { each: true })
  keywords?: string[];

  @Field(() => [String], { nullable: true, description: 'Research methods.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(KEYWORD_MAX, { each: true })
  methods?: string[];

  @Field(() => [ThemeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(THEMES, { each: true })
  themes?: Theme[];

  @Field(() => Int, {
    nullable: true,
    description: 'Consortia the group can take part in at once (0 to 100).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  capacity?: number;

  @Field(() => [String], { nullable: true, description: 'Counties served; empty = national.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @ArrayUnique()
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => [String], { nullable: true, description: 'Names of partner institutions abroad.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(NAME_MAX, { each: true })
  internationalPartners?: string[];

  @Field(() => ProfileStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROFILE_STATUSES)
  status?: ProfileStatus;

  @Field(() => [ProfileReferenceInput], { nullable: true, description: 'At most 50.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => ProfileReferenceInput)
  references?: ProfileReferenceInput[];

  @Field(() => [ContactPersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CONTACTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => ContactPersonInput)
  contacts?: ContactPersonInput[];
}
