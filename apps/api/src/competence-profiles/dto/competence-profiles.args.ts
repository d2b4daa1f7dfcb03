import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { ProfileStatus, Theme } from '@brobygger/persistence/enums';
import { PROFILE_STATUSES, THEMES } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ProfileStatusEnum, ThemeEnum } from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { LIST_MAX, SEARCH_TEXT_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType({ description: 'All given criteria must hold; a list matches any of its values.' })
export class CompetenceProfileFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Serves at least one of these counties (national profiles serve every county).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Serves a county covered by this mobilization arena.',
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => [ThemeEnum], { nullable: true, description: 'Has at least one of these themes.' })
  @IsOptional()
  @IsArray()
  @IsIn(THEMES, { each: true })
  themes?: Theme[];

  @Field(() => [ProfileStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROFILE_STATUSES, { each: true })
  statuses?: ProfileStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: "Owner's research institution." })
  @IsOptional()
  @IsUUID()
  researchInstitutionId?: string;

  @Field({
    nullable: true,
    description:
      "Free text searched in title, description, keywords and methods with the matching engine's normalisation (bokmål, nynorsk and English, compounds, the glossary); every word must match; ranked by relevance, title first.",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxChars(SEARCH_TEXT_MAX)
  text?: string;
}

@ArgsType()
export class CompetenceProfilesArgs extends PaginationArgs {
  @Field(() => CompetenceProfileFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompetenceProfileFilter)
  filter?: CompetenceProfileFilter;
}
