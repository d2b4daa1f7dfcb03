import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@brobygger/config';
import { PROPOSALS_FORMAT } from '@brobygger/engine/exchange/types';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { NotificationRepository } from '@brobygger/persistence/repositories/notification.repository';
import { MailTransport } from '../../apps/api/src/notifications/mail-transport';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import {
  acceptProposal,
  createProposalWorld,
  signedInUser,
} from '../consortia/consortium-fixtures';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { SmtpInbox } from '../support/smtp-inbox';
import { waitFor } from '../queue/support/wait-for';

const WEB_URL = 'http://brobygger.test';

interface OutboxView {
  status: string;
  attempts: number;
  message_id: string | null;
  link: string | null;
}

/**
 * Notifications and e-mail on the real API, PostgreSQL, Redis (mail queue) and a real SMTP server in the test
 * process: the invitation link, exactly-once sending under retries, languages, preferences, the digest, reminders,
 * interest, match runs, and the .eml files written when no SMTP server is configured.
 */
describe('notifications and e-mail', () => {
  let app: TestApp;
  let ds: DataSource;
  let inbox: SmtpInbox;
  let service: NotificationsService;
  const saved = { ...process.env };

  beforeAll(async () => {
    inbox = new SmtpInbox();
    process.env.SMTP_URL = await inbox.start();
    process.env.PUBLIC_WEB_URL = WEB_URL;
    process.env.MAIL_JOB_BACKOFF_MS = '100';
    app = await startTestApp();
    ds = app.app.get(DataSource);
    service = app.app.get(NotificationsService);
  });
  afterAll(async () => {
    await app.close();
    await inbox.close();
    process.env = saved;
  });

  const outbox = async (where: string, params: unknown[]): Promise<OutboxView[]> =>
    ds.query(`SELECT status, attempts, message_id, link FROM mail_outbox WHERE ${where}`, params);

  function invite(email: string) {
    return gql<{ inviteUser: { token: string } }>(
      app,
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }`,
      { input: { email, role: 'ADMIN' } },
    );
  }

  it('e-mails the invitation link of inviteUser, records the message id and erases the token from the outbox', async () => {
    const email = 'new-admin@invite.test';
    const res = await invite(email);
    expect(res.errors).toBeUndefined();
    const token = res.data!.inviteUser.token;

    await inbox.waitFor(() => inbox.to(email).length === 1, 'the invitation e-mail');
    const [mail] = inbox.to(email);
    expect(mail.subject).toBe('Invitasjon til Brobygger');
    expect(mail.text).toContain(`${WEB_URL}/invitasjon/${token}`);
    const [row] = await waitFor(
      () => outbox(`to_address = $1`, [email]),
      (rows) => rows[0]?.status === 'SENT',
      { what: 'the outbox row to be SENT' },
    );
    expect(row).toMatchObject({ attempts: 1, message_id: mail.messageId, link: null });
  });

  it('sends exactly once when the SMTP server refuses the first delivery and the job is retried', async () => {
    const email = 'retry@invite.test';
    inbox.rejectNext(1);
    expect((await invite(email)).errors).toBeUndefined();
    const [row] = await waitFor(
      () => outbox(`to_address = $1`, [email]),
      (rows) => rows[0]?.status === 'SENT',
      { what: 'the retried e-mail to be SENT' },
    );
    expect(row.attempts).toBe(2);
    expect(inbox.to(email)).toHaveLength(1);
    expect(inbox.to(email)[0].messageId).toBe(row.message_id);
  });

  it('never sends one outbox row twice, also when two deliveries of its job run at once', async () => {
    const email = 'twice@invite.test';
    const id = await ds.transaction((manager) =>
      new NotificationRepository(manager).mail({
        toAddress: email,
        language: 'en',
        kind: 'USER_INVITED',
        params: { invitedBy: 'Kari', expiresAt: '2030-01-01T00:00:00Z' },
        link: '/invitasjon/abc',
      }),
    );
    const outcomes = await Promise.all([service.send(id), service.send(id)]);
    expect(outcomes.sort()).toEqual(['ALREADY_SENT', 'SENT']);
    expect(await service.send(id)).toBe('ALREADY_SENT');
    await inbox.waitFor(() => inbox.to(email).length >= 1, 'the e-mail');
    expect(inbox.to(email)).toHaveLength(1);
    expect(inbox.to(email)[0].subject).toBe('Invitation to Brobygger');
    expect(inbox.to(email)[0].text).toContain('Kari invited you to Brobygger');
  });

  it('words e-mails in each user’s language and follows each user’s choice: e-mail at once, digest or in-app only', async () => {
    const world = await createProposalWorld(ds);
    const broker = await signedInUser(app, 'BROKER', { arenaId: world.arenaId });
    const [bokmal, nynorsk] = await Promise.all(
      world.municipalities.map((m) =>
        signedInUser(app, 'MUNICIPALITY_MEMBER', { organizationId: m.orgId }),
      ),
    );
    const english = await signedInUser(app, 'RESEARCHER', {
      organizationId: world.groups[0].orgId,
    });
    const quiet = await signedInUser(app, 'RESEARCHER', { organizationId: world.groups[1].orgId });

    const settings = (token: string, input: Record<string, unknown>) =>
      gql<{
        updateNotificationSettings: {
          language: string;
          preferences: Array<{ kind: string; delivery: string }>;
        };
      }>(
        app,
        `mutation ($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) {
           language preferences { kind delivery } } }`,
        { input },
        { token },
      );
    const duplicate = await settings(nynorsk.token, {
      language: 'nn',
      preferences: [
        { kind: 'CONSORTIUM_INVITED', delivery: 'DIGEST' },
        { kind: 'CONSORTIUM_INVITED', delivery: 'EMAIL' },
      ],
    });
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].message).toContain('input.preferences[1].kind');
    const nn = await settings(nynorsk.token, {
      language: 'nn',
      preferences: [{ kind: 'CONSORTIUM_INVITED', delivery: 'DIGEST' }],
    });
    expect(nn.errors).toBeUndefined();
    expect(nn.data!.updateNotificationSettings.language).toBe('nn');
    expect(nn.data!.updateNotificationSettings.preferences).toContainEqual({
      kind: 'CONSORTIUM_INVITED',
      delivery: 'DIGEST',
    });
    expect((await settings(english.token, { language: 'en' })).errors).toBeUndefined();
    expect(
      (
        await settings(quiet.token, {
          language: 'nb',
          preferences: [{ kind: 'CONSORTIUM_INVITED', delivery: 'IN_APP' }],
        })
      ).errors,
    ).toBeUndefined();

    const consortiumId = await acceptProposal(app, world.proposalId, broker.token);

    await inbox.waitFor(
      () => inbox.to(bokmal.email).length === 1 && inbox.to(english.email).length === 1,
      'the invitations by e-mail',
    );
    expect(inbox.to(bokmal.email)[0].subject).toBe('Invitasjon til et konsortium');
    expect(inbox.to(bokmal.email)[0].text).toContain(`${WEB_URL}/konsortier/${consortiumId}`);
    expect(inbox.to(english.email)[0].subject).toBe('Invitation to a consortium');
    expect(inbox.to(english.email)[0].text).toMatch(
      /^Your organization is invited to an innovation project led by /,
    );

    // Everyone has the notification in the app, worded in their own language.
    const inApp = async (token: string) =>
      (
        await gql<{
          notifications: {
            nodes?: unknown;
            edges: Array<{ node: { kind: string; title: string; link: string } }>;
          };
        }>(
          app,
          `{ notifications(first: 10) { edges { node { kind title link } } } }`,
          {},
          { token },
        )
      ).data!.notifications.edges.map((e) => e.node);
    expect(await inApp(nynorsk.token)).toEqual([
      {
        kind: 'CONSORTIUM_INVITED',
        title: 'Invitasjon til eit konsortium',
        link: `/konsortier/${consortiumId}`,
      },
    ]);
    expect((await inApp(quiet.token)).map((n) => n.kind)).toEqual(['CONSORTIUM_INVITED']);

    // The digest collects the nynorsk user's invitation; the in-app-only user never gets an e-mail.
    await service.sendDigests();
    await inbox.waitFor(() => inbox.to(nynorsk.email).length === 1, 'the digest');
    const digest = inbox.to(nynorsk.email)[0];
    expect(digest.subject).toBe('Dagens varsel frå Brobygger');
    expect(digest.text).toContain('Du har 1 nytt varsel');
    expect(digest.text).toContain('Invitasjon til eit konsortium');
    expect(await service.sendDigests()).toBe(0);

    // Reminders for invitations not answered after INVITATION_REMINDER_DAYS (7), once.
    await ds.query(
      `UPDATE consortium_members SET invited_at = now() - interval '8 days' WHERE consortium_id = $1`,
      [consortiumId],
    );
    expect(await service.remindUnansweredInvitations()).toBe(4);
    expect(await service.remindUnansweredInvitations()).toBe(0);
    await inbox.waitFor(() => inbox.to(bokmal.email).length === 2, 'the reminder');
    expect(inbox.to(bokmal.email)[1].subject).toBe('Påminnelse: invitasjonen er ikke besvart');
    expect(inbox.to(bokmal.email)[1].text).toContain('etter 7 dager');
    // The in-app-only choice was for invitations: the reminder (e-mail by default) is the only e-mail it got.
    await inbox.waitFor(
      () => inbox.to(quiet.email).length === 1,
      'the reminder of the in-app-only user',
    );
    expect(inbox.to(quiet.email).map((m) => m.subject)).toEqual([
      'Påminnelse: invitasjonen er ikke besvart',
    ]);
  });

  it('lists, counts and marks a user’s own notifications only', async () => {
    const world = await createProposalWorld(ds);
    const member = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
      organizationId: world.municipalities[0].orgId,
    });
    const researcher = await signedInUser(app, 'RESEARCHER', {
      organizationId: world.groups[0].orgId,
    });
    // Interest expressed twice (the interest service calls this after recording it): the need's municipality is told.
    for (const g of world.groups)
      await service.notifyInterestExpressed(
        world.municipalities[0].needId,
        g.profileId,
        researcher.userId,
      );

    const page = (token: string, after?: string) =>
      gql<{
        notifications: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; kind: string; body: string; readAt: string | null } }>;
        };
        unreadNotificationCount: number;
      }>(
        app,
        `query ($after: String) { notifications(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
           edges { node { id kind body readAt } } } unreadNotificationCount }`,
        { after },
        { token },
      );
    const first = (await page(member.token)).data!;
    expect(first.unreadNotificationCount).toBe(2);
    expect(first.notifications.totalCount).toBe(2);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    expect(first.notifications.edges[0].node.kind).toBe('INTEREST_EXPRESSED');
    expect(first.notifications.edges[0].node.body).toMatch(
      /har meldt interesse for behovet «Velferdsteknologi/,
    );
    const second = (await page(member.token, first.notifications.pageInfo.endCursor)).data!;
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
    expect(second.notifications.edges[0].node.id).not.toBe(first.notifications.edges[0].node.id);
    // The researcher who expressed interest is not told about it.
    expect((await page(researcher.token)).data!.unreadNotificationCount).toBe(0);

    const mark = (token: string, id?: string) =>
      gql<{
        markNotificationRead?: { marked: number; unreadCount: number };
        markAllNotificationsRead?: { marked: number; unreadCount: number };
      }>(
        app,
        id
          ? `mutation ($id: ID!) { markNotificationRead(id: $id) { marked unreadCount } }`
          : `mutation { markAllNotificationsRead { marked unreadCount } }`,
        id ? { id } : {},
        { token },
      );
    const id = first.notifications.edges[0].node.id;
    expect((await mark(researcher.token, id)).data!.markNotificationRead).toEqual({
      marked: 0,
      unreadCount: 0,
    });
    expect((await mark(member.token, id)).data!.markNotificationRead).toEqual({
      marked: 1,
      unreadCount: 1,
    });
    expect((await mark(member.token)).data!.markAllNotificationsRead).toEqual({
      marked: 1,
      unreadCount: 0,
    });
    expect(errorCode(await gql(app, `{ unreadNotificationCount }`, {}, { anonymous: true }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('tells the broker who started a run that it finished (the members of new proposals too) or failed', async () => {
    const world = await createProposalWorld(ds);
    const broker = await signedInUser(app, 'BROKER', { arenaId: world.arenaId });
    const member = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
      organizationId: world.municipalities[0].orgId,
    });
    await ds.query(`DELETE FROM consortium_proposals WHERE id = $1`, [world.proposalId]);
    const runs = new MatchRunRepository(ds);
    const run = await runs.create({
      arenaId: world.arenaId,
      projectType: null,
      settings: {},
      requestedBy: broker.userId,
    });
    await ds.query(`UPDATE match_runs SET status = 'RUNNING' WHERE id = $1`, [run.id]);
    await new ConsortiumProposalRepository(ds).saveRunResult(
      run.id,
      {
        format: PROPOSALS_FORMAT,
        objective: 0.8,
        upperBound: 0.9,
        proposals: [
          {
            id: 'p1',
            projectType: 'INNOVATION_PROJECT',
            score: 0.8,
            leadOrganizationId: world.municipalities[0].orgId,
            needIds: world.municipalities.map((m) => m.needId),
            profileIds: world.groups.map((g) => g.profileId),
            organizationIds: [
              ...world.municipalities.map((m) => m.orgId),
              ...world.groups.map((g) => g.orgId),
            ],
            components: { relevance: 0.8, coverage: 1, cohesion: 1, diversity: 0.5 },
            explanation: 'test',
          },
        ],
        unmatchedNeeds: [],
      },
      {},
    );
    const failed = await runs.create({
      arenaId: world.arenaId,
      projectType: null,
      settings: {},
      requestedBy: broker.userId,
    });
    expect(await runs.markFailed(failed.id, 'the engine ran out of time')).toBe(true);
    await service.deliver();

    const kinds = async (userId: string) =>
      (
        await ds.query<Array<{ kind: string; params: Record<string, unknown> }>>(
          `SELECT kind, params FROM notifications WHERE user_id = $1 ORDER BY created_at, kind`,
          [userId],
        )
      ).map((n) => n.kind);
    expect(await kinds(broker.userId)).toEqual(['MATCH_RUN_FINISHED', 'MATCH_RUN_FAILED']);
    expect(await kinds(member.userId)).toEqual(['PROPOSAL_INCLUDED']);
    // Failures are e-mailed by default, finished runs stay in the app.
    await inbox.waitFor(() => inbox.to(broker.email).length === 1, 'the failure e-mail');
    expect(inbox.to(broker.email)[0].subject).toBe('Matchingen feilet');
    expect(inbox.to(broker.email)[0].text).toContain('the engine ran out of time');
  });

  it('writes .eml files under MAIL_DIR when no SMTP server is configured', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brobygger-mail-'));
    try {
      const transport = new MailTransport({ ...loadConfig({}), MAIL_DIR: dir });
      expect(transport.directory).toBe(dir);
      const messageId = await transport.send({
        outboxId: '7b0d1c2e-0000-4000-8000-000000000001',
        to: 'someone@example.test',
        subject: 'Invitasjon til et konsortium',
        text: 'Organisasjonen deres er invitert.',
      });
      const eml = await readFile(join(dir, '7b0d1c2e-0000-4000-8000-000000000001.eml'), 'utf8');
      expect(eml).toContain(`Message-ID: ${messageId}`);
      expect(eml).toContain('To: someone@example.test');
      transport.onApplicationShutdown();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
