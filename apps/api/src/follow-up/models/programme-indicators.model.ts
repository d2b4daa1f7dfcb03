import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProjectTypeEnum, SizeClassEnum, ThemeEnum } from '../../common/graphql/enums';

export enum IndicatorInterval {
  MONTH = 'MONTH',
}
registerEnumType(IndicatorInterval, { name: 'IndicatorInterval' });

@ObjectType('SizeClassMobilization', {
  description:
    'Municipalities of one size class: in scope, and mobilized by the end of the period.',
})
export class SizeClassMobilizationModel {
  @Field(() => SizeClassEnum) sizeClass!: string;
  @Field(() => Int) inScope!: number;
  @Field(() => Int) mobilized!: number;
  @Field(() => Float, { nullable: true, description: 'mobilized / inScope' }) share!: number | null;
}

@ObjectType('ExperienceMobilization', {
  description:
    'Municipalities by research experience (UNKNOWN = not registered): registered as organizations, and mobilized.',
})
export class ExperienceMobilizationModel {
  @Field({ description: 'NONE, SOME, EXTENSIVE or UNKNOWN' }) researchExperience!: string;
  @Field(() => Int) registered!: number;
  @Field(() => Int) mobilized!: number;
  @Field(() => Float, { nullable: true, description: 'mobilized / registered' })
  share!: number | null;
}

@ObjectType('MunicipalityIndicators')
export class MunicipalityIndicatorsModel {
  @Field(() => Int, {
    description: 'Municipalities in scope (the counties of the filter or arena).',
  })
  inScope!: number;
  @Field(() => Int, {
    description: 'Municipalities with at least one need that left DRAFT by the end.',
  })
  mobilized!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field(() => [SizeClassMobilizationModel]) bySizeClass!: SizeClassMobilizationModel[];
  @Field(() => [ExperienceMobilizationModel]) byResearchExperience!: ExperienceMobilizationModel[];
}

@ObjectType('NeedIndicators', { description: 'Needs by their state at the end of the period.' })
export class NeedIndicatorsModel {
  @Field(() => Int, { description: 'Every need registered by the end, whatever its state.' })
  registered!: number;
  @Field(() => Int) registeredInPeriod!: number;
  @Field(() => Int) draft!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int, { description: 'In an undecided (PROPOSED) proposal.' }) inProposal!: number;
  @Field(() => Int, { description: 'Status IN_CONSORTIUM (an accepted proposal).' })
  inConsortium!: number;
  @Field(() => Int, { description: 'In a FORMING or CONFIRMED consortium.' })
  inFormingOrConfirmedConsortium!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) withdrawn!: number;
}

@ObjectType('ResearchIndicators')
export class ResearchIndicatorsModel {
  @Field(() => Int, {
    description:
      'Research groups in an accepted proposal or a consortium by the end of the period.',
  })
  groupsInvolved!: number;
  @Field(() => Int, { description: 'Of those, groups whose first involvement is in this period.' })
  groupsFirstTime!: number;
  @Field(() => Int) institutionsInvolved!: number;
  @Field(() => Int) institutionsFirstTime!: number;
}

@ObjectType('IndicatorCount')
export class CountByKeyModel {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ProposalIndicators', { description: 'Proposal decisions in the period.' })
export class ProposalIndicatorsModel {
  @Field(() => Int) made!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) superseded!: number;
  @Field(() => [CountByKeyModel], {
    description:
      'Rejections by reason category: ALREADY_COLLABORATING, CAPACITY, REGION, POOR_FIT, OTHER, NONE (no reason).',
  })
  rejectedByReason!: CountByKeyModel[];
}

@ObjectType('ConsortiaByProjectType')
export class ConsortiaByProjectTypeModel {
  @Field(() => ProjectTypeEnum) projectType!: string;
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ConsortiaByTheme')
export class ConsortiaByThemeModel {
  @Field(() => ThemeEnum) theme!: string;
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ConsortiumIndicators', {
  description: 'Consortia by their status at the end of the period.',
})
export class ConsortiumIndicatorsModel {
  @Field(() => [CountByKeyModel], {
    description: 'FORMING, CONFIRMED, APPLICATION_DRAFT, SUBMITTED, FUNDED, NOT_FUNDED, DISSOLVED',
  })
  byStatus!: CountByKeyModel[];
  @Field(() => [ConsortiaByProjectTypeModel]) byProjectType!: ConsortiaByProjectTypeModel[];
  @Field(() => [ConsortiaByThemeModel]) byTheme!: ConsortiaByThemeModel[];
}

@ObjectType('IndicatorDuration')
export class DurationModel {
  @Field(() => Int, { description: 'Needs that took this step by the end of the period.' })
  count!: number;
  @Field(() => Float, { nullable: true }) medianDays!: number | null;
  @Field(() => Float, { nullable: true }) p90Days!: number | null;
}

@ObjectType('TimeIndicators')
export class TimeIndicatorsModel {
  @Field(() => DurationModel, { description: 'Registration of a need → its first proposal.' })
  toFirstProposal!: DurationModel;
  @Field(() => DurationModel, { description: 'Registration of a need → a CONFIRMED consortium.' })
  toConfirmedConsortium!: DurationModel;
}

@ObjectType('IndicatorCoverage', {
  description:
    'Open needs at the end of the period in a proposal of the latest run of their arena.',
})
export class CoverageModel {
  @Field(() => Int) openNeeds!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType('IndicatorPeriod', {
  description:
    'The indicators of one period [start, end): states ("stocks") as of `end`, events ("flows") between start and end.',
})
export class IndicatorPeriodModel {
  @Field() start!: Date;
  @Field() end!: Date;
  @Field(() => MunicipalityIndicatorsModel) municipalities!: MunicipalityIndicatorsModel;
  @Field(() => NeedIndicatorsModel) needs!: NeedIndicatorsModel;
  @Field(() => ResearchIndicatorsModel) research!: ResearchIndicatorsModel;
  @Field(() => ProposalIndicatorsModel) proposals!: ProposalIndicatorsModel;
  @Field(() => ConsortiumIndicatorsModel) consortia!: ConsortiumIndicatorsModel;
  @Field(() => TimeIndicatorsModel) times!: TimeIndicatorsModel;
  @Field(() => CoverageModel) coverage!: CoverageModel;
}

@ObjectType('ProgrammeIndicators', {
  description: 'Follow-up figures of the programme over a date range.',
})
export class ProgrammeIndicatorsModel {
  @Field() from!: Date;
  @Field({ description: 'The figures of `total` are as of this instant.' }) to!: Date;
  @Field(() => IndicatorInterval) interval!: IndicatorInterval;
  @Field(() => IndicatorPeriodModel, {
    description: 'The whole range: states as of `to`, events from `from`.',
  })
  total!: IndicatorPeriodModel;
  @Field(() => [IndicatorPeriodModel]) periods!: IndicatorPeriodModel[];
}

@ObjectType('ExportLink')
export class ExportLinkModel {
  @Field({ description: 'GET this URL (no Authorization header needed) before `expiresAt`.' })
  url!: string;
  @Field() expiresAt!: Date;
}
