import { ArgsType, Field, InputType } from '@nestjs/graphql';
import type { InstitutionType } from '@brobygger/persistence/enums';
import { INSTITUTION_TYPES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import { InstitutionTypeEnum } from '../../common/graphql/enums';
import { LIST_MAX, SEARCH_TEXT_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class ResearchInstitutionFilter {
  @Field(() => [String], { nullable: true, description: 'In any of these counties.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => [InstitutionTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(INSTITUTION_TYPES, { each: true })
  institutionTypes?: InstitutionType[];

  @Field({ nullable: true, description: 'Part of the name or short name (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxChars(SEARCH_TEXT_MAX)
  text?: string;
}

@ArgsType()
export class ResearchInstitutionsArgs {
  @Field(() => ResearchInstitutionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResearchInstitutionFilter)
  filter?: ResearchInstitutionFilter;
}
