import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up evaluation (issue 10): `programme_events`, a dated history of state changes of knowledge needs,
 * consortium proposals, match runs and consortia. Each row is a snapshot of what the indicators need at that
 * moment (county, owner, project type, themes, members), so later edits never change earlier figures. An event
 * is valid from `occurred_at` until the entity's next event (`superseded_at`, set when that event is recorded),
 * which makes "the state of every entity on date D" one range condition.
 *
 * The table has no foreign keys on purpose: history outlives the rows it describes.
 * Existing rows are backfilled from their timestamps (created_at, published_at, decided_at, finished_at).
 */
export class ProgrammeEvents1764700000000 implements MigrationInterface {
  name = 'ProgrammeEvents1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz NULL,
        entity_type text NOT NULL
          CONSTRAINT chk_programme_events_entity_type
          CHECK (entity_type IN ('KNOWLEDGE_NEED', 'PROPOSAL', 'MATCH_RUN', 'CONSORTIUM')),
        entity_id uuid NOT NULL,
        from_status text NULL,
        to_status text NOT NULL,
        arena_id uuid NULL,
        county_numbers text[] NOT NULL DEFAULT '{}',
        organization_ids uuid[] NOT NULL DEFAULT '{}',
        project_type text NULL,
        themes text[] NOT NULL DEFAULT '{}',
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT chk_programme_events_interval CHECK (superseded_at IS NULL OR superseded_at >= occurred_at)
      )`);
    await q.query(
      `CREATE INDEX programme_events_entity_idx ON programme_events (entity_type, entity_id, occurred_at)`,
    );
    await q.query(
      `CREATE INDEX programme_events_type_time_idx ON programme_events (entity_type, occurred_at)`,
    );

    // The category of a proposal's rejection reason (free text in bokmål, nynorsk or English).
    await q.query(`
      CREATE FUNCTION programme_reason_category(reason text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
          WHEN reason IS NULL OR btrim(reason) = '' THEN 'NONE'
          WHEN reason ~* '(samarbei|allerede|alt i gang|already|collaborat|existing)' THEN 'ALREADY_COLLABORATING'
          WHEN reason ~* '(kapasitet|ressurs|tid\\M|timing|capacity|resource|budget|økonomi|okonomi)' THEN 'CAPACITY'
          WHEN reason ~* '(region|fylke|avstand|geograf|distance|location|lokal)' THEN 'REGION'
          WHEN reason ~* '(passer|relevan|aktuel|tema|kompetanse|fit|match|theme|expertise|competence)' THEN 'POOR_FIT'
          ELSE 'OTHER'
        END
      $$`);

    // ------------------------------------------------------------------ backfill
    const needSnapshot = `
      SELECT n.id, n.project_type, n.themes, n.created_at, n.published_at, n.updated_at, n.status,
             CASE WHEN o.county_number IS NULL THEN '{}'::text[] ELSE ARRAY[o.county_number::text] END AS counties,
             ARRAY[o.id] AS orgs,
             jsonb_build_object('organizationId', o.id, 'organizationKind', o.kind,
               'municipalityNumber', o.municipality_number, 'sizeClass', m.size_class,
               'researchExperience', o.research_experience, 'registeredAt', n.created_at) AS payload
        FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
        LEFT JOIN municipalities m ON m.number = o.municipality_number`;
    // Registered (DRAFT, or OPEN when published at creation), published later, then the current final state.
    await q.query(`
      INSERT INTO programme_events (occurred_at, entity_type, entity_id, from_status, to_status, county_numbers,
                                    organization_ids, project_type, themes, payload)
      SELECT s.at, 'KNOWLEDGE_NEED', s.id, NULL, s.status, s.counties, s.orgs, s.project_type, s.themes, s.payload
        FROM (
          SELECT x.id, x.created_at AS at, x.counties, x.orgs, x.project_type, x.themes, x.payload,
                 CASE WHEN x.published_at IS NOT NULL AND x.published_at <= x.created_at + interval '1 second'
                      THEN 'OPEN' ELSE 'DRAFT' END AS status
            FROM (${needSnapshot}) x
          UNION ALL
          SELECT x.id, x.published_at, x.counties, x.orgs, x.project_type, x.themes, x.payload, 'OPEN'
            FROM (${needSnapshot}) x
           WHERE x.published_at > x.created_at + interval '1 second'
          UNION ALL
          SELECT x.id, GREATEST(x.updated_at, COALESCE(x.published_at, x.created_at)), x.counties, x.orgs,
                 x.project_type, x.themes, x.payload, x.status
            FROM (${needSnapshot}) x
           WHERE x.status NOT IN ('DRAFT', 'OPEN')
        ) s`);

    const proposalSnapshot = `
      SELECT p.id, p.arena_id, p.project_type, p.status, p.created_at, p.decided_at, p.updated_at,
             ARRAY(SELECT DISTINCT t FROM consortium_proposal_members pm JOIN knowledge_needs n ON n.id = pm.knowledge_need_id,
                          unnest(n.themes) t WHERE pm.proposal_id = p.id ORDER BY 1) AS themes,
             ARRAY(SELECT DISTINCT o.county_number::text FROM consortium_proposal_members pm
                     JOIN knowledge_needs n ON n.id = pm.knowledge_need_id JOIN organizations o ON o.id = n.organization_id
                    WHERE pm.proposal_id = p.id AND o.county_number IS NOT NULL ORDER BY 1) AS counties,
             ARRAY(SELECT DISTINCT pm.organization_id FROM consortium_proposal_members pm WHERE pm.proposal_id = p.id
                   UNION SELECT p.lead_organization_id) AS orgs,
             jsonb_build_object('matchRunId', p.match_run_id,
               'needIds', COALESCE((SELECT jsonb_agg(pm.knowledge_need_id ORDER BY pm.position) FROM consortium_proposal_members pm
                                     WHERE pm.proposal_id = p.id AND pm.knowledge_need_id IS NOT NULL), '[]'::jsonb),
               'profileIds', COALESCE((SELECT jsonb_agg(pm.competence_profile_id ORDER BY pm.position) FROM consortium_proposal_members pm
                                        WHERE pm.proposal_id = p.id AND pm.competence_profile_id IS NOT NULL), '[]'::jsonb),
               'reasonCategory', CASE WHEN p.status = 'REJECTED' THEN programme_reason_category(p.decision_reason) END)
               AS payload
        FROM consortium_proposals p`;
    await q.query(`
      INSERT INTO programme_events (occurred_at, entity_type, entity_id, from_status, to_status, arena_id,
                                    county_numbers, organization_ids, project_type, themes, payload)
      SELECT s.at, 'PROPOSAL', s.id, s.from_status, s.status, s.arena_id, s.counties, s.orgs, s.project_type, s.themes,
             s.payload
        FROM (
          SELECT x.id, x.created_at AS at, NULL AS from_status, 'PROPOSED' AS status, x.arena_id, x.counties, x.orgs,
                 x.project_type, x.themes, x.payload - 'reasonCategory' AS payload
            FROM (${proposalSnapshot}) x
          UNION ALL
          SELECT x.id, GREATEST(x.created_at, COALESCE(x.decided_at, x.updated_at)), 'PROPOSED', x.status, x.arena_id,
                 x.counties, x.orgs, x.project_type, x.themes, x.payload
            FROM (${proposalSnapshot}) x
           WHERE x.status <> 'PROPOSED'
        ) s`);

    await q.query(`
      INSERT INTO programme_events (occurred_at, entity_type, entity_id, from_status, to_status, arena_id,
                                    county_numbers, project_type, payload)
      SELECT COALESCE(r.finished_at, r.updated_at), 'MATCH_RUN', r.id, NULL, 'SUCCEEDED', r.arena_id,
             ARRAY(SELECT c.county_number::text FROM mobilization_arena_counties c WHERE c.arena_id = r.arena_id
                    ORDER BY 1),
             r.project_type,
             jsonb_build_object(
               'proposedNeedIds', COALESCE((SELECT jsonb_agg(DISTINCT pm.knowledge_need_id)
                                              FROM consortium_proposals p JOIN consortium_proposal_members pm ON pm.proposal_id = p.id
                                             WHERE p.match_run_id = r.id AND pm.knowledge_need_id IS NOT NULL), '[]'::jsonb),
               'proposalCount', COALESCE(r.proposal_count, 0), 'unmatchedCount', COALESCE(r.unmatched_count, 0))
        FROM match_runs r WHERE r.status = 'SUCCEEDED'`);

    // Each backfilled event is valid until the entity's next one, and comes from the previous one's status.
    await q.query(`
      UPDATE programme_events e SET superseded_at = nxt.at, from_status = COALESCE(e.from_status, nxt.prev)
        FROM (SELECT id,
                     lead(occurred_at) OVER (PARTITION BY entity_type, entity_id ORDER BY occurred_at, id) AS at,
                     lag(to_status) OVER (PARTITION BY entity_type, entity_id ORDER BY occurred_at, id) AS prev
                FROM programme_events) nxt
       WHERE nxt.id = e.id AND (nxt.at IS NOT NULL OR nxt.prev IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS programme_events`);
    await q.query(`DROP FUNCTION IF EXISTS programme_reason_category(text)`);
  }
}
