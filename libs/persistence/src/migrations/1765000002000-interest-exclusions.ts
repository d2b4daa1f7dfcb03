import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interest and partner finding (issue 9, part 5):
 * - `need_interests`: a research group's interest in a knowledge need, through one of its competence profiles
 *   (one row per need and profile; withdrawing deletes it). The engine gets them as the problem's `interests`.
 * - `conflict_exclusions`: conflict-of-interest pairs of organizations a mobilization arena's brokers keep; every
 *   run in the arena gets them as the problem's `exclusions`. The pair is stored ordered (a < b), once per arena.
 * - `audit_log.on_behalf_of_organization_id`: the organization a broker or admin acted for (a need registered or
 *   edited on behalf of a municipality).
 */
export class InterestExclusions1765000002000 implements MigrationInterface {
  name = 'InterestExclusions1765000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need_interests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        knowledge_need_id uuid NOT NULL
          CONSTRAINT fk_need_interests_need REFERENCES knowledge_needs(id) ON DELETE CASCADE,
        competence_profile_id uuid NOT NULL
          CONSTRAINT fk_need_interests_profile REFERENCES competence_profiles(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL
          CONSTRAINT fk_need_interests_organization REFERENCES organizations(id) ON DELETE CASCADE,
        note text NOT NULL DEFAULT '' CONSTRAINT chk_need_interests_note CHECK (char_length(note) <= 1000),
        created_by uuid NULL CONSTRAINT fk_need_interests_user REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_need_interests_pair UNIQUE (knowledge_need_id, competence_profile_id)
      )`);
    await q.query(
      `CREATE INDEX need_interests_profile_idx ON need_interests (competence_profile_id)`,
    );
    await q.query(`
      CREATE TABLE conflict_exclusions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL
          CONSTRAINT fk_conflict_exclusions_arena REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        organization_a_id uuid NOT NULL
          CONSTRAINT fk_conflict_exclusions_a REFERENCES organizations(id) ON DELETE CASCADE,
        organization_b_id uuid NOT NULL
          CONSTRAINT fk_conflict_exclusions_b REFERENCES organizations(id) ON DELETE CASCADE,
        reason text NOT NULL
          CONSTRAINT chk_conflict_exclusions_reason CHECK (char_length(btrim(reason)) BETWEEN 1 AND 500),
        created_by uuid NULL CONSTRAINT fk_conflict_exclusions_user REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chk_conflict_exclusions_ordered CHECK (organization_a_id < organization_b_id),
        CONSTRAINT uq_conflict_exclusions_pair UNIQUE (arena_id, organization_a_id, organization_b_id)
      )`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN on_behalf_of_organization_id uuid NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN IF EXISTS on_behalf_of_organization_id`);
    await q.query(`DROP TABLE IF EXISTS conflict_exclusions`);
    await q.query(`DROP TABLE IF EXISTS need_interests`);
  }
}
