import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../setup/test-data-source';
import { createArena } from '../factories';
import { adminToken, errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { arenaScope, createMatchableArena } from './support/matching-fixtures';
import { openTestQueue } from './support/queue-client';
import { waitFor } from './support/wait-for';
import { startWorker, WorkerProcess } from './support/worker-process';

/** The regular worker of this spec: no stalled-job tests here, so a lock that survives CPU contention. */
const STEADY_WORKER_ENV = { WORKER_CONCURRENCY: '2', WORKER_LOCK_DURATION_MS: '60000' };

const RUN_FIELDS = `id arenaId status phase progress attempts error objective upperBound optimalityGap trigger
  counts { needs profiles proposals unmatchedNeeds } timings { queueWaitMs loadMs engineMs saveMs }`;

/**
 * GraphQL → queue → real worker process → PostgreSQL → GraphQL, on real PostgreSQL and Redis.
 */
describe('match runs over GraphQL', () => {
  let ds: DataSource;
  let api: TestApp;
  let worker: WorkerProcess;
  const previousDebounce = process.env.MATCH_RERUN_DEBOUNCE_MS;

  beforeAll(async () => {
    process.env.MATCH_RERUN_DEBOUNCE_MS = '1000';
    ds = await openTestDataSource();
    api = await startTestApp();
    worker = await startWorker(STEADY_WORKER_ENV);
  });

  afterAll(async () => {
    await worker?.stop('SIGTERM');
    await api?.close();
    await ds?.destroy();
    if (previousDebounce === undefined) delete process.env.MATCH_RERUN_DEBOUNCE_MS;
    else process.env.MATCH_RERUN_DEBOUNCE_MS = previousDebounce;
  });

  async function startRun(input: Record<string, unknown>) {
    return gql<{ startMatchRun: { id: string; status: string } }>(
      api,
      `mutation ($input: StartMatchRunInput!) { startMatchRun(input: $input) { id status phase progress } }`,
      { input },
    );
  }

  async function runById(id: string) {
    const res = await gql<{ matchRun: Record<string, unknown> & { status: string } }>(
      api,
      `query ($id: ID!) { matchRun(id: $id) { ${RUN_FIELDS} } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.matchRun;
  }

  /** Removes the jobs other specs left waiting or delayed (runs they queued with no worker running). */
  async function drainQueue(): Promise<void> {
    const queue = openTestQueue();
    try {
      await queue.drain(true);
    } finally {
      await queue.close();
    }
  }

  const finished = (r: { status: string }) =>
    ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status);

  describe('startMatchRun', () => {
    it('queues a run that the worker completes, with proposals, members and unmatched needs readable over GraphQL', async () => {
      const fixture = await createMatchableArena(ds);
      const started = await startRun({ arenaId: fixture.arenaId });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startMatchRun.status).toBe('QUEUED');
      const id = started.data!.startMatchRun.id;

      const run = await waitFor(() => runById(id), finished, { what: 'the run to finish' });
      expect(run).toMatchObject({
        status: 'SUCCEEDED',
        phase: 'DONE',
        progress: 100,
        attempts: 1,
        error: null,
        trigger: 'MANUAL',
      });
      const scope = await arenaScope(ds, fixture.arenaId);
      expect(run.counts).toMatchObject({
        needs: scope.needIds.size,
        profiles: scope.profileIds.size,
      });
      expect((run.counts as { proposals: number }).proposals).toBeGreaterThan(0);
      expect(run.optimalityGap).toEqual(expect.any(Number));
      for (const t of Object.values(run.timings as Record<string, number | null>))
        expect(t).toEqual(expect.any(Number));

      const list = await gql<{
        consortiumProposals: {
          totalCount: number;
          edges: Array<{
            node: {
              id: string;
              status: string;
              score: number;
              explanation: string;
              projectType: string;
              components: { relevance: number; coverage: number };
              leadOrganization: { id: string; name: string };
              members: Array<{
                role: string;
                organization: { name: string };
                knowledgeNeed: { id: string; title: string } | null;
                competenceProfile: { id: string; title: string } | null;
              }>;
            };
          }>;
        };
      }>(
        api,
        `query ($filter: ConsortiumProposalFilter) { consortiumProposals(filter: $filter, first: 50) { totalCount edges { node {
           id status score explanation projectType components { relevance coverage cohesion diversity }
           leadOrganization { id name }
           members { role organization { name } knowledgeNeed { id title } competenceProfile { id title } } } } } }`,
        { filter: { matchRunId: id } },
      );
      expect(list.errors).toBeUndefined();
      const proposals = list.data!.consortiumProposals.edges.map((e) => e.node);
      expect(proposals).toHaveLength((run.counts as { proposals: number }).proposals);
      for (const p of proposals) {
        expect(p.status).toBe('PROPOSED');
        expect(p.explanation.length).toBeGreaterThan(10);
        const needs = p.members.filter((m) => m.role === 'NEED');
        const groups = p.members.filter((m) => m.role === 'RESEARCH_GROUP');
        expect(needs.length).toBeGreaterThan(0);
        expect(groups.length).toBeGreaterThan(0);
        for (const m of needs) expect(scope.needIds.has(m.knowledgeNeed!.id)).toBe(true);
        for (const m of groups) expect(scope.profileIds.has(m.competenceProfile!.id)).toBe(true);
        expect(p.members.filter((m) => m.role === 'LEAD')).toHaveLength(1);
      }
      const unmatched = await gql<{
        matchRun: { unmatchedNeeds: Array<{ reason: string; knowledgeNeed: { id: string } }> };
      }>(
        api,
        `query ($id: ID!) { matchRun(id: $id) { unmatchedNeeds(first: 500) { reason knowledgeNeed { id } } } }`,
        { id },
      );
      expect(unmatched.errors).toBeUndefined();
      const placed = new Set(
        proposals.flatMap((p) =>
          p.members.filter((m) => m.knowledgeNeed).map((m) => m.knowledgeNeed!.id),
        ),
      );
      expect(placed.size + unmatched.data!.matchRun.unmatchedNeeds.length).toBe(scope.needIds.size);
      expect((run.counts as { unmatchedNeeds: number }).unmatchedNeeds).toBe(
        unmatched.data!.matchRun.unmatchedNeeds.length,
      );
      for (const u of unmatched.data!.matchRun.unmatchedNeeds)
        expect(u.reason.length).toBeGreaterThan(5);

      // The broker decides: accept one (its needs move to IN_CONSORTIUM), it cannot be accepted twice.
      const chosen = proposals[0];
      const accepted = await gql<{
        acceptConsortiumProposal: { status: string; decidedAt: string };
      }>(api, `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { status decidedAt } }`, {
        id: chosen.id,
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptConsortiumProposal.status).toBe('ACCEPTED');
      const needIds = chosen.members.filter((m) => m.knowledgeNeed).map((m) => m.knowledgeNeed!.id);
      const statuses = await ds.query<Array<{ status: string }>>(
        `SELECT status FROM knowledge_needs WHERE id = ANY($1::uuid[])`,
        [needIds],
      );
      expect(statuses.map((s) => s.status)).toEqual(needIds.map(() => 'IN_CONSORTIUM'));
      const again = await gql(
        api,
        `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { status } }`,
        { id: chosen.id },
      );
      expect(errorCode(again)).toBe('INVALID_STATE');

      // A later run leaves the accepted needs out and counts the used capacity.
      const second = await startRun({ arenaId: fixture.arenaId });
      const secondRun = await waitFor(() => runById(second.data!.startMatchRun.id), finished, {
        what: 'the second run',
      });
      expect(secondRun.status).toBe('SUCCEEDED');
      expect((secondRun.counts as { needs: number }).needs).toBe(
        scope.needIds.size - needIds.length,
      );
    });

    it('rejects a proposal with a reason', async () => {
      const fixture = await createMatchableArena(ds);
      const started = await startRun({
        arenaId: fixture.arenaId,
        projectType: 'INNOVATION_PROJECT',
        settings: { locale: 'en' },
      });
      expect(started.errors).toBeUndefined();
      const run = await waitFor(() => runById(started.data!.startMatchRun.id), finished, {
        what: 'the run',
      });
      expect(run.status).toBe('SUCCEEDED');
      const [proposal] = await ds.query<Array<{ id: string; project_type: string }>>(
        `SELECT id, project_type FROM consortium_proposals WHERE match_run_id = $1 ORDER BY rank LIMIT 1`,
        [run.id],
      );
      expect(proposal.project_type).toBe('INNOVATION_PROJECT');
      const empty = await gql(
        api,
        `mutation { rejectConsortiumProposal(id: "${proposal.id}", reason: "") { status } }`,
      );
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      const rejected = await gql<{
        rejectConsortiumProposal: { status: string; decisionReason: string };
      }>(
        api,
        `mutation ($id: ID!, $reason: String!) { rejectConsortiumProposal(id: $id, reason: $reason) { status decisionReason } }`,
        { id: proposal.id, reason: 'Kommunene har allerede et samarbeid.' },
      );
      expect(rejected.data!.rejectConsortiumProposal).toEqual({
        status: 'REJECTED',
        decisionReason: 'Kommunene har allerede et samarbeid.',
      });
    });

    it('explains in nynorsk with settings.locale nn, pins and exclusions checked against the arena', async () => {
      const fixture = await createMatchableArena(ds);
      const started = await startRun({
        arenaId: fixture.arenaId,
        settings: { locale: 'nn', excludeIds: [fixture.needIds[3]] },
      });
      expect(started.errors).toBeUndefined();
      const run = await waitFor(() => runById(started.data!.startMatchRun.id), finished, {
        what: 'the nynorsk run',
      });
      expect(run.status).toBe('SUCCEEDED');
      const [proposal] = await ds.query<Array<{ explanation: string }>>(
        `SELECT explanation FROM consortium_proposals WHERE match_run_id = $1 ORDER BY rank LIMIT 1`,
        [run.id],
      );
      expect(proposal.explanation).toMatch(/^Innovasjonsprosjektet er leidd av /);
      expect(proposal.explanation).not.toMatch(/ledet av|kommuner\b|FoU-miljøer/);
    });

    it('answers NOT_FOUND for an unknown arena and leaves no run behind', async () => {
      const res = await startRun({ arenaId: '00000000-0000-4000-8000-000000000000' });
      expect(errorCode(res)).toBe('NOT_FOUND');
      const [{ n }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM match_runs WHERE arena_id = '00000000-0000-4000-8000-000000000000'`,
      );
      expect(n).toBe(0);
    });

    it('answers BAD_USER_INPUT naming input.arenaId for an arena without open needs', async () => {
      // An arena whose counties hold no open needs (here: no counties at all yet).
      const arena = await createArena(ds, { countyNumbers: [] });
      const res = await startRun({ arenaId: arena.id });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.arenaId');
      expect(res.errors![0].message).toContain('no open knowledge needs');
      const [{ n }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM match_runs WHERE arena_id = $1`,
        [arena.id],
      );
      expect(n).toBe(0);
    });

    it('answers BAD_USER_INPUT naming the invalid setting and leaves no run behind', async () => {
      const fixture = await createMatchableArena(ds);
      for (const [settings, field] of [
        [{ minAffinity: 'high' }, 'input.settings.minAffinity'],
        [
          { sizes: { PRE_PROJECT: { maxMunicipalities: -1 } } },
          'input.settings.sizes.PRE_PROJECT.maxMunicipalities',
        ],
        [{ nonsense: true }, 'input.settings.nonsense'],
        [{ locale: 'se' }, 'input.settings.locale'],
        [
          { pins: [{ needIds: ['00000000-0000-4000-8000-000000000000'] }] },
          'input.settings.pins[0].needIds[0]',
        ],
        [{ excludeIds: ['not-in-this-arena'] }, 'input.settings.excludeIds[0]'],
      ] as const) {
        const res = await startRun({ arenaId: fixture.arenaId, settings });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.field).toBe(field);
      }
      const [{ n }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM match_runs WHERE arena_id = $1`,
        [fixture.arenaId],
      );
      expect(n).toBe(0);
    });
  });

  describe('matchRunUpdated', () => {
    it('pushes the run state over graphql-ws until it has succeeded', async () => {
      const fixture = await createMatchableArena(ds);
      const token = await adminToken(api);
      const client = createClient({
        url: `${api.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      try {
        const started = await startRun({ arenaId: fixture.arenaId });
        const id = started.data!.startMatchRun.id;
        const events: Array<{ status: string; phase: string; progress: number }> = [];
        await new Promise<void>((resolve, reject) => {
          client.subscribe<{
            matchRunUpdated: { status: string; phase: string; progress: number };
          }>(
            {
              query: `subscription ($id: ID!) { matchRunUpdated(id: $id) { status phase progress } }`,
              variables: { id },
            },
            {
              next: (value) => {
                if (value.errors) reject(new Error(JSON.stringify(value.errors)));
                if (value.data) events.push(value.data.matchRunUpdated);
              },
              error: reject,
              complete: resolve,
            },
          );
        });
        expect(events.length).toBeGreaterThan(0);
        expect(events[events.length - 1]).toEqual({
          status: 'SUCCEEDED',
          phase: 'DONE',
          progress: 100,
        });
        const progresses = events.map((e) => e.progress);
        expect([...progresses].sort((a, b) => a - b)).toEqual(progresses);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('cancelMatchRun', () => {
    it('cancels a queued run and removes its job from the queue', async () => {
      const fixture = await createMatchableArena(ds);
      await worker.stop('SIGTERM');
      const queue = openTestQueue();
      try {
        const started = await startRun({ arenaId: fixture.arenaId });
        const id = started.data!.startMatchRun.id;
        // run jobs carry a priority (fairness between arenas), so a queued one is `prioritized`
        expect(await (await queue.getJob(id))?.getState()).toBe('prioritized');
        const cancelled = await gql<{ cancelMatchRun: { status: string } }>(
          api,
          `mutation ($id: ID!) { cancelMatchRun(id: $id) { status } }`,
          { id },
        );
        expect(cancelled.data?.cancelMatchRun.status).toBe('CANCELLED');
        expect(await queue.getJob(id)).toBeUndefined();
        expect((await runById(id)).status).toBe('CANCELLED');
      } finally {
        await queue.close();
        worker = await startWorker(STEADY_WORKER_ENV);
      }
    });

    it('stops a running run and keeps it CANCELLED', async () => {
      const fixture = await createMatchableArena(ds);
      // Park the regular worker's competition: only the slow worker may take this run, and no run left queued
      // (or delayed) by another spec may reach it first.
      await worker.stop('SIGTERM');
      await drainQueue();
      const slow = await startWorker({ MATCHER_TEST_HOLD_MS: '60000' });
      try {
        const started = await startRun({ arenaId: fixture.arenaId });
        const id = started.data!.startMatchRun.id;
        await waitFor(
          () => runById(id),
          (r) => r.status === 'RUNNING',
          { what: 'the run to start' },
        );
        const cancelled = await gql<{ cancelMatchRun: { status: string } }>(
          api,
          `mutation ($id: ID!) { cancelMatchRun(id: $id) { status } }`,
          { id },
        );
        expect(cancelled.errors).toBeUndefined();
        expect(cancelled.data!.cancelMatchRun.status).toBe('CANCELLED');
        await waitFor(
          () => Promise.resolve(slow.logEntries()),
          (entries) => entries.some((e) => e.runId === id && e.msg === 'cancelled'),
          {
            what: 'the worker to stop the run',
          },
        );
        const run = await runById(id);
        expect(run.status).toBe('CANCELLED');
        const [{ n }] = await ds.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM consortium_proposals WHERE match_run_id = $1`,
          [id],
        );
        expect(n).toBe(0);
        const again = await gql(api, `mutation ($id: ID!) { cancelMatchRun(id: $id) { status } }`, {
          id,
        });
        expect(errorCode(again)).toBe('INVALID_STATE');
      } finally {
        await slow.stop('SIGTERM');
        worker = await startWorker(STEADY_WORKER_ENV);
      }
    }, 180_000); // two worker starts and two waits
  });

  describe('recommendations', () => {
    it('ranks profiles for a need and needs for a profile with the engine, with components and shared terms', async () => {
      const fixture = await createMatchableArena(ds);
      const forNeed = await gql<{
        recommendedCompetenceProfiles: Array<{
          score: number;
          sharedTerms: string[];
          components: { text: number; themes: number; region: number; projectType: number };
          competenceProfile: { id: string; title: string };
        }>;
      }>(
        api,
        `query ($id: ID!) { recommendedCompetenceProfiles(needId: $id, first: 3) {
           score sharedTerms components { text themes region projectType } competenceProfile { id title } } }`,
        { id: fixture.needIds[0] },
      );
      expect(forNeed.errors).toBeUndefined();
      const profiles = forNeed.data!.recommendedCompetenceProfiles;
      expect(profiles.length).toBeGreaterThan(0);
      expect(profiles.length).toBeLessThanOrEqual(3);
      // The welfare-technology profiles of this fixture (or of another spec's fixture in the same county) rank first.
      expect(profiles[0].competenceProfile.title).toMatch(
        /^(Velferdsteknologi og tjenesteinnovasjon|Eldreomsorg og digital helse)/,
      );
      // Shared terms are topic words of the need (words that most texts of the problem use are left out).
      expect(profiles[0].sharedTerms.length).toBeGreaterThan(0);
      for (const term of profiles[0].sharedTerms)
        expect(term).toMatch(/velferdsteknologi|tjeneste|digital|tilsyn|eldre|trygghet|hjemme/);
      expect(profiles.map((p) => p.score)).toEqual(
        [...profiles.map((p) => p.score)].sort((a, b) => b - a),
      );

      const forProfile = await gql<{
        recommendedKnowledgeNeeds: Array<{ score: number; knowledgeNeed: { title: string } }>;
      }>(
        api,
        `query ($id: ID!) { recommendedKnowledgeNeeds(profileId: $id, first: 5) { score knowledgeNeed { title } } }`,
        { id: fixture.profileIds[2] },
      );
      expect(forProfile.errors).toBeUndefined();
      expect(forProfile.data!.recommendedKnowledgeNeeds[0].knowledgeNeed.title).toBe(
        'Skolefravær og psykisk helse',
      );

      const unknown = await gql(
        api,
        `query { recommendedKnowledgeNeeds(profileId: "00000000-0000-4000-8000-000000000000") { score } }`,
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const tooMany = await gql(
        api,
        `query ($id: ID!) { recommendedKnowledgeNeeds(profileId: $id, first: 500) { score } }`,
        {
          id: fixture.profileIds[2],
        },
      );
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    });
  });

  describe('queue dashboard', () => {
    it('serves Bull Board at /admin/queues to an admin', async () => {
      const response = await fetch(`${api.url}/admin/queues`, {
        headers: { authorization: `Bearer ${await adminToken(api)}` },
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<html/i);
    });
  });

  describe('fairness between arenas', () => {
    const startedId = async (input: Record<string, unknown>): Promise<string> => {
      const started = await startRun(input);
      expect(started.errors).toBeUndefined();
      return started.data!.startMatchRun.id;
    };

    it('replaces the queued run of the same arena and project type, and says so on the replaced run', async () => {
      const fixture = await createMatchableArena(ds);
      await worker.stop('SIGTERM'); // nothing is taken from the queue meanwhile
      const queue = openTestQueue();
      try {
        const first = await startedId({
          arenaId: fixture.arenaId,
          projectType: 'INNOVATION_PROJECT',
        });
        const otherType = await startedId({ arenaId: fixture.arenaId, projectType: 'PRE_PROJECT' });
        const newer = await startedId({
          arenaId: fixture.arenaId,
          projectType: 'INNOVATION_PROJECT',
        });
        expect(await runById(first)).toMatchObject({
          status: 'CANCELLED',
          error: `replaced by a newer request (run ${newer})`,
        });
        expect(await queue.getJob(first)).toBeUndefined();
        expect((await runById(otherType)).status).toBe('QUEUED');
        expect((await runById(newer)).status).toBe('QUEUED');
      } finally {
        await queue.close();
        worker = await startWorker(STEADY_WORKER_ENV);
      }
    });

    it("starts another arena's run before the rest of a burst from one arena", async () => {
      const busy = await createMatchableArena(ds);
      const other = await createMatchableArena(ds, '50'); // another county: the busy arena keeps its open needs
      await worker.stop('SIGTERM');
      await drainQueue(); // only this test's runs in the line
      // one run at a time, each held for a second, so that the burst is still queued when the other run arrives
      const single = await startWorker({ WORKER_CONCURRENCY: '1', MATCHER_TEST_HOLD_MS: '1000' });
      try {
        const burst: string[] = [];
        for (const projectType of [null, 'PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'])
          burst.push(await startedId({ arenaId: busy.arenaId, projectType }));
        const lone = await startedId({ arenaId: other.arenaId });
        const rows = await waitFor(
          () =>
            ds.query<Array<{ id: string; status: string; started_at: Date }>>(
              `SELECT id, status, started_at FROM match_runs WHERE id = ANY($1::uuid[])`,
              [[...burst, lone]],
            ),
          (r) => r.length === 5 && r.every((run) => finished(run)),
          { what: 'the burst and the other run to finish', timeoutMs: 60_000 },
        );
        const startedAt = new Map(rows.map((r) => [r.id, r.started_at.getTime()]));
        const burstAhead = burst.filter((id) => startedAt.get(id)! < startedAt.get(lone)!);
        // at most the burst's first run (already taken when the other arena's run arrived) goes first
        expect(burstAhead.length).toBeLessThanOrEqual(1);
      } finally {
        await single.stop('SIGTERM');
        worker = await startWorker(STEADY_WORKER_ENV);
      }
    }, 180_000); // two worker starts and a minute-long wait
  });

  describe('freshness', () => {
    it('re-runs matching for the arena after a need is created (debounced)', async () => {
      const fixture = await createMatchableArena(ds, '18');
      const [org] = await ds.query<Array<{ organization_id: string }>>(
        `SELECT organization_id FROM knowledge_needs WHERE id = $1`,
        [fixture.needIds[0]],
      );
      for (const title of ['Velferdsteknologi for heimebuande', 'Digital heimeoppfølging']) {
        const created = await gql(
          api,
          `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id } }`,
          {
            input: {
              organizationId: org.organization_id,
              title,
              description:
                'Kommunen vil prøve ut velferdsteknologi og digitalt tilsyn i heimetenesta.',
              language: 'nn',
              themes: ['HEALTH_AND_CARE'],
              projectType: 'INNOVATION_PROJECT',
              status: 'OPEN',
            },
          },
        );
        expect(created.errors).toBeUndefined();
      }
      const runs = await waitFor(
        () =>
          ds.query<Array<{ id: string; status: string; trigger: string; need_count: number }>>(
            `SELECT id, status, trigger, need_count FROM match_runs WHERE arena_id = $1`,
            [fixture.arenaId],
          ),
        (rows) => rows.length > 0 && rows.every((r) => ['SUCCEEDED', 'FAILED'].includes(r.status)),
        { timeoutMs: 30_000, what: 'the automatic re-run' },
      );
      // Two changes inside the debounce window → one re-run, which saw both new needs.
      expect(runs).toHaveLength(1);
      const scope = await arenaScope(ds, fixture.arenaId);
      expect(runs[0]).toMatchObject({
        trigger: 'REFRESH',
        status: 'SUCCEEDED',
        need_count: scope.needIds.size,
      });
    });
  });
});
