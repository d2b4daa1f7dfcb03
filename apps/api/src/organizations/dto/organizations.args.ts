import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { OrganizationKind } from '@brobygger/persistence/enums';
import { ORGANIZATION_KINDS } from '@brobygger/persistence/enums';
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
import { OrganizationKindEnum } from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { LIST_MAX, SEARCH_TEXT_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKindEnum], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @IsArray()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  kinds?: OrganizationKind[];

  @Field(() => [String], { nullable: true, description: 'In any of these counties.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => [String], { nullable: true, description: 'In any of these municipalities.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{4}$/, {
    each: true,
    message: 'municipalityNumbers must be four-digit municipality numbers',
  })
  municipalityNumbers?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'In a county covered by this mobilization arena.',
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  researchInstitutionId?: string;

  @Field({ nullable: true, description: 'Part of the name (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxChars(SEARCH_TEXT_MAX)
  text?: string;
}

@ArgsType()
export class OrganizationsArgs extends PaginationArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
