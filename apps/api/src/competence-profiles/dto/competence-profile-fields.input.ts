import { Field, InputType, Int } from '@nestjs/graphql';
import type { Language, ProfileStatus, Theme } from '@brobygger/persistence/enums';
import { LANGUAGES, PROFILE_STATUSES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LanguageEnum, ProfileStatusEnum, ThemeEnum } from '../../common/graphql/enums';
import {
  IsContactList,
  IsCountyNumberList,
  IsDescription,
  IsTextList,
  IsThemeList,
} from '../../common/validation/field-rules';
import { DESCRIPTION_MAX, KEYWORD_MAX, LIST_MAX, NAME_MAX } from '../../common/validation/limits';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import { ProfileReferenceInput } from './profile-reference.input';

/**
 * The optional fields of a competence profile, the same in create and update (create fills what is left out with
 * the defaults of the service; update leaves it unchanged).
 */
@InputType({ isAbstract: true })
export abstract class CompetenceProfileFieldsInput {
  @Field({ nullable: true, description: `At most ${DESCRIPTION_MAX} characters.` })
  @IsOptional()
  @IsDescription()
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
  @IsTextList(KEYWORD_MAX)
  keywords?: string[];

  @Field(() => [String], { nullable: true, description: 'Research methods.' })
  @IsOptional()
  @IsTextList(KEYWORD_MAX)
  methods?: string[];

  @Field(() => [ThemeEnum], { nullable: true })
  @IsOptional()
  @IsThemeList()
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
  @IsCountyNumberList()
  countyNumbers?: string[];

  @Field(() => [String], { nullable: true, description: 'Names of partner institutions abroad.' })
  @IsOptional()
  @IsTextList(NAME_MAX)
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
  @IsContactList()
  contacts?: ContactPersonInput[];
}
