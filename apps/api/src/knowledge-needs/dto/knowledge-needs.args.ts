import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type {
  NeedStatus,
  OrganizationKind,
  ProjectType,
  Theme,
} from '@brobygger/persistence/enums';
import {
  NEED_STATUSES,
  ORGANIZATION_KINDS,
  PROJECT_TYPES,
  THEMES,
} from '@brobygger/persistence/enums';
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
import {
  NeedStatusEnum,
  OrganizationKindEnum,
  ProjectTypeEnum,
  ThemeEnum,
} from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { LIST_MAX, SEARCH_TEXT_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType({ description: 'All given criteria must hold; a list matches any of its values.' })
export class KnowledgeNeedFilter {
  @Field(() => [String], { nullable: true, description: "Owner's county is one of these." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{2}$/, { each: true, message: 'countyNumbers must be two-digit county numbers' })
  countyNumbers?: string[];

  @Field(() => ID, {
    nullable: true,
    description: "Owner's county is covered by this mobilization arena.",
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => [ThemeEnum], { nullable: true, description: 'Has at least one of these themes.' })
  @IsOptional()
  @IsArray()
  @IsIn(THEMES, { each: true })
  themes?: Theme[];

  @Field(() => [ProjectTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROJECT_TYPES, { each: true })
  projectTypes?: ProjectType[];

  @Field(() => [NeedStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(NEED_STATUSES, { each: true })
  statuses?: NeedStatus[];

  @Field(() => [OrganizationKindEnum], { nullable: true, description: "Owner's kind." })
  @IsOptional()
  @IsArray()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  organizationKinds?: OrganizationKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field({
    nullable: true,
    description:
      "Free text searched in title and description with the matching engine's normalisation (bokmål, nynorsk and English, compounds, the glossary); every word must match; ranked by relevance, title first.",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxChars(SEARCH_TEXT_MAX)
  text?: string;
}

@ArgsType()
export class KnowledgeNeedsArgs extends PaginationArgs {
  @Field(() => KnowledgeNeedFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => KnowledgeNeedFilter)
  filter?: KnowledgeNeedFilter;
}
