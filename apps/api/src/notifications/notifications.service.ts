import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@brobygger/config';
import { ValidationError } from '@brobygger/persistence/errors';
import type { Page, PageRequest } from '@brobygger/persistence/pagination';
import {
  Delivery,
  Language,
  NotificationKind,
  NotificationRepository,
  NotificationRow,
  OutboxRow,
} from '@brobygger/persistence/repositories/notification.repository';
import { MailJobName, notificationAddedChannel } from '@brobygger/queue';
import { ApiPubSub } from '../match-runs/api-pub-sub';
import { digestOf, MailText, mailOf, word } from './catalogue';
import { MailTransport } from './mail-transport';
import { MAIL_QUEUE } from './mail-queue';

/** A notification as its reader sees it: worded in the reader's language. */
export interface WordedNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * In-app notifications and e-mail. Events write their notifications and outbox rows in their own transaction
 * (`new NotificationRepository(tx).notify`); `deliver()` afterwards pushes the new notifications to their users' subscriptions
 * and hands the outbox rows to the mail queue. A sweep repeats `deliver()` for whatever a crash left behind.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pubSub: ApiPubSub,
    @Inject(MAIL_QUEUE) private readonly queue: Queue,
  ) {}

  async list(
    userId: string,
    unreadOnly: boolean,
    page: PageRequest,
  ): Promise<Page<WordedNotification>> {
    const [rows, language] = await Promise.all([
      this.notifications.page(userId, unreadOnly, page),
      this.notifications.language(userId),
    ]);
    const nodes = rows.nodes.map((n) => this.worded(n, language));
    return {
      ...rows,
      nodes,
      edges: rows.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })),
    };
  }

  async wordedFor(userId: string, row: NotificationRow): Promise<WordedNotification> {
    return this.worded(row, await this.notifications.language(userId));
  }

  languageOf(userId: string): Promise<Language> {
    return this.notifications.language(userId);
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }

  markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    return this.notifications.markRead(userId, ids);
  }

  async settings(userId: string): Promise<{
    language: Language;
    preferences: Array<{ kind: NotificationKind; delivery: Delivery }>;
  }> {
    const [language, chosen] = await Promise.all([
      this.notifications.language(userId),
      this.notifications.preferences(userId),
    ]);
    return {
      language,
      preferences: Object.entries(chosen).map(([kind, delivery]) => ({
        kind: kind as NotificationKind,
        delivery,
      })),
    };
  }

  async saveSettings(
    userId: string,
    input: {
      language: Language;
      preferences: ReadonlyArray<{ kind: NotificationKind; delivery: Delivery }>;
    },
  ): Promise<void> {
    const seen = new Set<string>();
    input.preferences.forEach((p, i) => {
      if (seen.has(p.kind))
        throw new ValidationError(`input.preferences[${i}].kind`, `lists ${p.kind} twice`);
      seen.add(p.kind);
    });
    await this.notifications.savePreferences(userId, input.language, input.preferences);
  }

  /**
   * Tells the users of a need's municipality that a research group expressed interest in it (for the interest
   * service: call after recording the interest). Returns the ids of the users told.
   */
  async notifyInterestExpressed(
    needId: string,
    profileId: string,
    actorUserId: string | null,
  ): Promise<string[]> {
    const told = await this.notifications.interestExpressed(needId, profileId, actorUserId);
    await this.deliver();
    return told;
  }

  /**
   * Pushes notifications not yet pushed to their users' `notificationAdded` subscriptions and queues outbox rows not
   * yet queued. Safe to call from anywhere at any time: each row is claimed by one caller.
   */
  async deliver(): Promise<void> {
    const { notifications, outboxIds } = await this.notifications.claimUndelivered();
    for (const n of notifications)
      await this.pubSub.publish(notificationAddedChannel(this.config.BULL_PREFIX, n.userId), n);
    if (outboxIds.length)
      await this.queue.addBulk(
        outboxIds.map((outboxId) => ({
          name: MailJobName.Send,
          data: { outboxId },
          opts: {
            // A fresh id per hand-over: an hour-old row whose job gave up is queued again under a new id.
            jobId: `mail-${outboxId}-${Date.now()}`,
            attempts: this.config.MAIL_JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: this.config.MAIL_JOB_BACKOFF_MS },
            removeOnComplete: { age: 24 * 3600, count: 1000 },
            removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
          },
        })),
      );
  }

  /** The new notifications of one user, as its subscription receives them (raw rows; word them per user). */
  added(userId: string): AsyncIterableIterator<NotificationRow> {
    return this.pubSub.asyncIterableIterator<NotificationRow>(
      notificationAddedChannel(this.config.BULL_PREFIX, userId),
    );
  }

  /** Sends one outbox row at most once (a retried job finds it SENT and does nothing). */
  async send(outboxId: string): Promise<'SENT' | 'ALREADY_SENT' | 'MISSING'> {
    return this.notifications.sendOnce(outboxId, async (row) => {
      const mail = await this.compose(row);
      return this.transport.send({ outboxId: row.id, to: row.toAddress, ...mail });
    });
  }

  async sendDigests(): Promise<number> {
    const ids = await this.notifications.buildDigests();
    await this.deliver();
    return ids.length;
  }

  async remindUnansweredInvitations(): Promise<number> {
    const days = this.config.INVITATION_REMINDER_DAYS;
    if (days === 0) return 0;
    const count = await this.notifications.remindUnansweredInvitations(days);
    await this.deliver();
    if (count) this.logger.log(`reminded ${count} unanswered consortium invitations`);
    return count;
  }

  private async compose(row: OutboxRow): Promise<MailText> {
    if (row.kind === 'DIGEST') {
      const ids = (row.params.notificationIds as string[] | undefined) ?? [];
      const items = (await this.notifications.findByIds(ids)).filter(
        (n): n is NotificationRow => n !== null,
      );
      return digestOf(
        items.map((n) => ({ kind: n.kind, params: n.params, url: this.url(n.link) })),
        row.language,
      );
    }
    return mailOf(row.kind, row.params, row.language, this.url(row.link));
  }

  private url(link: string | null): string | null {
    return link ? new URL(link, this.config.PUBLIC_WEB_URL).toString() : null;
  }

  private worded(n: NotificationRow, language: Language): WordedNotification {
    const w = word(n.kind, n.params, language);
    return {
      id: n.id,
      kind: n.kind,
      title: w.title,
      body: w.body,
      link: n.link,
      createdAt: new Date(n.createdAt),
      readAt: n.readAt ? new Date(n.readAt) : null,
    };
  }
}
