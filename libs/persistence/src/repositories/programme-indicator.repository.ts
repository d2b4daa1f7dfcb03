import { Db } from './repository-support';

/** Which part of the programme the figures describe; null = no restriction. */
export interface IndicatorScope {
  /** Counties in scope (an arena's counties, intersected with a county filter). */
  countyNumbers: string[] | null;
  /** Arenas of arena-bound events (proposals, match runs, consortia). */
  arenaIds: string[] | null;
  projectTypes: string[] | null;
  themes: string[] | null;
  /** Only what involves these organizations (a municipality member's or researcher's own part). */
  organizationIds: string[] | null;
}

/** A period [start, end): stocks are counted as of `end` (everything before it), flows from `start` to `end`. */
export interface IndicatorPeriodBounds {
  start: Date;
  end: Date;
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface DurationFigures {
  /** Needs with such a step by the end of the period. */
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface IndicatorFigures {
  start: Date;
  end: Date;
  municipalities: {
    inScope: number;
    mobilized: number;
    bySizeClass: Array<{ sizeClass: string; inScope: number; mobilized: number }>;
    byResearchExperience: Array<{
      researchExperience: string;
      registered: number;
      mobilized: number;
    }>;
  };
  needs: {
    registered: number;
    registeredInPeriod: number;
    draft: number;
    open: number;
    inProposal: number;
    inConsortium: number;
    inFormingOrConfirmedConsortium: number;
    closed: number;
    withdrawn: number;
  };
  research: {
    groupsInvolved: number;
    groupsFirstTime: number;
    institutionsInvolved: number;
    institutionsFirstTime: number;
  };
  proposals: {
    made: number;
    accepted: number;
    rejected: number;
    superseded: number;
    rejectedByReason: CountByKey[];
  };
  consortia: {
    byStatus: CountByKey[];
    byProjectType: Array<{ projectType: string; status: string; count: number }>;
    byTheme: Array<{ theme: string; status: string; count: number }>;
  };
  times: { toFirstProposal: DurationFigures; toConfirmedConsortium: DurationFigures };
  coverage: { openNeeds: number; covered: number; share: number | null };
}

/** An event `e` is in scope ($3 counties, $4 arenas, $5 project types, $6 themes, $7 organizations). */
const IN_SCOPE = (e: string) => `
  ($3::text[] IS NULL OR ${e}.county_numbers && $3::text[])
  AND ($4::uuid[] IS NULL OR ${e}.arena_id IS NULL OR ${e}.arena_id = ANY($4::uuid[]))
  AND ($5::text[] IS NULL OR ${e}.project_type = ANY($5::text[]))
  AND ($6::text[] IS NULL OR ${e}.themes && $6::text[])
  AND ($7::uuid[] IS NULL OR ${e}.organization_ids && $7::uuid[])`;

/** The event of entity type `type` that is valid at the end of period `b` (its state as of that date). */
const VALID_AT_END = (e: string, type: string) =>
  `${e}.entity_type = '${type}' AND ${e}.occurred_at < b.ends AND (${e}.superseded_at IS NULL OR ${e}.superseded_at >= b.ends)`;

/** States a need has when it has left DRAFT (withdrawn needs count when they were OPEN before). */
const PUBLISHED_STATES = `('OPEN', 'IN_CONSORTIUM', 'CLOSED')`;

/**
 * Every indicator for every period in ONE statement over `programme_events` (plus the reference data for the
 * denominators). Rows: (period, section, keys, numbers), assembled into IndicatorFigures per period.
 */
const INDICATORS_SQL = `
WITH b AS MATERIALIZED (
  SELECT t.i::int AS bucket, t.s AS starts, t.e AS ends
    FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS t(s, e, i)
),
-- each need in scope as it was at the end of each period
st AS (
  SELECT b.bucket, b.ends, e.entity_id, e.to_status, (e.payload->>'registeredAt')::timestamptz AS registered_at
    FROM b JOIN programme_events e ON ${VALID_AT_END('e', 'KNOWLEDGE_NEED')}
   WHERE ${IN_SCOPE('e')}
),
mun AS (
  SELECT m.number, m.size_class FROM municipalities m
   WHERE ($3::text[] IS NULL OR m.county_number::text = ANY($3::text[]))
     AND ($7::uuid[] IS NULL OR m.number IN (SELECT o.municipality_number FROM organizations o WHERE o.id = ANY($7::uuid[])))
),
-- each municipality in scope with the first time one of its needs left DRAFT (and its experience then)
mob AS (
  SELECT e.payload->>'municipalityNumber' AS number, min(e.occurred_at) AS first_at,
         (array_agg(e.payload->>'researchExperience' ORDER BY e.occurred_at))[1] AS experience
    FROM programme_events e
   WHERE e.entity_type = 'KNOWLEDGE_NEED' AND e.to_status IN ${PUBLISHED_STATES}
     AND e.payload->>'organizationKind' = 'MUNICIPALITY' AND ${IN_SCOPE('e')}
   GROUP BY 1
),
in_proposal AS (
  SELECT DISTINCT b.bucket, n.id::uuid AS need_id
    FROM b JOIN programme_events e ON ${VALID_AT_END('e', 'PROPOSAL')}
         CROSS JOIN LATERAL jsonb_array_elements_text(e.payload->'needIds') AS n(id)
   WHERE e.to_status = 'PROPOSED'
),
in_consortium AS (
  SELECT DISTINCT b.bucket, n.id::uuid AS need_id
    FROM b JOIN programme_events e ON ${VALID_AT_END('e', 'CONSORTIUM')}
         CROSS JOIN LATERAL jsonb_array_elements_text(e.payload->'needIds') AS n(id)
   WHERE e.to_status IN ('FORMING', 'CONFIRMED')
),
involvement AS (
  SELECT e.occurred_at, o.id AS group_id, o.research_institution_id AS institution_id, (${IN_SCOPE('e')}) AS in_scope
    FROM programme_events e JOIN organizations o ON o.id = ANY(e.organization_ids) AND o.kind = 'RESEARCH_GROUP'
   WHERE (e.entity_type = 'PROPOSAL' AND e.to_status = 'ACCEPTED') OR e.entity_type = 'CONSORTIUM'
),
first_group AS (SELECT group_id, min(occurred_at) AS first_at FROM involvement GROUP BY 1),
first_institution AS (SELECT institution_id, min(occurred_at) AS first_at FROM involvement GROUP BY 1),
first_proposal AS (
  SELECT n.id::uuid AS need_id, min(e.occurred_at) AS at
    FROM programme_events e CROSS JOIN LATERAL jsonb_array_elements_text(e.payload->'needIds') AS n(id)
   WHERE e.entity_type = 'PROPOSAL' AND e.to_status = 'PROPOSED' GROUP BY 1
),
first_confirmed AS (
  SELECT n.id::uuid AS need_id, min(e.occurred_at) AS at
    FROM programme_events e CROSS JOIN LATERAL jsonb_array_elements_text(e.payload->'needIds') AS n(id)
   WHERE e.entity_type = 'CONSORTIUM' AND e.to_status = 'CONFIRMED' GROUP BY 1
),
latest_run AS (
  SELECT DISTINCT ON (b.bucket, e.arena_id) b.bucket, e.payload->'proposedNeedIds' AS covered
    FROM b JOIN programme_events e ON e.entity_type = 'MATCH_RUN' AND e.occurred_at < b.ends
   WHERE ($3::text[] IS NULL OR e.county_numbers && $3::text[])
     AND ($4::uuid[] IS NULL OR e.arena_id = ANY($4::uuid[]))
     AND ($5::text[] IS NULL OR e.project_type IS NULL OR e.project_type = ANY($5::text[]))
   ORDER BY b.bucket, e.arena_id, e.occurred_at DESC, e.id DESC
),
-- needs proposed by the latest run of an arena (a run only proposes needs of its arena's counties)
covered AS (
  SELECT DISTINCT lr.bucket, n.id::uuid AS need_id
    FROM latest_run lr CROSS JOIN LATERAL jsonb_array_elements_text(lr.covered) AS n(id)
),
consortia AS (
  SELECT b.bucket, e.to_status, e.project_type, e.themes
    FROM b JOIN programme_events e ON ${VALID_AT_END('e', 'CONSORTIUM')}
   WHERE ${IN_SCOPE('e')}
)
SELECT b.bucket, 'SIZE' AS section, mun.size_class AS k1, NULL AS k2, NULL AS k3,
       count(*)::float8 AS n1, count(mob.number)::float8 AS n2, NULL::float8 AS n3
  FROM b CROSS JOIN mun LEFT JOIN mob ON mob.number = mun.number AND mob.first_at < b.ends
 GROUP BY b.bucket, mun.size_class
UNION ALL
SELECT x.bucket, 'EXPERIENCE', x.experience, NULL, NULL, sum(x.registered), sum(x.mobilized), NULL
  FROM (
    SELECT b.bucket, COALESCE(o.research_experience, 'UNKNOWN') AS experience,
           count(DISTINCT o.municipality_number)::float8 AS registered, 0::float8 AS mobilized
      FROM b JOIN organizations o ON o.kind = 'MUNICIPALITY' AND o.created_at < b.ends
      JOIN mun ON mun.number = o.municipality_number
     GROUP BY 1, 2
    UNION ALL
    SELECT b.bucket, COALESCE(mob.experience, 'UNKNOWN'), 0, count(*)::float8
      FROM b JOIN mob ON mob.first_at < b.ends JOIN mun ON mun.number = mob.number GROUP BY 1, 2
  ) x
 GROUP BY x.bucket, x.experience
UNION ALL
SELECT x.bucket, 'NEEDS', s.state, NULL, NULL, s.n::float8, NULL, NULL
  FROM (
    SELECT b.bucket, count(st.entity_id) AS registered,
           count(*) FILTER (WHERE st.to_status = 'DRAFT') AS draft,
           count(*) FILTER (WHERE st.to_status = 'OPEN') AS open,
           count(*) FILTER (WHERE st.to_status = 'IN_CONSORTIUM') AS in_consortium,
           count(*) FILTER (WHERE st.to_status = 'CLOSED') AS closed,
           count(*) FILTER (WHERE st.to_status = 'WITHDRAWN') AS withdrawn,
           count(p.need_id) AS in_proposal, count(c.need_id) AS in_forming_consortium,
           count(*) FILTER (WHERE st.to_status = 'OPEN' AND cv.need_id IS NOT NULL) AS covered
      FROM b LEFT JOIN st ON st.bucket = b.bucket
      LEFT JOIN in_proposal p ON p.bucket = st.bucket AND p.need_id = st.entity_id
      LEFT JOIN in_consortium c ON c.bucket = st.bucket AND c.need_id = st.entity_id
      LEFT JOIN covered cv ON cv.bucket = st.bucket AND cv.need_id = st.entity_id
     GROUP BY b.bucket
  ) x
  CROSS JOIN LATERAL (VALUES ('REGISTERED', x.registered), ('DRAFT', x.draft), ('OPEN', x.open),
    ('IN_CONSORTIUM', x.in_consortium), ('CLOSED', x.closed), ('WITHDRAWN', x.withdrawn),
    ('IN_PROPOSAL', x.in_proposal), ('IN_FORMING_OR_CONFIRMED_CONSORTIUM', x.in_forming_consortium),
    ('COVERED', x.covered)) AS s(state, n)
UNION ALL
SELECT b.bucket, 'NEEDS', 'REGISTERED_IN_PERIOD', NULL, NULL, count(e.id)::float8, NULL, NULL
  FROM b LEFT JOIN programme_events e ON e.entity_type = 'KNOWLEDGE_NEED' AND e.from_status IS NULL
       AND e.occurred_at >= b.starts AND e.occurred_at < b.ends AND ${IN_SCOPE('e')}
 GROUP BY b.bucket
UNION ALL
SELECT b.bucket, 'RESEARCH', NULL, NULL, NULL,
       count(DISTINCT i.group_id)::float8,
       count(DISTINCT i.group_id) FILTER (WHERE fg.first_at >= b.starts)::float8,
       NULL
  FROM b LEFT JOIN involvement i ON i.in_scope AND i.occurred_at < b.ends
  LEFT JOIN first_group fg ON fg.group_id = i.group_id
 GROUP BY b.bucket
UNION ALL
SELECT b.bucket, 'INSTITUTIONS', NULL, NULL, NULL,
       count(DISTINCT i.institution_id)::float8,
       count(DISTINCT i.institution_id) FILTER (WHERE fi.first_at >= b.starts)::float8,
       NULL
  FROM b LEFT JOIN involvement i ON i.in_scope AND i.occurred_at < b.ends
  LEFT JOIN first_institution fi ON fi.institution_id = i.institution_id
 GROUP BY b.bucket
UNION ALL
SELECT b.bucket, 'PROPOSALS', e.to_status, CASE WHEN e.to_status = 'REJECTED' THEN e.payload->>'reasonCategory' END,
       NULL, count(*)::float8, NULL, NULL
  FROM b JOIN programme_events e ON e.entity_type = 'PROPOSAL' AND e.occurred_at >= b.starts AND e.occurred_at < b.ends
 WHERE ${IN_SCOPE('e')}
 GROUP BY 1, 2, 3, 4
UNION ALL
SELECT c.bucket, 'CONSORTIA', 'STATUS', NULL, c.to_status, count(*)::float8, NULL, NULL
  FROM consortia c GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT c.bucket, 'CONSORTIA', 'PROJECT_TYPE', c.project_type, c.to_status, count(*)::float8, NULL, NULL
  FROM consortia c GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT c.bucket, 'CONSORTIA', 'THEME', t.theme, c.to_status, count(*)::float8, NULL, NULL
  FROM consortia c CROSS JOIN LATERAL unnest(c.themes) AS t(theme) GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT x.bucket, 'TIMES', x.step, NULL, NULL, count(x.days)::float8,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days), percentile_cont(0.9) WITHIN GROUP (ORDER BY x.days)
  FROM (
    SELECT st.bucket, 'TO_FIRST_PROPOSAL' AS step, extract(epoch FROM fp.at - st.registered_at) / 86400 AS days
      FROM st JOIN first_proposal fp ON fp.need_id = st.entity_id AND fp.at < st.ends
    UNION ALL
    SELECT st.bucket, 'TO_CONFIRMED_CONSORTIUM', extract(epoch FROM fc.at - st.registered_at) / 86400
      FROM st JOIN first_confirmed fc ON fc.need_id = st.entity_id AND fc.at < st.ends
  ) x
 GROUP BY 1, 2, 3
`;

interface IndicatorRow {
  bucket: number;
  section: string;
  k1: string | null;
  k2: string | null;
  k3: string | null;
  n1: number | null;
  n2: number | null;
  n3: number | null;
}

const round = (value: number | null, digits = 1): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** Reads the follow-up figures from `programme_events` (written by ProgrammeEventRepository). */
export class ProgrammeIndicatorRepository {
  constructor(private readonly db: Db) {}

  /** Counties of these arenas (union, sorted). */
  async arenaCountyNumbers(arenaIds: readonly string[]): Promise<string[]> {
    const rows: Array<{ county: string }> = await this.db.query(
      `SELECT DISTINCT county_number::text AS county FROM mobilization_arena_counties
        WHERE arena_id = ANY($1::uuid[]) ORDER BY 1`,
      [arenaIds],
    );
    return rows.map((r) => r.county);
  }

  /** Time of the first event of the programme (null when nothing happened yet). */
  async firstEventAt(): Promise<Date | null> {
    const [row]: Array<{ at: Date | null }> = await this.db.query(
      `SELECT min(occurred_at) AS at FROM programme_events`,
    );
    return row.at ? new Date(row.at) : null;
  }

  /** Every indicator for each period, in one statement. */
  async figures(
    scope: IndicatorScope,
    periods: readonly IndicatorPeriodBounds[],
  ): Promise<IndicatorFigures[]> {
    if (periods.length === 0) return [];
    const rows: IndicatorRow[] = await this.db.query(INDICATORS_SQL, [
      periods.map((p) => p.start.toISOString()),
      periods.map((p) => p.end.toISOString()),
      scope.countyNumbers,
      scope.arenaIds,
      scope.projectTypes,
      scope.themes,
      scope.organizationIds,
    ]);
    const figures = periods.map((p) => emptyFigures(p));
    for (const row of rows) assemble(figures[row.bucket - 1], row);
    for (const f of figures) {
      f.municipalities.bySizeClass.sort((a, b) => a.sizeClass.localeCompare(b.sizeClass));
      f.municipalities.byResearchExperience.sort((a, b) =>
        a.researchExperience.localeCompare(b.researchExperience),
      );
      f.proposals.rejectedByReason.sort((a, b) => a.key.localeCompare(b.key));
      f.consortia.byStatus.sort((a, b) => a.key.localeCompare(b.key));
      f.consortia.byProjectType.sort(
        (a, b) => a.projectType.localeCompare(b.projectType) || a.status.localeCompare(b.status),
      );
      f.consortia.byTheme.sort(
        (a, b) => a.theme.localeCompare(b.theme) || a.status.localeCompare(b.status),
      );
      const { openNeeds, covered } = f.coverage;
      f.coverage.share = openNeeds ? round(covered / openNeeds, 4) : null;
    }
    return figures;
  }
}

function emptyFigures(p: IndicatorPeriodBounds): IndicatorFigures {
  const noTimes = (): DurationFigures => ({ count: 0, medianDays: null, p90Days: null });
  return {
    start: p.start,
    end: p.end,
    municipalities: { inScope: 0, mobilized: 0, bySizeClass: [], byResearchExperience: [] },
    needs: {
      registered: 0,
      registeredInPeriod: 0,
      draft: 0,
      open: 0,
      inProposal: 0,
      inConsortium: 0,
      inFormingOrConfirmedConsortium: 0,
      closed: 0,
      withdrawn: 0,
    },
    research: {
      groupsInvolved: 0,
      groupsFirstTime: 0,
      institutionsInvolved: 0,
      institutionsFirstTime: 0,
    },
    proposals: { made: 0, accepted: 0, rejected: 0, superseded: 0, rejectedByReason: [] },
    consortia: { byStatus: [], byProjectType: [], byTheme: [] },
    times: { toFirstProposal: noTimes(), toConfirmedConsortium: noTimes() },
    coverage: { openNeeds: 0, covered: 0, share: null },
  };
}

const NEED_STATE_FIELDS: Record<string, keyof IndicatorFigures['needs']> = {
  REGISTERED: 'registered',
  REGISTERED_IN_PERIOD: 'registeredInPeriod',
  DRAFT: 'draft',
  OPEN: 'open',
  IN_CONSORTIUM: 'inConsortium',
  CLOSED: 'closed',
  WITHDRAWN: 'withdrawn',
  IN_PROPOSAL: 'inProposal',
  IN_FORMING_OR_CONFIRMED_CONSORTIUM: 'inFormingOrConfirmedConsortium',
};

const PROPOSAL_FIELDS: Record<string, 'made' | 'accepted' | 'rejected' | 'superseded'> = {
  PROPOSED: 'made',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  SUPERSEDED: 'superseded',
};

function assemble(f: IndicatorFigures, row: IndicatorRow): void {
  const n1 = Number(row.n1 ?? 0);
  const n2 = Number(row.n2 ?? 0);
  switch (row.section) {
    case 'SIZE':
      f.municipalities.bySizeClass.push({ sizeClass: row.k1!, inScope: n1, mobilized: n2 });
      f.municipalities.inScope += n1;
      f.municipalities.mobilized += n2;
      break;
    case 'EXPERIENCE':
      f.municipalities.byResearchExperience.push({
        researchExperience: row.k1!,
        registered: n1,
        mobilized: n2,
      });
      break;
    case 'NEEDS':
      if (row.k1 === 'COVERED') f.coverage.covered = n1;
      else f.needs[NEED_STATE_FIELDS[row.k1!]] = n1;
      if (row.k1 === 'OPEN') f.coverage.openNeeds = n1;
      break;
    case 'RESEARCH':
      f.research.groupsInvolved = n1;
      f.research.groupsFirstTime = n2;
      break;
    case 'INSTITUTIONS':
      f.research.institutionsInvolved = n1;
      f.research.institutionsFirstTime = n2;
      break;
    case 'PROPOSALS': {
      const field = PROPOSAL_FIELDS[row.k1!];
      if (field) f.proposals[field] += n1;
      if (row.k1 === 'REJECTED') {
        f.proposals.rejectedByReason.push({ key: row.k2 ?? 'NONE', count: n1 });
      }
      break;
    }
    case 'CONSORTIA':
      if (row.k1 === 'STATUS') f.consortia.byStatus.push({ key: row.k3!, count: n1 });
      else if (row.k1 === 'PROJECT_TYPE')
        f.consortia.byProjectType.push({ projectType: row.k2!, status: row.k3!, count: n1 });
      else f.consortia.byTheme.push({ theme: row.k2!, status: row.k3!, count: n1 });
      break;
    case 'TIMES': {
      const figures: DurationFigures = {
        count: n1,
        medianDays: round(row.n2 === null ? null : Number(row.n2)),
        p90Days: round(row.n3 === null ? null : Number(row.n3)),
      };
      if (row.k1 === 'TO_FIRST_PROPOSAL') f.times.toFirstProposal = figures;
      else f.times.toConfirmedConsortium = figures;
      break;
    }
  }
}
