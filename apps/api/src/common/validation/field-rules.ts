/**
 * Validation rules shared by the create and update inputs. Each is one decorator standing for a stack of
 * class-validator checks, so both inputs check a field the same way; the inputs add @IsOptional where a field may
 * be left out and keep their own @Field (defaults and nullability differ between create and update).
 */
import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { THEMES } from '@brobygger/persistence/enums';
import { ContactPersonInput } from '../../contacts/dto/contact-person.input';
import { CONTACTS_MAX, DESCRIPTION_MAX, LIST_MAX, TITLE_MAX } from './limits';
import { MaxChars } from './max-chars';
import { NotBlank } from './not-blank';

/** A title (not blank) of at most TITLE_MAX characters. */
export const IsTitle = () =>
  applyDecorators(IsString(), IsNotEmpty(), NotBlank(), MaxChars(TITLE_MAX));

/** A description of at most DESCRIPTION_MAX characters (may be empty). */
export const IsDescription = () => applyDecorators(IsString(), MaxChars(DESCRIPTION_MAX));

/** Theme codes, each at most once. */
export const IsThemeList = () =>
  applyDecorators(IsArray(), ArrayUnique(), IsIn(THEMES, { each: true }));

/** At most CONTACTS_MAX contact persons, each validated. */
export const IsContactList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(CONTACTS_MAX),
    ValidateNested({ each: true }),
    Type(() => ContactPersonInput),
  );

/** At most LIST_MAX strings of at most `maxLength` characters each. */
export const IsTextList = (maxLength: number) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    IsString({ each: true }),
    MaxChars(maxLength, { each: true }),
  );

/** At most LIST_MAX distinct two-digit county numbers. */
export const IsCountyNumberList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    ArrayUnique(),
    Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' }),
  );

/**
 * An update field that may be left out but not set to null (its column is NOT NULL): unlike @IsOptional, null is
 * validated and refused by the field's other rules.
 */
export const IsOmittable = () => ValidateIf((_object, value: unknown) => value !== undefined);

/** The version an update is based on (optimistic concurrency). */
export const IsVersion = () => applyDecorators(IsInt(), Min(1));
