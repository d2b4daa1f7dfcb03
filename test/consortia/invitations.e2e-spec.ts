import { DataSource } from 'typeorm';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import {
  acceptProposal,
  createProposalWorld,
  signedInUser,
  signInProposalWorld,
} from './consortium-fixtures';

const MEMBER_FIELDS = `id role organizationId response responseReason committedPersonMonths contactPersonName
  contactPersonFreed knowledgeNeed { id status } competenceProfile { id }`;

interface MemberView {
  id: string;
  role: string;
  organizationId: string;
  response: string;
  responseReason: string | null;
  committedPersonMonths: number | null;
  contactPersonName: string | null;
  contactPersonFreed: boolean;
  knowledgeNeed: { id: string; status: string } | null;
  competenceProfile: { id: string } | null;
}

interface ReplacementView {
  id: string;
  status: string;
  explanation: string;
  score: number | null;
  declinedMemberId: string;
  organization: { id: string } | null;
  knowledgeNeed: { id: string; status: string } | null;
}

const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {
  respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {
    member { ${MEMBER_FIELDS} }
    replacement { id status explanation score declinedMemberId organization { id } knowledgeNeed { id status } } } }`;

/**
 * Invitations and answers, on the real API and PostgreSQL (the replacement comes from a targeted engine run):
 * accepted proposal → invitations → one decline with a replacement → answers and rule checks → CONFIRMED →
 * APPLICATION_DRAFT.
 */
describe('consortium invitations', () => {
  let app: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  function respond(
    token: string,
    id: string,
    accept: boolean,
    extra: { reason?: string; commitment?: Record<string, unknown> } = {},
  ) {
    return gql<{
      respondToConsortiumInvitation: { member: MemberView; replacement: ReplacementView | null };
    }>(app, RESPOND, { id, accept, ...extra }, { token });
  }

  async function consortium(id: string, token: string) {
    const res = await gql<{
      consortium: {
        status: string;
        version: number;
        rulesHold: boolean;
        members: MemberView[];
        replacements: ReplacementView[];
        ruleChecks: Array<{ rule: string; outcome: string }>;
        statusHistory: Array<{ fromStatus: string | null; toStatus: string; changedBy: string }>;
      };
    }>(
      app,
      `query ($id: ID!) { consortium(id: $id) { status version rulesHold members { ${MEMBER_FIELDS} }
         replacements { id status explanation score declinedMemberId organization { id } knowledgeNeed { id status } }
         ruleChecks { rule outcome } statusHistory { fromStatus toStatus changedBy } } }`,
      { id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.consortium;
  }

  function move(token: string, input: Record<string, unknown>) {
    return gql<{ changeConsortiumStatus: { status: string; version: number } }>(
      app,
      `mutation ($input: ChangeConsortiumStatusInput!) { changeConsortiumStatus(input: $input) { status version } }`,
      { input },
      { token },
    );
  }

  it('walks a consortium through invitations, a decline with a replacement, answers and rules to APPLICATION_DRAFT', async () => {
    const world = await createProposalWorld(ds, { spareMunicipalities: 1 });
    const {
      broker,
      municipalities: [lead, decliner],
      researchers,
    } = await signInProposalWorld(app, world);

    const id = await acceptProposal(app, world.proposalId, broker.token);
    const invited = await consortium(id, lead.token);
    const memberOf = (orgId: string) => invited.members.find((m) => m.organizationId === orgId)!;
    expect(invited.members.every((m) => m.response === 'PENDING')).toBe(true);

    // Only the invited organization answers its invitation.
    expect(
      errorCode(
        await respond(researchers[0].token, memberOf(world.municipalities[0].orgId).id, true),
      ),
    ).toBe('FORBIDDEN');

    // The lead municipality accepts and states its commitments.
    const leadAnswer = await respond(lead.token, memberOf(world.municipalities[0].orgId).id, true, {
      commitment: { personMonths: 8, contactPersonName: 'Kari Nordmann', contactPersonFreed: true },
    });
    expect(leadAnswer.errors).toBeUndefined();
    expect(leadAnswer.data!.respondToConsortiumInvitation).toMatchObject({
      member: {
        response: 'ACCEPTED',
        committedPersonMonths: 8,
        contactPersonName: 'Kari Nordmann',
        contactPersonFreed: true,
      },
      replacement: null,
    });
    expect(
      errorCode(await respond(lead.token, memberOf(world.municipalities[0].orgId).id, false)),
    ).toBe('INVALID_STATE');

    for (const [i, g] of world.groups.entries()) {
      const res = await respond(researchers[i].token, memberOf(g.orgId).id, true);
      expect(res.errors).toBeUndefined();
    }

    // The second municipality declines: its need is open again and the engine suggests a replacement.
    const declined = await respond(
      decliner.token,
      memberOf(world.municipalities[1].orgId).id,
      false,
      {
        reason: 'Vi har ikke kapasitet i år',
      },
    );
    expect(declined.errors).toBeUndefined();
    const { member, replacement } = declined.data!.respondToConsortiumInvitation;
    expect(member).toMatchObject({
      response: 'DECLINED',
      responseReason: 'Vi har ikke kapasitet i år',
      knowledgeNeed: { id: world.municipalities[1].needId, status: 'OPEN' },
    });
    expect(replacement).not.toBeNull();
    // (the explanation is in the expectation so that a failure says why none was found)
    expect(`${replacement!.status}: ${replacement!.explanation}`).toMatch(/^SUGGESTED: /);
    expect(replacement!.declinedMemberId).toBe(member.id);
    expect(replacement!.knowledgeNeed!.status).toBe('OPEN');
    const memberOrgs = new Set(world.municipalities.map((m) => m.orgId));
    expect(memberOrgs.has(replacement!.organization!.id)).toBe(false);
    expect(replacement!.explanation.length).toBeGreaterThan(20);
    expect(replacement!.score).toBeGreaterThan(0);

    // One municipality left: the count rule warns, so CONFIRMED is refused.
    const afterDecline = await consortium(id, broker.token);
    expect(afterDecline.ruleChecks.find((r) => r.rule === 'MEMBER_COUNTS')!.outcome).toBe(
      'WARNING',
    );
    const early = await move(broker.token, {
      id,
      version: afterDecline.version,
      status: 'CONFIRMED',
    });
    expect(errorCode(early)).toBe('INVALID_STATE');

    // Members cannot take the replacement; the broker does, and the new municipality is invited.
    const take = (token: string) =>
      gql<{ acceptConsortiumReplacement: MemberView }>(
        app,
        `mutation ($input: AcceptConsortiumReplacementInput!) { acceptConsortiumReplacement(input: $input) { ${MEMBER_FIELDS} } }`,
        { input: { consortiumId: id, replacementId: replacement!.id } },
        { token },
      );
    expect(errorCode(await take(lead.token))).toBe('FORBIDDEN');
    const taken = await take(broker.token);
    expect(taken.errors).toBeUndefined();
    const newcomer = taken.data!.acceptConsortiumReplacement;
    expect(newcomer).toMatchObject({
      role: 'PARTNER',
      response: 'PENDING',
      organizationId: replacement!.organization!.id,
      knowledgeNeed: { id: replacement!.knowledgeNeed!.id, status: 'IN_CONSORTIUM' },
    });
    expect(errorCode(await take(broker.token))).toBe('INVALID_STATE');

    const waiting = await consortium(id, broker.token);
    const pending = await move(broker.token, { id, version: waiting.version, status: 'CONFIRMED' });
    expect(errorCode(pending)).toBe('INVALID_STATE');
    expect(pending.errors![0].message).toMatch(/waiting for/);

    const newcomerUser = await signedInUser(app, 'MUNICIPALITY_MEMBER', {
      organizationId: newcomer.organizationId,
    });
    const yes = await respond(newcomerUser.token, newcomer.id, true, {
      commitment: { personMonths: 4, contactPersonFreed: true },
    });
    expect(yes.errors).toBeUndefined();

    const ready = await consortium(id, broker.token);
    expect(ready.rulesHold).toBe(true);
    expect(ready.ruleChecks.every((r) => r.outcome === 'HOLDS')).toBe(true);
    const confirmed = await move(broker.token, { id, version: ready.version, status: 'CONFIRMED' });
    expect(confirmed.errors).toBeUndefined();
    const drafted = await move(broker.token, {
      id,
      version: confirmed.data!.changeConsortiumStatus.version,
      status: 'APPLICATION_DRAFT',
    });
    expect(drafted.errors).toBeUndefined();

    // Answers are closed once the consortium is confirmed.
    const late = await consortium(id, broker.token);
    expect(late.status).toBe('APPLICATION_DRAFT');
    expect(late.statusHistory.map((h) => h.toStatus)).toEqual([
      'FORMING',
      'CONFIRMED',
      'APPLICATION_DRAFT',
    ]);
    expect(late.statusHistory.every((h) => h.changedBy === broker.userId)).toBe(true);
  });

  it('frees a declining research group’s capacity and never suggests the decliner again', async () => {
    const world = await createProposalWorld(ds, { groups: 1, municipalities: 2 });
    const formed = { id: await acceptProposal(app, world.proposalId) };
    const researcher = await signedInUser(app, 'RESEARCHER', {
      organizationId: world.groups[0].orgId,
    });
    const view = await consortium(formed.id, researcher.token);
    const mine = view.members.find((m) => m.organizationId === world.groups[0].orgId)!;
    const usedBefore = await used(world.groups[0].profileId);
    const res = await respond(researcher.token, mine.id, false);
    expect(res.errors).toBeUndefined();
    expect(await used(world.groups[0].profileId)).toBe(usedBefore - 1);
    const replacement = res.data!.respondToConsortiumInvitation.replacement!;
    // Whatever the engine finds in the shared arena counties, it is never the decliner.
    expect(['SUGGESTED', 'NONE_FOUND']).toContain(replacement.status);
    expect(replacement.organization?.id ?? null).not.toBe(world.groups[0].orgId);
    expect(replacement.explanation.length).toBeGreaterThan(20);
  });

  async function used(profileId: string): Promise<number> {
    const [{ n }] = await ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM consortium_members m JOIN consortia c ON c.id = m.consortium_id
        WHERE m.competence_profile_id = $1 AND m.response <> 'DECLINED' AND c.status NOT IN ('DISSOLVED', 'NOT_FUNDED')`,
      [profileId],
    );
    return n;
  }
});
