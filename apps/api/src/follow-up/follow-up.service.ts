import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError } from '@brobygger/persistence/errors';
import { AccessScopeRepository } from '@brobygger/persistence/repositories/access-scope.repository';
import { MatchProblemRepository } from '@brobygger/persistence/repositories/match-problem.repository';
import {
  IndicatorFigures,
  IndicatorScope,
  ProgrammeIndicatorRepository,
} from '@brobygger/persistence/repositories/programme-indicator.repository';
import { CONSORTIUM_STATUSES } from '@brobygger/persistence/repositories/programme-event.repository';
import {
  PROJECT_TYPES,
  REJECTION_REASON_CATEGORIES,
  RESEARCH_EXPERIENCE,
  SIZE_CLASSES,
} from '@brobygger/persistence/enums';
import type { Problem } from '@brobygger/engine/exchange/types';
import { forbidden } from '../authorization/auth-errors';
import { indicatorAccess } from '../authorization/policy';
import type { Principal } from '../authorization/principal';
import type { ProgrammeIndicatorFilter } from './dto/programme-indicators.args';
import {
  IndicatorInterval,
  IndicatorPeriodModel,
  ProgrammeIndicatorsModel,
} from './models/programme-indicators.model';
import { MAX_PERIODS, monthCount, monthlyPeriods } from './periods';

/** Categories of rejection reasons: the broker's choice, else read from the reason (programme_reason_category). */
export const REASON_CATEGORIES = [...REJECTION_REASON_CATEGORIES, 'NONE'] as const;

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;

const intersect = (a: string[] | null, b: string[] | null): string[] | null =>
  a === null ? b : b === null ? a : a.filter((x) => b.includes(x));

/** The follow-up evaluation: who sees which part, the periods, and the figures as API and CSV rows. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly indicators: ProgrammeIndicatorRepository,
    private readonly scopes: AccessScopeRepository,
    private readonly problems: MatchProblemRepository,
  ) {}

  /** The principal's part of the programme, narrowed by the filter. FORBIDDEN when there is no part to see. */
  async scopeFor(
    principal: Principal,
    filter: ProgrammeIndicatorFilter | null | undefined,
  ): Promise<IndicatorScope> {
    const arenaId = filter?.arenaId ?? null;
    if (arenaId && !(await this.scopes.arena(arenaId))) {
      throw new NotFoundError('MobilizationArena', arenaId);
    }
    const access = indicatorAccess(principal, arenaId);
    if (access.kind === 'NONE') throw forbidden('You see no part of the follow-up figures');
    const arenaIds =
      access.kind === 'ARENAS' ? access.arenaIds : arenaId === null ? null : [arenaId];
    const arenaCounties = arenaIds ? await this.indicators.arenaCountyNumbers(arenaIds) : null;
    const filterCounties = filter?.countyNumbers?.length
      ? [...new Set(filter.countyNumbers)]
      : null;
    return {
      arenaIds,
      countyNumbers: intersect(arenaCounties, filterCounties),
      projectTypes: filter?.projectTypes?.length ? filter.projectTypes : null,
      themes: filter?.themes?.length ? filter.themes : null,
      organizationIds: access.kind === 'ORGANIZATIONS' ? access.organizationIds : null,
    };
  }

  /** Figures per month from `from` to `to`, and over the whole range (states as of `to`). */
  async programmeIndicators(
    principal: Principal,
    filter: ProgrammeIndicatorFilter | null | undefined,
    interval: IndicatorInterval,
  ): Promise<ProgrammeIndicatorsModel> {
    // The scope and the programme's first date are independent: read them at the same time.
    const [scope, firstEventAt] = await Promise.all([
      this.scopeFor(principal, filter),
      this.indicators.firstEventAt(),
    ]);
    const to = filter?.to ?? new Date();
    const first = firstEventAt ?? to;
    const from = filter?.from ?? (first < to ? first : to);
    if (filter?.from && filter.from >= to) {
      throw new ValidationError('filter.from', 'must be before filter.to');
    }
    if (monthCount(from, to) > MAX_PERIODS) {
      throw new ValidationError('filter.from', `the range may span at most ${MAX_PERIODS} months`);
    }
    const periods = monthlyPeriods(from, to);
    const figures = await this.indicators.figures(
      scope,
      periods.length ? periods : [{ start: from, end: to }],
    );
    const total = periods.length ? wholeRange(figures) : figures[0];
    return {
      from,
      to,
      interval,
      total: toPeriodModel(total),
      periods: figures.map(toPeriodModel),
    };
  }

  /** The arena as the matcher sees it (open needs, active profiles with free capacity), for the CLI. */
  async arenaProblem(arenaId: string): Promise<Problem> {
    if (!(await this.scopes.arena(arenaId))) throw new NotFoundError('MobilizationArena', arenaId);
    return this.problems.loadProblem(arenaId);
  }
}

/**
 * The whole range from its consecutive periods: states as of the last period's end, events summed over all periods
 * (first-time participants too: a group's first involvement falls in exactly one period).
 */
export function wholeRange(periods: IndicatorFigures[]): IndicatorFigures {
  const last = periods[periods.length - 1];
  const sum = (value: (f: IndicatorFigures) => number) =>
    periods.reduce((total, f) => total + value(f), 0);
  const reasons = new Map<string, number>();
  for (const f of periods) {
    for (const r of f.proposals.rejectedByReason)
      reasons.set(r.key, (reasons.get(r.key) ?? 0) + r.count);
  }
  return {
    ...last,
    start: periods[0].start,
    needs: { ...last.needs, registeredInPeriod: sum((f) => f.needs.registeredInPeriod) },
    research: {
      ...last.research,
      groupsFirstTime: sum((f) => f.research.groupsFirstTime),
      institutionsFirstTime: sum((f) => f.research.institutionsFirstTime),
    },
    proposals: {
      made: sum((f) => f.proposals.made),
      accepted: sum((f) => f.proposals.accepted),
      rejected: sum((f) => f.proposals.rejected),
      superseded: sum((f) => f.proposals.superseded),
      rejectedByReason: [...reasons]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    },
  };
}

export function toPeriodModel(f: IndicatorFigures): IndicatorPeriodModel {
  return {
    ...f,
    municipalities: {
      ...f.municipalities,
      share: share(f.municipalities.mobilized, f.municipalities.inScope),
      bySizeClass: f.municipalities.bySizeClass.map((s) => ({
        ...s,
        share: share(s.mobilized, s.inScope),
      })),
      byResearchExperience: f.municipalities.byResearchExperience.map((e) => ({
        ...e,
        share: share(e.mobilized, e.registered),
      })),
    },
  };
}

/** The indicator CSV: one row per period, then one for the whole range; every list flattened into columns. */
export function indicatorTable(result: ProgrammeIndicatorsModel): {
  headers: string[];
  rows: unknown[][];
} {
  const columns: Array<[string, (p: IndicatorPeriodModel) => unknown]> = [
    ['period_start', (p) => p.start],
    ['period_end', (p) => p.end],
    ['municipalities_in_scope', (p) => p.municipalities.inScope],
    ['municipalities_mobilized', (p) => p.municipalities.mobilized],
    ['municipalities_mobilized_share', (p) => p.municipalities.share],
  ];
  for (const size of SIZE_CLASSES) {
    const of = (p: IndicatorPeriodModel) =>
      p.municipalities.bySizeClass.find((s) => s.sizeClass === size);
    const key = size.toLowerCase();
    columns.push(
      [`${key}_in_scope`, (p) => of(p)?.inScope ?? 0],
      [`${key}_mobilized`, (p) => of(p)?.mobilized ?? 0],
      [`${key}_mobilized_share`, (p) => of(p)?.share ?? null],
    );
  }
  for (const experience of [...RESEARCH_EXPERIENCE, 'UNKNOWN']) {
    const of = (p: IndicatorPeriodModel) =>
      p.municipalities.byResearchExperience.find((e) => e.researchExperience === experience);
    const key = `experience_${experience.toLowerCase()}`;
    columns.push(
      [`${key}_registered`, (p) => of(p)?.registered ?? 0],
      [`${key}_mobilized`, (p) => of(p)?.mobilized ?? 0],
    );
  }
  const needKeys = [
    'registered',
    'registeredInPeriod',
    'draft',
    'open',
    'inProposal',
    'inConsortium',
    'inFormingOrConfirmedConsortium',
    'closed',
    'withdrawn',
  ] as const;
  for (const key of needKeys) columns.push([`needs_${snake(key)}`, (p) => p.needs[key]]);
  for (const key of [
    'groupsInvolved',
    'groupsFirstTime',
    'institutionsInvolved',
    'institutionsFirstTime',
  ] as const) {
    columns.push([`research_${snake(key)}`, (p) => p.research[key]]);
  }
  for (const key of ['made', 'accepted', 'rejected', 'superseded'] as const) {
    columns.push([`proposals_${key}`, (p) => p.proposals[key]]);
  }
  for (const category of REASON_CATEGORIES) {
    columns.push([
      `rejected_${category.toLowerCase()}`,
      (p) => p.proposals.rejectedByReason.find((r) => r.key === category)?.count ?? 0,
    ]);
  }
  for (const status of CONSORTIUM_STATUSES) {
    columns.push([
      `consortia_${status.toLowerCase()}`,
      (p) => p.consortia.byStatus.find((s) => s.key === status)?.count ?? 0,
    ]);
  }
  for (const type of PROJECT_TYPES) {
    columns.push([
      `consortia_${type.toLowerCase()}`,
      (p) =>
        p.consortia.byProjectType
          .filter((c) => c.projectType === type)
          .reduce((sum, c) => sum + c.count, 0),
    ]);
  }
  for (const [step, name] of [
    ['toFirstProposal', 'to_first_proposal'],
    ['toConfirmedConsortium', 'to_confirmed_consortium'],
  ] as const) {
    columns.push(
      [`days_${name}_count`, (p) => p.times[step].count],
      [`days_${name}_median`, (p) => p.times[step].medianDays],
      [`days_${name}_p90`, (p) => p.times[step].p90Days],
    );
  }
  columns.push(
    ['coverage_open_needs', (p) => p.coverage.openNeeds],
    ['coverage_covered', (p) => p.coverage.covered],
    ['coverage_share', (p) => p.coverage.share],
  );
  const periods = [...result.periods, result.total];
  return {
    headers: columns.map(([header]) => header),
    rows: periods.map((p) => columns.map(([, value]) => value(p))),
  };
}

function snake(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
