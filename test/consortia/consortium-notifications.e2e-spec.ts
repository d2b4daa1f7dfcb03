import { createClient, type Client } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { loadConfig } from '@brobygger/config';
import { notificationAddedChannel } from '@brobygger/queue';
import { waitFor } from '../queue/support/wait-for';
import { gql, startTestApp, TestApp } from '../support/graphql';
import { SmtpInbox } from '../support/smtp-inbox';
import {
  acceptProposal,
  createProposalWorld,
  signedInUser,
  signInProposalWorld,
} from './consortium-fixtures';

interface Added {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
}

/** One user's `notificationAdded` subscription over graphql-ws, keeping what arrives. */
class Inbox {
  readonly added: Added[] = [];
  private wake: Array<() => void> = [];
  private readonly client: Client;

  constructor(url: string, token: string) {
    this.client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    this.client.subscribe<{ notificationAdded: Added }>(
      { query: `subscription { notificationAdded { id kind title body link } }` },
      {
        next: (value) => {
          if (value.data) this.added.push(value.data.notificationAdded);
          const wake = this.wake;
          this.wake = [];
          for (const w of wake) w();
        },
        error: (e) => {
          throw new Error(`subscription failed: ${JSON.stringify(e)}`);
        },
        complete: () => undefined,
      },
    );
  }

  kinds(): string[] {
    return this.added.map((a) => a.kind);
  }

  async waitFor(count: number, what: string, timeoutMs = 20_000): Promise<Added[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.added.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.kinds())}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.added;
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

/**
 * The consortium walk of issue 9 with its notifications: accepted proposal → invitations → answers, one decline with
 * a replacement → CONFIRMED → APPLICATION_DRAFT. The e-mails are read from a real SMTP server in the test process,
 * the in-app notifications over the `notificationAdded` subscription (each user receives only its own).
 */
describe('consortium notifications', () => {
  let app: TestApp;
  let ds: DataSource;
  let smtp: SmtpInbox;
  const inboxes: Inbox[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    smtp = new SmtpInbox();
    process.env.SMTP_URL = await smtp.start();
    process.env.PUBLIC_WEB_URL = 'http://brobygger.test';
    app = await startTestApp();
    ds = app.app.get(DataSource);
  });
  afterAll(async () => {
    await Promise.all(inboxes.map((i) => i.close()));
    await app.close();
    await smtp.close();
    process.env = saved;
  });

  /** Subscribes as the user and waits until the API listens on the user's Redis channel. */
  async function subscribe(user: { token: string; userId: string }): Promise<Inbox> {
    const inbox = new Inbox(app.url, user.token);
    inboxes.push(inbox);
    const channel = notificationAddedChannel(process.env.BULL_PREFIX!, user.userId);
    const redis = new Redis(loadConfig(process.env).REDIS_URL);
    try {
      await waitFor(
        async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1],
        (listeners) => listeners > 0,
        { what: `a listener on ${channel}` },
      );
    } finally {
      await redis.quit();
    }
    return inbox;
  }

  const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $reason: String) {
    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason) {
      member { id } replacement { id status explanation organization { id } } } }`;

  it('tells every member and the broker, by e-mail and over the subscription, at each step of the walk', async () => {
    const world = await createProposalWorld(ds, { spareMunicipalities: 1 });
    const {
      broker,
      municipalities: [lead, decliner],
      researchers,
    } = await signInProposalWorld(app, world);
    const brokerInbox = await subscribe(broker);
    const leadInbox = await subscribe(lead);

    // Accept → every member organization is invited.
    const id = await acceptProposal(app, world.proposalId, broker.token);
    const link = `/konsortier/${id}`;
    const [invitation] = await leadInbox.waitFor(1, 'the lead’s invitation');
    expect(invitation).toMatchObject({ kind: 'CONSORTIUM_INVITED', link });
    const invited = [lead, decliner, ...researchers];
    await smtp.waitFor(
      () => invited.every((u) => smtp.to(u.email).length === 1),
      'one invitation e-mail per member',
    );
    for (const u of invited) {
      expect(smtp.to(u.email)[0].subject).toBe('Invitasjon til et konsortium');
      expect(smtp.to(u.email)[0].text).toContain(`http://brobygger.test${link}`);
    }

    const members = (
      await gql<{ consortium: { members: Array<{ id: string; organizationId: string }> } }>(
        app,
        `query ($id: ID!) { consortium(id: $id) { members { id organizationId } } }`,
        { id },
        { token: broker.token },
      )
    ).data!.consortium.members;
    const memberOf = (orgId: string) => members.find((m) => m.organizationId === orgId)!.id;
    const respond = (token: string, memberId: string, accept: boolean, reason?: string) =>
      gql<{
        respondToConsortiumInvitation: {
          replacement: {
            id: string;
            status: string;
            explanation: string;
            organization: { id: string };
          } | null;
        };
      }>(app, RESPOND, { id: memberId, accept, reason }, { token });

    // The lead accepts: the broker is told (the lead is not told about its own answer).
    expect(
      (await respond(lead.token, memberOf(world.municipalities[0].orgId), true)).errors,
    ).toBeUndefined();
    const [leadAnswer] = await brokerInbox.waitFor(1, 'the broker’s first answer');
    expect(leadAnswer.kind).toBe('MEMBER_RESPONDED');
    expect(leadAnswer.title).toMatch(/ takket ja$/);
    for (const [i, g] of world.groups.entries())
      expect((await respond(researchers[i].token, memberOf(g.orgId), true)).errors).toBeUndefined();

    // A decline with its reason reaches the broker by e-mail; the broker takes the suggested replacement.
    const declined = await respond(
      decliner.token,
      memberOf(world.municipalities[1].orgId),
      false,
      'Vi har ikke kapasitet i år',
    );
    expect(declined.errors).toBeUndefined();
    const replacement = declined.data!.respondToConsortiumInvitation.replacement!;
    // (the explanation is in the expectation so that a failure says why none was found)
    expect(`${replacement!.status}: ${replacement!.explanation}`).toMatch(/^SUGGESTED: /);
    // A user of the suggested municipality (the engine may pick any open need in the arena's counties).
    const spare = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
      organizationId: replacement.organization.id,
    });
    await smtp.waitFor(
      () => smtp.to(broker.email).some((m) => m.subject.endsWith('takket nei')),
      'the decline e-mail to the broker',
    );
    expect(smtp.to(broker.email).find((m) => m.subject.endsWith('takket nei'))!.text).toContain(
      'Begrunnelsen er «Vi har ikke kapasitet i år».',
    );
    const taken = await gql<{ acceptConsortiumReplacement: { id: string } }>(
      app,
      `mutation ($input: AcceptConsortiumReplacementInput!) { acceptConsortiumReplacement(input: $input) { id } }`,
      { input: { consortiumId: id, replacementId: replacement.id } },
      { token: broker.token },
    );
    expect(taken.errors).toBeUndefined();
    await smtp.waitFor(() => smtp.to(spare.email).length === 1, 'the newcomer’s invitation');
    expect(smtp.to(spare.email)[0].subject).toBe('Invitasjon til et konsortium');
    expect(
      (await respond(spare.token, taken.data!.acceptConsortiumReplacement.id, true)).errors,
    ).toBeUndefined();

    // Five answers reached the broker and the lead (all but the lead's own) over the subscription.
    await brokerInbox.waitFor(5, 'five answers for the broker');
    await leadInbox.waitFor(5, 'four answers for the lead');
    expect(brokerInbox.kinds()).toEqual(Array(5).fill('MEMBER_RESPONDED'));

    // CONFIRMED: every member that accepted and the broker are told; the decliner is not.
    const version = async () =>
      (
        await gql<{ consortium: { version: number } }>(
          app,
          `query ($id: ID!) { consortium(id: $id) { version } }`,
          { id },
          { token: broker.token },
        )
      ).data!.consortium.version;
    const move = async (status: string) =>
      gql<{ changeConsortiumStatus: { status: string } }>(
        app,
        `mutation ($input: ChangeConsortiumStatusInput!) { changeConsortiumStatus(input: $input) { status } }`,
        { input: { id, version: await version(), status } },
        { token: broker.token },
      );
    expect((await move('CONFIRMED')).errors).toBeUndefined();
    const leadAll = await leadInbox.waitFor(6, 'the confirmation for the lead');
    expect(leadAll.map((a) => a.kind)).toEqual([
      'CONSORTIUM_INVITED',
      'MEMBER_RESPONDED',
      'MEMBER_RESPONDED',
      'MEMBER_RESPONDED',
      'MEMBER_RESPONDED',
      'CONSORTIUM_CONFIRMED',
    ]);
    expect(leadAll[5]).toMatchObject({ title: 'Konsortiet er bekreftet', link });
    await brokerInbox.waitFor(6, 'the confirmation for the broker');
    const confirmedTo = [lead, ...researchers, spare, broker];
    await smtp.waitFor(
      () =>
        confirmedTo.every((u) =>
          smtp.to(u.email).some((m) => m.subject === 'Konsortiet er bekreftet'),
        ),
      'the confirmation e-mails',
    );
    expect(smtp.to(decliner.email).map((m) => m.subject)).toEqual(['Invitasjon til et konsortium']);
    expect((await move('APPLICATION_DRAFT')).errors).toBeUndefined();

    // What came over each subscription is that user's own notifications, and nobody else's.
    const own = async (token: string) =>
      (
        await gql<{ notifications: { edges: Array<{ node: { id: string } }> } }>(
          app,
          `{ notifications(first: 50) { edges { node { id } } } }`,
          {},
          { token },
        )
      ).data!.notifications.edges.map((e) => e.node.id);
    expect((await own(lead.token)).sort()).toEqual(leadAll.map((a) => a.id).sort());
    expect((await own(broker.token)).sort()).toEqual(brokerInbox.added.map((a) => a.id).sort());
  });
});
