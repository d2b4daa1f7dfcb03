import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consortium issue: a consortium per accepted proposal, its member organizations (with their invitation response
 * and commitments), a dated history of every status change, the replacements suggested after a decline, and the
 * programme-rule warnings a broker accepted.
 */
export class Consortia1764500000000 implements MigrationInterface {
  name = 'Consortia1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // A superseded proposal points to the proposal of the newer run that replaced it.
    await q.query(
      `ALTER TABLE consortium_proposals ADD COLUMN superseded_by uuid NULL REFERENCES consortium_proposals(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE consortia (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL UNIQUE REFERENCES consortium_proposals(id),
        arena_id uuid NOT NULL REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        project_type text NOT NULL CHECK (project_type IN ('PRE_PROJECT','INNOVATION_PROJECT','COMPETENCE_PROJECT')),
        lead_organization_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'FORMING' CHECK (status IN
          ('FORMING','CONFIRMED','APPLICATION_DRAFT','SUBMITTED','FUNDED','NOT_FUNDED','DISSOLVED')),
        needs_attention boolean NOT NULL DEFAULT false,
        attention_reason text NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consortia_arena_status_idx ON consortia (arena_id, status)`);
    await q.query(`CREATE INDEX consortia_created_idx ON consortia (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE consortium_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES consortia(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        role text NOT NULL CHECK (role IN ('LEAD','PARTNER')),
        knowledge_need_id uuid NULL REFERENCES knowledge_needs(id) ON DELETE SET NULL,
        competence_profile_id uuid NULL REFERENCES competence_profiles(id) ON DELETE SET NULL,
        response text NOT NULL DEFAULT 'PENDING' CHECK (response IN ('PENDING','ACCEPTED','DECLINED')),
        response_reason text NULL,
        responded_at timestamptz NULL,
        responded_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        committed_person_months numeric(6,1) NULL CHECK (committed_person_months IS NULL OR committed_person_months >= 0),
        contact_person_name text NULL,
        contact_person_freed boolean NOT NULL DEFAULT false,
        invited_at timestamptz NOT NULL DEFAULT now(),
        reminded_at timestamptz NULL,
        position int NOT NULL DEFAULT 0,
        CONSTRAINT consortium_members_org_uq UNIQUE (consortium_id, organization_id)
      )`);
    await q.query(
      `CREATE INDEX consortium_members_org_idx ON consortium_members (organization_id)`,
    );
    await q.query(
      `CREATE INDEX consortium_members_profile_idx ON consortium_members (competence_profile_id)`,
    );

    await q.query(`
      CREATE TABLE consortium_status_changes (
        id bigserial PRIMARY KEY,
        consortium_id uuid NOT NULL REFERENCES consortia(id) ON DELETE CASCADE,
        from_status text NULL,
        to_status text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        reason text NULL
      )`);
    await q.query(
      `CREATE INDEX consortium_status_changes_idx ON consortium_status_changes (consortium_id, changed_at, id)`,
    );
    await q.query(
      `CREATE INDEX consortium_status_changes_at_idx ON consortium_status_changes (changed_at)`,
    );

    await q.query(`
      CREATE TABLE consortium_replacements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES consortia(id) ON DELETE CASCADE,
        declined_member_id uuid NOT NULL REFERENCES consortium_members(id) ON DELETE CASCADE,
        organization_id uuid NULL REFERENCES organizations(id),
        knowledge_need_id uuid NULL REFERENCES knowledge_needs(id) ON DELETE SET NULL,
        competence_profile_id uuid NULL REFERENCES competence_profiles(id) ON DELETE SET NULL,
        score double precision NULL,
        explanation text NOT NULL,
        status text NOT NULL DEFAULT 'SUGGESTED' CHECK (status IN ('SUGGESTED','NONE_FOUND','ACCEPTED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz NULL,
        decided_by uuid NULL REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(
      `CREATE INDEX consortium_replacements_consortium_idx ON consortium_replacements (consortium_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE consortium_rule_waivers (
        consortium_id uuid NOT NULL REFERENCES consortia(id) ON DELETE CASCADE,
        rule text NOT NULL,
        reason text NOT NULL,
        accepted_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consortium_id, rule)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_rule_waivers`);
    await q.query(`DROP TABLE consortium_replacements`);
    await q.query(`DROP TABLE consortium_status_changes`);
    await q.query(`DROP TABLE consortium_members`);
    await q.query(`DROP TABLE consortia`);
    await q.query(`ALTER TABLE consortium_proposals DROP COLUMN superseded_by`);
  }
}
