import { Page, PageRequest } from '../pagination';
import { inKeyOrder, SqlParams } from '../sql';
import { CREATED_DESC, Db, keysetPage, returningRows } from './repository-support';

/** What a user is told about. The values are stored: never rename one, add new ones instead. */
export const NOTIFICATION_KINDS = [
  'PROPOSAL_INCLUDED',
  'CONSORTIUM_INVITED',
  'INVITATION_REMINDER',
  'MEMBER_RESPONDED',
  'CONSORTIUM_CONFIRMED',
  'CONSORTIUM_NEEDS_ATTENTION',
  'INTEREST_EXPRESSED',
  'MATCH_RUN_FINISHED',
  'MATCH_RUN_FAILED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** E-mails that are not a user's notification: an invitation to join, and the daily digest. */
export type MailOnlyKind = 'USER_INVITED' | 'DIGEST';

/** How a user wants one kind: in the app only, an e-mail at once, or in the daily digest e-mail. */
export const DELIVERIES = ['IN_APP', 'EMAIL', 'DIGEST'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The delivery of a kind for users who have not chosen. */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  PROPOSAL_INCLUDED: 'DIGEST',
  CONSORTIUM_INVITED: 'EMAIL',
  INVITATION_REMINDER: 'EMAIL',
  MEMBER_RESPONDED: 'EMAIL',
  CONSORTIUM_CONFIRMED: 'EMAIL',
  CONSORTIUM_NEEDS_ATTENTION: 'EMAIL',
  INTEREST_EXPRESSED: 'EMAIL',
  MATCH_RUN_FINISHED: 'IN_APP',
  MATCH_RUN_FAILED: 'EMAIL',
};

/** Who is told: users by id, the members of organizations, the brokers of an arena; never `exceptUserId`. */
export interface Recipients {
  userIds?: readonly string[];
  organizationIds?: readonly string[];
  brokersOfArenaId?: string | null;
  exceptUserId?: string | null;
}

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
  delivery: Delivery;
  createdAt: Date;
  readAt: Date | null;
}

export interface OutboxRow {
  id: string;
  notificationId: string | null;
  userId: string | null;
  toAddress: string;
  language: Language;
  kind: NotificationKind | MailOnlyKind;
  params: Record<string, unknown>;
  link: string | null;
  status: 'PENDING' | 'SENT';
  attempts: number;
  messageId: string | null;
  sentAt: Date | null;
}

const NOTIFICATION_COLUMNS = `n.id, n.user_id AS "userId", n.kind, n.params, n.link, n.delivery,
  n.created_at AS "createdAt", n.read_at AS "readAt"`;

const OUTBOX_COLUMNS = `o.id, o.notification_id AS "notificationId", o.user_id AS "userId", o.to_address AS "toAddress",
  o.language, o.kind, o.params, o.link, o.status, o.attempts, o.message_id AS "messageId", o.sent_at AS "sentAt"`;

/**
 * In-app notifications, the users' delivery choices and the e-mail outbox. Events record their notifications with
 * `new NotificationRepository(tx).notify(…)` inside their own transaction; the rest is read and updated by the
 * notifications service.
 */
export class NotificationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Inside the transaction of an event: one notification per recipient (by their choice for this kind), and an
   * outbox row for those who want an e-mail at once. Disabled users are not told. Returns the recipients' ids.
   */
  async notify(
    kind: NotificationKind,
    to: Recipients,
    params: Record<string, unknown>,
    link: string | null,
  ): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `WITH r AS (
         SELECT u.id, u.email, u.language, COALESCE(p.delivery, $5) AS delivery
           FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $4
          WHERE NOT u.disabled AND u.id IS DISTINCT FROM $8::uuid
            AND (u.id = ANY($1::uuid[]) OR EXISTS (
                  SELECT 1 FROM memberships m WHERE m.user_id = u.id AND (
                    (m.role IN ('MUNICIPALITY_MEMBER', 'RESEARCHER') AND m.organization_id = ANY($2::uuid[]))
                    OR (m.role = 'BROKER' AND m.arena_id = $3::uuid))))),
       n AS (
         INSERT INTO notifications (user_id, kind, params, link, delivery)
         SELECT id, $4, $6::jsonb, $7, delivery FROM r RETURNING id, user_id, delivery),
       o AS (
         INSERT INTO mail_outbox (notification_id, user_id, to_address, language, kind, params, link)
         SELECT n.id, r.id, r.email, r.language, $4, $6::jsonb, $7 FROM n JOIN r ON r.id = n.user_id
          WHERE n.delivery = 'EMAIL')
       SELECT user_id FROM n`,
      [
        to.userIds ?? [],
        to.organizationIds ?? [],
        to.brokersOfArenaId ?? null,
        kind,
        DEFAULT_DELIVERY[kind],
        JSON.stringify(params),
        link,
        to.exceptUserId ?? null,
      ],
    );
    return rows.map((r) => r.user_id);
  }

  /** An e-mail to an address (no user yet, e.g. an invitation to join), in the same transaction as its cause. */
  async mail(mail: {
    toAddress: string;
    language: Language;
    kind: MailOnlyKind;
    params: Record<string, unknown>;
    link: string | null;
  }): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await this.db.query(
      `INSERT INTO mail_outbox (to_address, language, kind, params, link) VALUES ($1, $2, $3, $4::jsonb, $5)
       RETURNING id`,
      [mail.toAddress, mail.language, mail.kind, JSON.stringify(mail.params), mail.link],
    );
    return id;
  }

  /**
   * A research group expressed interest in a need: the users of the need's municipality are told (not the user who
   * expressed it). Call inside the transaction that records the interest. Returns the recipients' ids.
   */
  async interestExpressed(
    needId: string,
    profileId: string,
    actorUserId: string | null,
  ): Promise<string[]> {
    const [row]: Array<{ organizationId: string; need: string; group: string; profile: string }> =
      await this.db.query(
        `SELECT n.organization_id AS "organizationId", n.title AS need, g.name AS "group", p.title AS profile
           FROM knowledge_needs n, competence_profiles p JOIN organizations g ON g.id = p.organization_id
          WHERE n.id = $1 AND p.id = $2`,
        [needId, profileId],
      );
    if (!row) return [];
    return this.notify(
      'INTEREST_EXPRESSED',
      { organizationIds: [row.organizationId], exceptUserId: actorUserId },
      { needId, profileId, need: row.need, group: row.group, profile: row.profile },
      `/behov/${needId}`,
    );
  }

  /** A user's notifications, newest first, keyset-paginated. */
  page(userId: string, unreadOnly: boolean, page: PageRequest): Promise<Page<NotificationRow>> {
    const params = new SqlParams();
    const where = [`n.user_id = ${params.add(userId)}::uuid`];
    if (unreadOnly) where.push('n.read_at IS NULL');
    return keysetPage(this.db, {
      from: 'notifications n',
      idSql: 'n.id',
      where,
      params,
      order: { ...CREATED_DESC, sortSql: 'n.created_at' },
      page,
      load: (ids) => this.findByIds(ids),
    });
  }

  async findByIds(ids: readonly string[]): Promise<Array<NotificationRow | null>> {
    if (!ids.length) return [];
    const rows: NotificationRow[] = await this.db.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return inKeyOrder(ids, rows, (r) => r.id);
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.db.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }

  /** Marks the user's own notifications read (ids of others are ignored); returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const rows = await returningRows(
      this.db,
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) RETURNING id`,
      [userId, ids],
    );
    return rows.length;
  }

  /** The user's choice per kind (the default where the user has not chosen). */
  async preferences(userId: string): Promise<Record<NotificationKind, Delivery>> {
    const rows: Array<{ kind: NotificationKind; delivery: Delivery }> = await this.db.query(
      `SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    const chosen = { ...DEFAULT_DELIVERY };
    for (const r of rows) if (r.kind in chosen) chosen[r.kind] = r.delivery;
    return chosen;
  }

  /** Stores the user's language and choices in one transaction. */
  async savePreferences(
    userId: string,
    language: Language,
    choices: ReadonlyArray<{ kind: NotificationKind; delivery: Delivery }>,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE users SET language = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [userId, language],
      );
      if (choices.length)
        await manager.query(
          `INSERT INTO notification_preferences (user_id, kind, delivery)
           SELECT $1, t.kind, t.delivery FROM jsonb_to_recordset($2::jsonb) AS t(kind text, delivery text)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
          [userId, JSON.stringify(choices)],
        );
    });
  }

  async language(userId: string): Promise<Language> {
    const [row]: Array<{ language: Language }> = await this.db.query(
      `SELECT language FROM users WHERE id = $1`,
      [userId],
    );
    return row?.language ?? 'nb';
  }

  /**
   * Claims the notifications not yet pushed to their users (each is claimed by one caller only) and the outbox
   * rows not yet handed to the mail queue, or handed over an hour ago and still not sent (their job gave up or was
   * lost). The caller publishes and enqueues them.
   */
  async claimUndelivered(): Promise<{ notifications: NotificationRow[]; outboxIds: string[] }> {
    const notifications: NotificationRow[] = await this.db.query(
      `WITH c AS (
         UPDATE notifications SET published_at = now()
          WHERE id IN (SELECT id FROM notifications WHERE published_at IS NULL ORDER BY created_at
                        LIMIT 500 FOR UPDATE SKIP LOCKED)
         RETURNING *)
       SELECT ${NOTIFICATION_COLUMNS} FROM c n ORDER BY n.created_at, n.id`,
    );
    const outbox = await returningRows<{ id: string }>(
      this.db,
      `UPDATE mail_outbox SET enqueued_at = now()
        WHERE id IN (SELECT id FROM mail_outbox
                      WHERE status = 'PENDING' AND (enqueued_at IS NULL OR enqueued_at < now() - interval '1 hour')
                      ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [],
    );
    return { notifications, outboxIds: outbox.map((r) => r.id) };
  }

  async outboxRow(id: string): Promise<OutboxRow | null> {
    const rows: OutboxRow[] = await this.db.query(
      `SELECT ${OUTBOX_COLUMNS} FROM mail_outbox o WHERE o.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Sends one outbox row at most once: the row is locked while `send` runs (a second delivery of the same job waits,
   * then sees SENT and does nothing) and marked SENT with the SMTP message id in the same transaction. If `send`
   * throws, the attempt and its error are counted and the row stays PENDING for the job's retry. The link of an
   * invitation e-mail carries a one-time token: it is erased from the row once the e-mail is sent.
   * Returns what happened.
   */
  async sendOnce(
    id: string,
    send: (row: OutboxRow) => Promise<string>,
  ): Promise<'SENT' | 'ALREADY_SENT' | 'MISSING'> {
    const outcome = await this.db.transaction(async (manager) => {
      const [row]: OutboxRow[] = await manager.query(
        `SELECT ${OUTBOX_COLUMNS} FROM mail_outbox o WHERE o.id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) return 'MISSING' as const;
      if (row.status === 'SENT') return 'ALREADY_SENT' as const;
      let messageId: string;
      try {
        messageId = await send(row);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
      await manager.query(
        `UPDATE mail_outbox SET status = 'SENT', message_id = $2, sent_at = now(), attempts = attempts + 1,
                last_error = NULL, link = CASE WHEN kind = 'USER_INVITED' THEN NULL ELSE link END WHERE id = $1`,
        [id, messageId],
      );
      return 'SENT' as const;
    });
    if (outcome instanceof Error) {
      await this.db.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
        [id, outcome.message],
      );
      throw outcome;
    }
    return outcome;
  }

  /**
   * The daily digest: for every user with DIGEST notifications not yet sent, one outbox row listing them, and the
   * notifications marked digested — in one transaction. Returns the outbox ids.
   */
  async buildDigests(): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `WITH d AS (
           UPDATE notifications SET digested_at = now()
            WHERE delivery = 'DIGEST' AND digested_at IS NULL RETURNING id, user_id, created_at)
         INSERT INTO mail_outbox (user_id, to_address, language, kind, params)
         SELECT u.id, u.email, u.language, 'DIGEST',
                jsonb_build_object('notificationIds', jsonb_agg(d.id ORDER BY d.created_at, d.id))
           FROM d JOIN users u ON u.id = d.user_id WHERE NOT u.disabled
          GROUP BY u.id, u.email, u.language
         RETURNING id`,
      );
      return rows.map((r) => r.id);
    });
  }

  /**
   * Invitations to FORMING consortia not answered `afterDays` days after they were sent and not reminded yet:
   * the member organization's users get an INVITATION_REMINDER, and the invitation is marked reminded, in one
   * transaction. Returns how many invitations were reminded.
   */
  async remindUnansweredInvitations(afterDays: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      const due = await returningRows<{
        id: string;
        consortiumId: string;
        organizationId: string;
        organizationName: string;
        leadName: string;
        projectType: string;
      }>(
        manager,
        `UPDATE consortium_members m SET reminded_at = now()
           FROM consortia c, organizations o, organizations l
          WHERE c.id = m.consortium_id AND o.id = m.organization_id AND l.id = c.lead_organization_id
            AND c.status = 'FORMING' AND m.response = 'PENDING' AND m.reminded_at IS NULL
            AND m.invited_at <= now() - make_interval(days => $1)
         RETURNING m.id, m.consortium_id AS "consortiumId", m.organization_id AS "organizationId",
                   o.name AS "organizationName", l.name AS "leadName", c.project_type AS "projectType"`,
        [afterDays],
      );
      for (const m of due)
        await new NotificationRepository(manager).notify(
          'INVITATION_REMINDER',
          { organizationIds: [m.organizationId] },
          {
            consortiumId: m.consortiumId,
            organization: m.organizationName,
            lead: m.leadName,
            projectType: m.projectType,
            days: afterDays,
          },
          `/konsortier/${m.consortiumId}`,
        );
      return due.length;
    });
  }
}
