import { Db } from './repository-support';

export interface OrganizationScope {
  id: string;
  kind: string;
  countyNumber: string | null;
  servedCountyNumbers: string[];
  servesAllCounties: boolean;
}

/**
 * The facts access rules need about single objects (owner, county, status, arena), in one query each. Used only
 * by the API's authorization layer; returns null for ids that do not exist.
 */
export class AccessScopeRepository {
  constructor(private readonly db: Db) {}

  private async one<T>(sql: string, params: unknown[]): Promise<T | null> {
    const rows: T[] = await this.db.query(sql, params);
    return rows[0] ?? null;
  }

  /**
   * An organization with its county and, for research groups, the counties its competence profiles serve
   * (`servesAllCounties` when one of them is national, i.e. lists no county).
   */
  organization(id: string): Promise<OrganizationScope | null> {
    return this.one(
      `SELECT o.id, o.kind, o.county_number::text AS "countyNumber",
              ARRAY(SELECT DISTINCT c::text FROM competence_profiles p, unnest(p.county_numbers) c
                     WHERE p.organization_id = o.id) AS "servedCountyNumbers",
              EXISTS (SELECT 1 FROM competence_profiles p
                       WHERE p.organization_id = o.id AND cardinality(p.county_numbers) = 0) AS "servesAllCounties"
         FROM organizations o WHERE o.id = $1`,
      [id],
    );
  }

  arena(id: string): Promise<{ id: string } | null> {
    return this.one(`SELECT id FROM mobilization_arenas WHERE id = $1`, [id]);
  }

  knowledgeNeed(id: string): Promise<{
    id: string;
    organizationId: string;
    countyNumber: string | null;
    status: string;
  } | null> {
    return this.one(
      `SELECT n.id, n.organization_id AS "organizationId", o.county_number::text AS "countyNumber", n.status
         FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id WHERE n.id = $1`,
      [id],
    );
  }

  competenceProfile(
    id: string,
  ): Promise<{ id: string; organizationId: string; status: string } | null> {
    return this.one(
      `SELECT id, organization_id AS "organizationId", status FROM competence_profiles WHERE id = $1`,
      [id],
    );
  }

  /** A need interest: the research group, and the need's owner and its county. */
  needInterest(id: string): Promise<{
    id: string;
    organizationId: string;
    needOrganizationId: string;
    countyNumber: string | null;
  } | null> {
    return this.one(
      `SELECT i.id, i.organization_id AS "organizationId", n.organization_id AS "needOrganizationId",
              o.county_number::text AS "countyNumber"
         FROM need_interests i JOIN knowledge_needs n ON n.id = i.knowledge_need_id
         JOIN organizations o ON o.id = n.organization_id WHERE i.id = $1`,
      [id],
    );
  }

  conflictExclusion(id: string): Promise<{ id: string; arenaId: string } | null> {
    return this.one(`SELECT id, arena_id AS "arenaId" FROM conflict_exclusions WHERE id = $1`, [
      id,
    ]);
  }

  matchRun(id: string): Promise<{ id: string; arenaId: string } | null> {
    return this.one(`SELECT id, arena_id AS "arenaId" FROM match_runs WHERE id = $1`, [id]);
  }

  proposal(
    id: string,
  ): Promise<{ id: string; arenaId: string; memberOrganizationIds: string[] } | null> {
    return this.one(
      `SELECT p.id, p.arena_id AS "arenaId",
              ARRAY(SELECT DISTINCT m.organization_id::text FROM consortium_proposal_members m WHERE m.proposal_id = p.id)
                || ARRAY[p.lead_organization_id::text] AS "memberOrganizationIds"
         FROM consortium_proposals p WHERE p.id = $1`,
      [id],
    );
  }

  consortium(
    id: string,
  ): Promise<{ id: string; arenaId: string; memberOrganizationIds: string[] } | null> {
    return this.one(
      `SELECT c.id, c.arena_id AS "arenaId",
              ARRAY(SELECT m.organization_id::text FROM consortium_members m WHERE m.consortium_id = c.id)
                AS "memberOrganizationIds"
         FROM consortia c WHERE c.id = $1`,
      [id],
    );
  }

  consortiumMember(id: string): Promise<{
    id: string;
    organizationId: string;
    arenaId: string;
    memberOrganizationIds: string[];
  } | null> {
    return this.one(
      `SELECT m.id, m.organization_id AS "organizationId", c.arena_id AS "arenaId",
              ARRAY(SELECT o.organization_id::text FROM consortium_members o WHERE o.consortium_id = c.id)
                AS "memberOrganizationIds"
         FROM consortium_members m JOIN consortia c ON c.id = m.consortium_id WHERE m.id = $1`,
      [id],
    );
  }

  /**
   * For contacts of these organizations: the organization's county, the arenas with a proposal that includes the
   * organization, and the organizations that share an ACCEPTED proposal with it.
   */
  async contactOrganizations(organizationIds: string[]): Promise<
    Map<
      string,
      {
        countyNumber: string | null;
        proposalArenaIds: string[];
        acceptedConsortiumOrganizationIds: string[];
      }
    >
  > {
    const result = new Map<
      string,
      {
        countyNumber: string | null;
        proposalArenaIds: string[];
        acceptedConsortiumOrganizationIds: string[];
      }
    >();
    if (organizationIds.length === 0) return result;
    const rows: Array<{
      id: string;
      county_number: string | null;
      arena_ids: string[] | null;
      partner_ids: string[] | null;
    }> = await this.db.query(
      `WITH involved AS (
         SELECT p.id AS proposal_id, p.arena_id, p.status, m.organization_id
           FROM consortium_proposals p JOIN consortium_proposal_members m ON m.proposal_id = p.id
         UNION
         SELECT p.id, p.arena_id, p.status, p.lead_organization_id FROM consortium_proposals p
       )
       SELECT o.id, o.county_number::text AS county_number,
              ARRAY(SELECT DISTINCT i.arena_id::text FROM involved i WHERE i.organization_id = o.id) AS arena_ids,
              ARRAY(SELECT DISTINCT j.organization_id::text
                      FROM involved i JOIN involved j ON j.proposal_id = i.proposal_id
                     WHERE i.organization_id = o.id AND i.status = 'ACCEPTED') AS partner_ids
         FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [organizationIds],
    );
    for (const row of rows) {
      result.set(row.id, {
        countyNumber: row.county_number,
        proposalArenaIds: row.arena_ids ?? [],
        acceptedConsortiumOrganizationIds: row.partner_ids ?? [],
      });
    }
    return result;
  }
}
