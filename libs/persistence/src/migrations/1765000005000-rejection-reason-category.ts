import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A broker who rejects a proposal may say why in one of the follow-up's categories. The category given is used by
 * the follow-up figures and the proposals export; rejections without one (and those made before this migration)
 * keep the category read from the free-text reason (programme_reason_category).
 */
export class RejectionReasonCategory1765000005000 implements MigrationInterface {
  name = 'RejectionReasonCategory1765000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consortium_proposals ADD COLUMN decision_reason_category text NULL
        CHECK (decision_reason_category IN ('ALREADY_COLLABORATING', 'CAPACITY', 'REGION', 'POOR_FIT', 'OTHER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consortium_proposals DROP COLUMN decision_reason_category`);
  }
}
