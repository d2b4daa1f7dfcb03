import { EntityManager } from 'typeorm';
import {
  PROBLEM_FORMAT,
  type Problem,
  type ProblemNeed,
  type ProblemExclusion,
  type ProblemInterest,
  type ProblemOrganization,
  type ProblemProfile,
} from '@brobygger/engine/exchange/types';
import { Db, managerOf, readInKeysetBatches } from './repository-support';

/** Needs and profiles are read in keyset batches of this many rows. */
export const PROBLEM_BATCH_SIZE = 5000;

export interface ArenaSummary {
  id: string;
  name: string;
  countyNumbers: string[];
}

/**
 * Builds the engine's exchange-format problem from PostgreSQL: the arena's OPEN needs whose owner lies in one of
 * the arena's counties, the ACTIVE profiles serving those counties (or the whole country) with the capacity that
 * live consortia (not dissolved or unfunded, the group not having declined) have not used yet, and the organizations involved (with municipality population),
 * the research groups' interests in those needs and (for an arena's run) the arena's conflict-of-interest exclusions.
 */
export class MatchProblemRepository {
  constructor(private readonly db: Db) {}

  async findArena(arenaId: string): Promise<ArenaSummary | null> {
    const rows: ArenaSummary[] = await this.db.query(
      `SELECT a.id, a.name,
         COALESCE((SELECT array_agg(c.county_number::text ORDER BY c.county_number) FROM mobilization_arena_counties c WHERE c.arena_id = a.id), '{}') AS "countyNumbers"
       FROM mobilization_arenas a WHERE a.id = $1`,
      [arenaId],
    );
    return rows[0] ?? null;
  }

  /** Number of OPEN needs owned by organizations in the arena's counties. */
  async countOpenNeeds(arenaId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.db.query(
      `SELECT count(*)::int AS count FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
       WHERE n.status = 'OPEN' AND o.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = $1)`,
      [arenaId],
    );
    return count;
  }

  /** Arenas whose counties contain this need's owner. */
  async arenaIdsForNeed(needId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT DISTINCT c.arena_id AS id FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
       JOIN mobilization_arena_counties c ON c.county_number = o.county_number WHERE n.id = $1`,
      [needId],
    );
    return rows.map((r) => r.id);
  }

  /** Arenas a profile serves (all arenas for a national profile). */
  async arenaIdsForProfile(profileId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT DISTINCT c.arena_id AS id FROM competence_profiles p JOIN mobilization_arena_counties c
         ON cardinality(p.county_numbers) = 0 OR c.county_number::text = ANY(p.county_numbers)
       WHERE p.id = $1`,
      [profileId],
    );
    return rows.map((r) => r.id);
  }

  /** County of a need's owner (null if the need does not exist). */
  async needCounty(needId: string): Promise<{ countyNumber: string | null } | null> {
    const rows: Array<{ countyNumber: string | null }> = await this.db.query(
      `SELECT o.county_number::text AS "countyNumber" FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id WHERE n.id = $1`,
      [needId],
    );
    return rows[0] ?? null;
  }

  /** Counties a profile serves ([] = national; null if the profile does not exist). */
  async profileCounties(profileId: string): Promise<string[] | null> {
    const rows: Array<{ counties: string[] }> = await this.db.query(
      `SELECT county_numbers AS counties FROM competence_profiles WHERE id = $1`,
      [profileId],
    );
    return rows[0]?.counties ?? null;
  }

  /**
   * Ids of the needs and profiles the arena's problem would hold (as loadProblem selects them), for checking
   * the pins and excludeIds of a run's settings without loading the texts.
   */
  async memberIds(arenaId: string): Promise<{ needIds: Set<string>; profileIds: Set<string> }> {
    const arena = await this.findArena(arenaId);
    const counties = arena?.countyNumbers ?? [];
    const needs: Array<{ id: string }> = await this.db.query(
      `SELECT n.id FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
       WHERE n.status = 'OPEN' AND o.county_number::text = ANY($1::text[])`,
      [counties],
    );
    const profiles: Array<{ id: string }> = await this.db.query(
      `SELECT p.id FROM competence_profiles p
       WHERE p.status = 'ACTIVE' AND (cardinality(p.county_numbers) = 0 OR p.county_numbers && $1::text[])`,
      [counties],
    );
    return {
      needIds: new Set(needs.map((n) => n.id)),
      profileIds: new Set(profiles.map((p) => p.id)),
    };
  }

  /**
   * The arena's problem. Throws if the arena does not exist. `settings` are the run's partial engine settings
   * (validated by the engine when the run was created).
   */
  async loadProblem(arenaId: string, settings: Record<string, unknown> = {}): Promise<Problem> {
    const arena = await this.findArena(arenaId);
    if (!arena) throw new Error(`arena ${arenaId} no longer exists`);
    const problem = await this.loadForCounties(arena.countyNumbers, settings);
    return { ...problem, exclusions: await this.arenaExclusions(arenaId, problem) };
  }

  /** The arena's conflict-of-interest exclusions between organizations of the problem (both must be in it). */
  async arenaExclusions(arenaId: string, problem: Problem): Promise<ProblemExclusion[]> {
    const rows: ProblemExclusion[] = await this.db.query(
      `SELECT organization_a_id::text AS a, organization_b_id::text AS b, reason FROM conflict_exclusions
        WHERE arena_id = $1 AND organization_a_id = ANY($2::uuid[]) AND organization_b_id = ANY($2::uuid[])
        ORDER BY organization_a_id, organization_b_id`,
      [arenaId, problem.organizations.map((o) => o.id)],
    );
    return rows;
  }

  /**
   * Problem over the OPEN needs in the given counties (all counties when `null`) and the ACTIVE profiles serving
   * them. `only.needIds` / `only.profileIds` replace those selections by exactly these rows, whatever their status
   * (recommendations for one need or one profile).
   */
  async loadForCounties(
    counties: string[] | null,
    settings: Record<string, unknown> = {},
    only: { needIds?: string[]; profileIds?: string[] } = {},
  ): Promise<Problem> {
    // One snapshot for every statement below, however many keyset batches the needs and profiles take.
    return managerOf(this.db).transaction('REPEATABLE READ', (tx) =>
      this.readProblem(tx, counties, settings, only),
    );
  }

  private async readProblem(
    tx: EntityManager,
    counties: string[] | null,
    settings: Record<string, unknown>,
    only: { needIds?: string[]; profileIds?: string[] },
  ): Promise<Problem> {
    const needRows = await readInKeysetBatches<{
      id: string;
      organizationId: string;
      title: string;
      description: string | null;
      themes: string[] | null;
      projectType: string | null;
      language: string | null;
    }>(
      tx,
      {
        select: `n.id, n.organization_id AS "organizationId", n.title, n.description, n.themes,
                 n.project_type AS "projectType", n.language`,
        from: 'knowledge_needs n JOIN organizations o ON o.id = n.organization_id',
        where: `CASE WHEN $2::uuid[] IS NOT NULL THEN n.id = ANY($2::uuid[])
                  ELSE n.status = 'OPEN' AND ($1::text[] IS NULL OR o.county_number::text = ANY($1::text[])) END`,
        params: [counties, only.needIds ?? null],
        sortSql: 'n.created_at',
        sortCast: 'timestamptz',
        idSql: 'n.id',
      },
      PROBLEM_BATCH_SIZE,
    );
    const profileRows = await readInKeysetBatches<{
      id: string;
      organizationId: string;
      title: string;
      description: string | null;
      keywords: string[] | null;
      methods: string[] | null;
      themes: string[] | null;
      capacity: number;
      countyNumbers: string[] | null;
      language: string | null;
      internationalPartners: string[] | null;
    }>(
      tx,
      {
        select: `p.id, p.organization_id AS "organizationId", p.title, p.description, p.keywords, p.methods, p.themes,
                 GREATEST(0, p.capacity - COALESCE(u.used, 0))::int AS capacity, p.county_numbers AS "countyNumbers",
                 p.language, p.international_partners AS "internationalPartners"`,
        from: `competence_profiles p
               LEFT JOIN (
                 SELECT m.competence_profile_id AS profile_id, count(*)::int AS used
                 FROM consortium_members m JOIN consortia c ON c.id = m.consortium_id
                 WHERE c.status NOT IN ('DISSOLVED', 'NOT_FUNDED') AND m.response <> 'DECLINED'
                   AND m.competence_profile_id IS NOT NULL GROUP BY m.competence_profile_id
               ) u ON u.profile_id = p.id`,
        where: `CASE WHEN $2::uuid[] IS NOT NULL THEN p.id = ANY($2::uuid[])
                  ELSE p.status = 'ACTIVE' AND ($1::text[] IS NULL OR cardinality(p.county_numbers) = 0
                       OR p.county_numbers && $1::text[]) END`,
        params: [counties, only.profileIds ?? null],
        sortSql: 'p.created_at',
        sortCast: 'timestamptz',
        idSql: 'p.id',
      },
      PROBLEM_BATCH_SIZE,
    );
    const profileIds = profileRows.map((p) => p.id);
    const refRows: Array<{
      profileId: string;
      title: string;
      summary: string | null;
      year: number | null;
      url: string | null;
    }> = profileIds.length
      ? await tx.query(
          `SELECT profile_id AS "profileId", title, summary, year, url FROM profile_references
             WHERE profile_id = ANY($1::uuid[]) ORDER BY profile_id, position`,
          [profileIds],
        )
      : [];
    const orgIds = [
      ...new Set([
        ...needRows.map((n) => n.organizationId),
        ...profileRows.map((p) => p.organizationId),
      ]),
    ];
    const orgRows: Array<{
      id: string;
      kind: string;
      name: string;
      municipalityNumber: string | null;
      countyNumber: string | null;
      population: number | null;
      researchExperience: string | null;
      institution: string | null;
      institutionType: string | null;
      internationalPartners: boolean;
    }> = orgIds.length
      ? await tx.query(
          `SELECT o.id, o.kind, o.name, o.municipality_number::text AS "municipalityNumber", o.county_number::text AS "countyNumber",
             COALESCE(m.population, c.population) AS population, o.research_experience AS "researchExperience",
             ri.name AS institution, ri.institution_type AS "institutionType",
             (o.international_partners OR EXISTS (
                SELECT 1 FROM competence_profiles cp WHERE cp.organization_id = o.id AND cardinality(cp.international_partners) > 0
             )) AS "internationalPartners"
           FROM organizations o
           LEFT JOIN municipalities m ON m.number = o.municipality_number
           LEFT JOIN counties c ON c.number = o.county_number AND o.kind = 'COUNTY_MUNICIPALITY'
           LEFT JOIN research_institutions ri ON ri.id = o.research_institution_id
           WHERE o.id = ANY($1::uuid[]) ORDER BY o.id`,
          [orgIds],
        )
      : [];

    const refsByProfile = new Map<string, ProblemProfile['references']>();
    for (const r of refRows) {
      const list = refsByProfile.get(r.profileId) ?? [];
      list.push(dropNulls({ title: r.title, abstract: r.summary, year: r.year, url: r.url }));
      refsByProfile.set(r.profileId, list);
    }
    const organizations: ProblemOrganization[] = orgRows.map((o) =>
      dropNulls({
        id: o.id,
        kind: o.kind as ProblemOrganization['kind'],
        name: o.name,
        municipalityNumber: o.municipalityNumber,
        countyNumber: o.countyNumber,
        population: o.population,
        researchExperience: o.researchExperience as ProblemOrganization['researchExperience'],
        institution: o.institution,
        institutionType: o.institutionType as ProblemOrganization['institutionType'],
        internationalPartners: o.internationalPartners,
      }),
    );
    const needs: ProblemNeed[] = needRows.map((n) =>
      dropNulls({
        id: n.id,
        organizationId: n.organizationId,
        title: n.title,
        description: n.description,
        themes: (n.themes ?? []) as ProblemNeed['themes'],
        projectType: n.projectType as ProblemNeed['projectType'],
        language: n.language as ProblemNeed['language'],
      }),
    );
    const profiles: ProblemProfile[] = profileRows.map((p) =>
      dropNulls({
        id: p.id,
        organizationId: p.organizationId,
        title: p.title,
        description: p.description,
        keywords: p.keywords ?? [],
        methods: p.methods ?? [],
        themes: (p.themes ?? []) as ProblemProfile['themes'],
        capacity: p.capacity,
        countyNumbers: p.countyNumbers ?? [],
        references: refsByProfile.get(p.id) ?? [],
        language: p.language as ProblemProfile['language'],
        internationalPartners: p.internationalPartners ?? [],
      }),
    );
    // Research groups' interests in the needs (through their profiles), as evidence for the engine.
    const interests: ProblemInterest[] =
      needs.length && profiles.length
        ? await tx.query(
            `SELECT knowledge_need_id::text AS "needId", competence_profile_id::text AS "profileId" FROM need_interests
              WHERE knowledge_need_id = ANY($1::uuid[]) AND competence_profile_id = ANY($2::uuid[])
              ORDER BY knowledge_need_id, competence_profile_id`,
            [needs.map((n) => n.id), profileIds],
          )
        : [];
    return {
      format: PROBLEM_FORMAT,
      organizations,
      needs,
      profiles,
      exclusions: [],
      ...(interests.length ? { interests } : {}),
      settings: settings as Problem['settings'],
    };
  }
}

/** The exchange format uses absent fields, not null. */
function dropNulls<T extends object>(o: { [K in keyof T]: T[K] | null }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}
