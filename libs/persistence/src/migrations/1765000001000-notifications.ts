import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 9 part 6): each user's language (bokmål, nynorsk, English), in-app notifications, the
 * user's delivery choice per kind, and the e-mail outbox. A notification and its outbox row are written in the
 * transaction of the event they tell about; the mail job sends an outbox row once and records the SMTP message id.
 */
export class Notifications1765000001000 implements MigrationInterface {
  name = 'Notifications1765000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'nb'
        CONSTRAINT chk_users_language CHECK (language IN ('nb', 'nn', 'en'))`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text NULL,
        delivery text NOT NULL CONSTRAINT chk_notifications_delivery CHECK (delivery IN ('IN_APP', 'EMAIL', 'DIGEST')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        published_at timestamptz NULL,
        digested_at timestamptz NULL
      )`);
    await q.query(
      `CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notifications_unpublished_idx ON notifications (created_at) WHERE published_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notifications_digest_idx ON notifications (user_id) WHERE delivery = 'DIGEST' AND digested_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CONSTRAINT chk_notification_preferences_delivery CHECK (delivery IN ('IN_APP', 'EMAIL', 'DIGEST')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NULL REFERENCES notifications(id) ON DELETE SET NULL,
        user_id uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        to_address text NOT NULL,
        language text NOT NULL CONSTRAINT chk_mail_outbox_language CHECK (language IN ('nb', 'nn', 'en')),
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text NULL,
        status text NOT NULL DEFAULT 'PENDING' CONSTRAINT chk_mail_outbox_status CHECK (status IN ('PENDING', 'SENT')),
        attempts int NOT NULL DEFAULT 0,
        last_error text NULL,
        message_id text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz NULL,
        sent_at timestamptz NULL,
        CONSTRAINT chk_mail_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL AND message_id IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX mail_outbox_pending_idx ON mail_outbox (created_at) WHERE status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
