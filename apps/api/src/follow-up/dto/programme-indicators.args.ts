import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  registerEnumType,
} from '@nestjs/graphql';
import { PROJECT_TYPES, THEMES } from '@brobygger/persistence/enums';
import type { ProjectType, Theme } from '@brobygger/persistence/enums';
import { ARENA_EXPORT_KINDS } from '@brobygger/persistence/repositories/programme-export.repository';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ProjectTypeEnum, ThemeEnum } from '../../common/graphql/enums';
import { IndicatorInterval } from '../models/programme-indicators.model';

@InputType()
export class ProgrammeIndicatorFilter {
  @Field(() => ID, {
    nullable: true,
    description: "The arena's counties (and its proposals, runs, consortia).",
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(15)
  @Matches(/^[0-9]{2}$/, { each: true, message: 'must be two-digit county numbers' })
  countyNumbers?: string[] | null;

  @Field(() => [ProjectTypeEnum], { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_TYPES, { each: true })
  projectTypes?: ProjectType[] | null;

  @Field(() => [ThemeEnum], { nullable: true })
  @IsOptional()
  @IsIn(THEMES, { each: true })
  themes?: Theme[] | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Start of the range; default: the first event of the programme.',
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'End of the range (figures "as of" this instant); default: now.',
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class ProgrammeIndicatorsArgs {
  @Field(() => ProgrammeIndicatorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeIndicatorFilter)
  filter?: ProgrammeIndicatorFilter | null;

  @Field(() => IndicatorInterval, { defaultValue: IndicatorInterval.MONTH })
  @IsIn(Object.values(IndicatorInterval))
  interval: IndicatorInterval = IndicatorInterval.MONTH;
}

/** What a CSV download contains: the indicators, or one of an arena's lists (ARENA_EXPORT_QUERIES). */
export const EXPORT_KINDS = ['indicators', ...ARENA_EXPORT_KINDS] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const ExportKindEnum = Object.fromEntries(
  EXPORT_KINDS.map((k) => [k.toUpperCase(), k]),
) as Record<string, ExportKind>;
registerEnumType(ExportKindEnum, {
  name: 'ExportKind',
  description: 'INDICATORS, or an arena list: NEEDS, PROFILES, PROPOSALS, CONSORTIA',
});

@InputType()
export class CreateExportLinkInput {
  @Field(() => ExportKindEnum)
  @IsIn(EXPORT_KINDS)
  kind!: ExportKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The arena (required for the lists, except admins exporting the whole country).',
  })
  @IsOptional()
  @IsUUID()
  arenaId?: string | null;

  @Field(() => ProgrammeIndicatorFilter, { nullable: true, description: 'For INDICATORS.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeIndicatorFilter)
  filter?: ProgrammeIndicatorFilter | null;

  @Field(() => String, { nullable: true, description: '`;` (default), `,`, `tab` or `|`.' })
  @IsOptional()
  @IsIn([';', ',', 'tab', '|', 'semicolon', 'comma', 'pipe'])
  delimiter?: string | null;
}
