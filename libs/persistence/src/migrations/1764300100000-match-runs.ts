import { MigrationInterface, QueryRunner } from 'typeorm';

/** Queue issue: match runs, their consortium proposals with members, and the needs a run left unmatched. */
export class MatchRuns1764300100000 implements MigrationInterface {
  name = 'MatchRuns1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        project_type text NULL CHECK (project_type IN ('PRE_PROJECT','INNOVATION_PROJECT','COMPETENCE_PROJECT')),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED','CANCELLED')),
        phase text NOT NULL DEFAULT 'QUEUED'
          CHECK (phase IN ('QUEUED','LOADING','SCORING','FORMING_CANDIDATES','OPTIMISING','SAVING','DONE')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        attempts int NOT NULL DEFAULT 0,
        error text NULL,
        objective double precision NULL,
        upper_bound double precision NULL,
        need_count int NULL,
        profile_count int NULL,
        proposal_count int NULL,
        unmatched_count int NULL,
        queue_wait_ms int NULL,
        load_ms int NULL,
        engine_ms int NULL,
        save_ms int NULL,
        requested_by uuid NULL,
        trigger text NOT NULL DEFAULT 'MANUAL' CHECK (trigger IN ('MANUAL','REFRESH')),
        started_at timestamptz NULL,
        finished_at timestamptz NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX match_runs_arena_created_idx ON match_runs (arena_id, created_at)`);
    await q.query(`CREATE INDEX match_runs_status_idx ON match_runs (status)`);

    await q.query(`
      CREATE TABLE consortium_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_run_id uuid NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        project_type text NOT NULL CHECK (project_type IN ('PRE_PROJECT','INNOVATION_PROJECT','COMPETENCE_PROJECT')),
        rank int NOT NULL DEFAULT 0,
        score double precision NOT NULL,
        components jsonb NOT NULL,
        explanation text NOT NULL,
        lead_organization_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','ACCEPTED','REJECTED','SUPERSEDED')),
        decision_reason text NULL,
        decided_at timestamptz NULL,
        decided_by uuid NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consortium_proposals_run_rank_uq UNIQUE (match_run_id, rank)
      )`);
    await q.query(
      `CREATE INDEX consortium_proposals_arena_status_idx ON consortium_proposals (arena_id, status)`,
    );

    await q.query(`
      CREATE TABLE consortium_proposal_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES consortium_proposals(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('NEED','RESEARCH_GROUP','LEAD')),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        knowledge_need_id uuid NULL REFERENCES knowledge_needs(id) ON DELETE CASCADE,
        competence_profile_id uuid NULL REFERENCES competence_profiles(id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        CHECK ((role = 'NEED') = (knowledge_need_id IS NOT NULL)),
        CHECK ((role = 'RESEARCH_GROUP') = (competence_profile_id IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX consortium_proposal_members_proposal_idx ON consortium_proposal_members (proposal_id, position)`,
    );
    await q.query(
      `CREATE INDEX consortium_proposal_members_profile_idx ON consortium_proposal_members (competence_profile_id)
         WHERE competence_profile_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE match_run_unmatched_needs (
        match_run_id uuid NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
        knowledge_need_id uuid NOT NULL REFERENCES knowledge_needs(id) ON DELETE CASCADE,
        reason text NOT NULL,
        PRIMARY KEY (match_run_id, knowledge_need_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS match_run_unmatched_needs`);
    await q.query(`DROP TABLE IF EXISTS consortium_proposal_members`);
    await q.query(`DROP TABLE IF EXISTS consortium_proposals`);
    await q.query(`DROP TABLE IF EXISTS match_runs`);
  }
}
