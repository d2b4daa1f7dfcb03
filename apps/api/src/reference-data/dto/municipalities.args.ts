import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { SizeClass } from '@brobygger/persistence/enums';
import { SIZE_CLASSES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { SizeClassEnum } from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { LIST_MAX, SEARCH_TEXT_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class MunicipalityFilter {
  @Field(() => [String], { nullable: true, description: 'In any of these counties.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'In a county covered by this mobilization arena.',
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => [SizeClassEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(SIZE_CLASSES, { each: true })
  sizeClasses?: SizeClass[];

  @Field({ nullable: true, description: 'Part of the name (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxChars(SEARCH_TEXT_MAX)
  text?: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PaginationArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityFilter)
  filter?: MunicipalityFilter;
}
