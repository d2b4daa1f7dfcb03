import type { Db } from './repository-support';

/** What the history knows about; CONSORTIUM events are recorded by the consortium lifecycle (issue 9). */
export const PROGRAMME_ENTITY_TYPES = [
  'KNOWLEDGE_NEED',
  'PROPOSAL',
  'MATCH_RUN',
  'CONSORTIUM',
] as const;
export type ProgrammeEntityType = (typeof PROGRAMME_ENTITY_TYPES)[number];

/** Consortium statuses as the follow-up figures read them (the consortium lifecycle of issue 9). */
export const CONSORTIUM_STATUSES = [
  'FORMING',
  'CONFIRMED',
  'APPLICATION_DRAFT',
  'SUBMITTED',
  'FUNDED',
  'NOT_FUNDED',
  'DISSOLVED',
] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

/** Snapshot of a consortium at a status change: everything the indicators read, by id. */
export interface ConsortiumEventPayload {
  arenaId: string;
  projectType: string;
  themes: string[];
  countyNumbers: string[];
  /** Every member organization: municipalities, county municipalities and research groups. */
  organizationIds: string[];
  needIds: string[];
  profileIds: string[];
}

/** One dated state change, written in the same transaction as the change itself. */
export interface ProgrammeEvent {
  entityType: ProgrammeEntityType;
  entityId: string;
  /** The status before the change; omitted = the status of the entity's previous event (null for the first). */
  fromStatus?: string | null;
  toStatus: string;
  /** Default now() (the transaction's time). */
  occurredAt?: Date;
  arenaId?: string | null;
  countyNumbers?: string[];
  organizationIds?: string[];
  projectType?: string | null;
  themes?: string[];
  payload?: Record<string, unknown>;
}

/**
 * Writes the follow-up history (`programme_events`). Construct it on the EntityManager of the transaction that
 * makes the change, so an event exists exactly when its change was committed. Recording an event closes the
 * entity's previous one (`superseded_at`), so each event is a snapshot valid over [occurred_at, superseded_at).
 *
 * The consortium lifecycle calls {@link ProgrammeEventRepository.record} on every status change:
 *
 * ```ts
 * await new ProgrammeEventRepository(manager).record({
 *   entityType: 'CONSORTIUM', entityId: consortium.id, toStatus: 'CONFIRMED',
 *   ...ProgrammeEventRepository.consortiumSnapshot({ arenaId, projectType, themes, countyNumbers,
 *                                                   organizationIds, needIds, profileIds }),
 * });
 * ```
 */
export class ProgrammeEventRepository {
  constructor(private readonly db: Db) {}

  /** Records one event (any entity type). */
  async record(event: ProgrammeEvent): Promise<void> {
    await this.insert([event]);
  }

  /** The columns of a CONSORTIUM event from its snapshot (the payload keeps the ids as well). */
  static consortiumSnapshot(
    snapshot: ConsortiumEventPayload,
  ): Pick<
    ProgrammeEvent,
    'arenaId' | 'countyNumbers' | 'organizationIds' | 'projectType' | 'themes' | 'payload'
  > {
    return {
      arenaId: snapshot.arenaId,
      countyNumbers: [...new Set(snapshot.countyNumbers)].sort(),
      organizationIds: [...new Set(snapshot.organizationIds)],
      projectType: snapshot.projectType,
      themes: [...new Set(snapshot.themes)].sort(),
      payload: { ...snapshot },
    };
  }

  /** Records several events in one statement (each closes its entity's previous event). */
  async insert(events: ProgrammeEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((e) => ({
      occurred_at: e.occurredAt?.toISOString() ?? null,
      entity_type: e.entityType,
      entity_id: e.entityId,
      explicit_from: e.fromStatus !== undefined,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus,
      arena_id: e.arenaId ?? null,
      county_numbers: e.countyNumbers ?? [],
      organization_ids: e.organizationIds ?? [],
      project_type: e.projectType ?? null,
      themes: e.themes ?? [],
      payload: e.payload ?? {},
    }));
    await this.db.query(
      `WITH t AS (
         SELECT COALESCE(t.occurred_at, now()) AS occurred_at, t.entity_type, t.entity_id, t.explicit_from,
                t.from_status, t.to_status, t.arena_id, t.county_numbers, t.organization_ids, t.project_type,
                t.themes, t.payload
           FROM jsonb_to_recordset($1::jsonb) AS t(occurred_at timestamptz, entity_type text, entity_id uuid,
                explicit_from boolean, from_status text, to_status text, arena_id uuid, county_numbers text[],
                organization_ids uuid[], project_type text, themes text[], payload jsonb)
       ), closed AS (
         UPDATE programme_events p SET superseded_at = GREATEST(p.occurred_at, t.occurred_at)
           FROM t WHERE p.entity_type = t.entity_type AND p.entity_id = t.entity_id AND p.superseded_at IS NULL
         RETURNING p.entity_type, p.entity_id, p.to_status
       )
       INSERT INTO programme_events (occurred_at, entity_type, entity_id, from_status, to_status, arena_id,
                                     county_numbers, organization_ids, project_type, themes, payload)
       SELECT t.occurred_at, t.entity_type, t.entity_id,
              CASE WHEN t.explicit_from THEN t.from_status
                   ELSE (SELECT c.to_status FROM closed c WHERE c.entity_type = t.entity_type AND c.entity_id = t.entity_id) END,
              t.to_status, t.arena_id, t.county_numbers, t.organization_ids, t.project_type, t.themes, t.payload
         FROM t`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * Snapshots knowledge needs as they are now in the repository's transaction (status, owner, county, project type,
   * themes): call after creating, editing or changing the status of needs.
   */
  async recordNeeds(needIds: readonly string[]): Promise<void> {
    if (needIds.length === 0) return;
    await this.closeAndInsert(
      'KNOWLEDGE_NEED',
      `SELECT 'KNOWLEDGE_NEED'::text AS entity_type, n.id AS entity_id, n.status AS to_status, NULL::uuid AS arena_id,
              CASE WHEN o.county_number IS NULL THEN '{}'::text[] ELSE ARRAY[o.county_number::text] END AS county_numbers,
              ARRAY[o.id] AS organization_ids, n.project_type, n.themes,
              jsonb_build_object('organizationId', o.id, 'organizationKind', o.kind,
                'municipalityNumber', o.municipality_number, 'sizeClass', m.size_class,
                'researchExperience', o.research_experience, 'registeredAt', n.created_at) AS payload
         FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
         LEFT JOIN municipalities m ON m.number = o.municipality_number
        WHERE n.id = ANY($1::uuid[])`,
      [needIds],
    );
  }

  /**
   * Snapshots proposals as they are now (status, arena, members, the category of a rejection reason): call after
   * creating, accepting, rejecting or superseding proposals.
   */
  async recordProposals(proposalIds: readonly string[]): Promise<void> {
    if (proposalIds.length === 0) return;
    await this.closeAndInsert(
      'PROPOSAL',
      `SELECT 'PROPOSAL'::text AS entity_type, p.id AS entity_id, p.status AS to_status, p.arena_id,
              ARRAY(SELECT DISTINCT o.county_number::text FROM consortium_proposal_members pm
                      JOIN knowledge_needs n ON n.id = pm.knowledge_need_id JOIN organizations o ON o.id = n.organization_id
                     WHERE pm.proposal_id = p.id AND o.county_number IS NOT NULL ORDER BY 1) AS county_numbers,
              ARRAY(SELECT pm.organization_id FROM consortium_proposal_members pm WHERE pm.proposal_id = p.id
                    UNION SELECT p.lead_organization_id) AS organization_ids,
              p.project_type,
              ARRAY(SELECT DISTINCT th FROM consortium_proposal_members pm JOIN knowledge_needs n ON n.id = pm.knowledge_need_id,
                           unnest(n.themes) th WHERE pm.proposal_id = p.id ORDER BY 1) AS themes,
              jsonb_strip_nulls(jsonb_build_object('matchRunId', p.match_run_id,
                'needIds', COALESCE((SELECT jsonb_agg(pm.knowledge_need_id ORDER BY pm.position) FROM consortium_proposal_members pm
                                      WHERE pm.proposal_id = p.id AND pm.knowledge_need_id IS NOT NULL), '[]'::jsonb),
                'profileIds', COALESCE((SELECT jsonb_agg(pm.competence_profile_id ORDER BY pm.position) FROM consortium_proposal_members pm
                                         WHERE pm.proposal_id = p.id AND pm.competence_profile_id IS NOT NULL), '[]'::jsonb),
                'reasonCategory', CASE WHEN p.status = 'REJECTED'
                  THEN COALESCE(p.decision_reason_category, programme_reason_category(p.decision_reason)) END))
                AS payload
         FROM consortium_proposals p WHERE p.id = ANY($1::uuid[])`,
      [proposalIds],
    );
  }

  /** A finished match run: which needs its proposals cover (coverage of open needs by the latest run). */
  async recordMatchRun(runId: string): Promise<void> {
    await this.closeAndInsert(
      'MATCH_RUN',
      `SELECT 'MATCH_RUN'::text AS entity_type, r.id AS entity_id, r.status AS to_status, r.arena_id,
              ARRAY(SELECT c.county_number::text FROM mobilization_arena_counties c WHERE c.arena_id = r.arena_id
                     ORDER BY 1) AS county_numbers,
              '{}'::uuid[] AS organization_ids, r.project_type, '{}'::text[] AS themes,
              jsonb_build_object(
                'proposedNeedIds', COALESCE((SELECT jsonb_agg(DISTINCT pm.knowledge_need_id)
                                               FROM consortium_proposals p JOIN consortium_proposal_members pm ON pm.proposal_id = p.id
                                              WHERE p.match_run_id = r.id AND pm.knowledge_need_id IS NOT NULL), '[]'::jsonb),
                'proposalCount', COALESCE(r.proposal_count, 0), 'unmatchedCount', COALESCE(r.unmatched_count, 0))
                AS payload
         FROM match_runs r WHERE r.id = $1`,
      [runId],
    );
  }

  /** Closes the current events of the snapshotted entities and inserts the snapshots, in one statement. */
  private async closeAndInsert(
    entityType: ProgrammeEntityType,
    snapshotSql: string,
    params: unknown[],
  ): Promise<void> {
    await this.db.query(
      `WITH t AS (${snapshotSql}),
       closed AS (
         UPDATE programme_events p SET superseded_at = GREATEST(p.occurred_at, now())
           FROM t WHERE p.entity_type = '${entityType}' AND p.entity_id = t.entity_id AND p.superseded_at IS NULL
         RETURNING p.entity_id, p.to_status
       )
       INSERT INTO programme_events (entity_type, entity_id, from_status, to_status, arena_id, county_numbers,
                                     organization_ids, project_type, themes, payload)
       SELECT t.entity_type, t.entity_id, (SELECT c.to_status FROM closed c WHERE c.entity_id = t.entity_id),
              t.to_status, t.arena_id, t.county_numbers, t.organization_ids, t.project_type, t.themes, t.payload
         FROM t`,
      params,
    );
  }
}
