import { Field, InputType, Int } from '@nestjs/graphql';
import type { Language, ProfileStatus, Theme } from '@brobygger/persistence/enums';
import { LANGUAGES, PROFILE_STATUSES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { LanguageEnum, ProfileStatusEnum, ThemeEnum } from '../../common/graphql/enums';
import {
  IsContactList,
  IsCountyNumberList,
  IsDescription,
  IsOmittable,
  IsTextList,
  IsThemeList,
} from '../../common/validation/field-rules';
import { DESCRIPTION_MAX, KEYWORD_MAX, LIST_MAX, NAME_MAX } from '../../common/validation/limits';
import { NotBlank } from '../../common/validation/not-blank';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import { ProfileReferenceInput } from './profile-reference.input';

/** At most LIST_MAX entries of at most `maxLength` characters, none blank. */
const IsEntryList = (maxLength: number) =>
  applyDecorators(IsTextList(maxLength), IsNotEmpty({ each: true }), NotBlank({ each: true }));

/**
 * The optional fields of a competence profile, checked the same way in create and update. `Presence` says what a
 * left-out or null field means: create uses @IsOptional (the service fills in the defaults), update uses
 * @IsOmittable (left out = unchanged; null is refused, as every column is NOT NULL).
 */
function competenceProfileFields(Presence: () => PropertyDecorator) {
  @InputType({ isAbstract: true })
  abstract class CompetenceProfileFields {
    @Field({ nullable: true, description: `At most ${DESCRIPTION_MAX} characters.` })
    @Presence()
    @IsDescription()
    description?: string;

    @Field(() => LanguageEnum, { nullable: true })
    @Presence()
    @IsIn(LANGUAGES)
    language?: Language;

    @Field(() => [String], {
      nullable: true,
      description: 'Keywords (at most 50, each at most 100 characters, none blank).',
    })
    @Presence()
    @IsEntryList(KEYWORD_MAX)
    keywords?: string[];

    @Field(() => [String], { nullable: true, description: 'Research methods (none blank).' })
    @Presence()
    @IsEntryList(KEYWORD_MAX)
    methods?: string[];

    @Field(() => [ThemeEnum], { nullable: true })
    @Presence()
    @IsThemeList()
    themes?: Theme[];

    @Field(() => Int, {
      nullable: true,
      description: 'Consortia the group can take part in at once (0 to 100).',
    })
    @Presence()
    @IsInt()
    @Min(0)
    @Max(100)
    capacity?: number;

    @Field(() => [String], { nullable: true, description: 'Counties served; empty = national.' })
    @Presence()
    @IsCountyNumberList()
    countyNumbers?: string[];

    @Field(() => [String], {
      nullable: true,
      description: 'Names of partner institutions abroad (none blank).',
    })
    @Presence()
    @IsEntryList(NAME_MAX)
    internationalPartners?: string[];

    @Field(() => ProfileStatusEnum, { nullable: true })
    @Presence()
    @IsIn(PROFILE_STATUSES)
    status?: ProfileStatus;

    @Field(() => [ProfileReferenceInput], { nullable: true, description: 'At most 50.' })
    @Presence()
    @IsArray()
    @ArrayMaxSize(LIST_MAX)
    @ValidateNested({ each: true })
    @Type(() => ProfileReferenceInput)
    references?: ProfileReferenceInput[];

    @Field(() => [ContactPersonInput], { nullable: true })
    @Presence()
    @IsContactList()
    contacts?: ContactPersonInput[];
  }
  return CompetenceProfileFields;
}

/** Create: fields left out or null get the defaults of the service. */
export const CompetenceProfileFieldsInput = competenceProfileFields(IsOptional);

/** Update: fields left out stay unchanged; null is refused with the field named. */
export const CompetenceProfileUpdateFieldsInput = competenceProfileFields(IsOmittable);
