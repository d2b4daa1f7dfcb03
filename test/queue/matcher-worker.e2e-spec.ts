import { JobName } from '@brobygger/queue';
import { arenaScope, createMatchableArena } from './support/matching-fixtures';
import { enqueueRun } from './support/queue-client';
import { waitFor } from './support/wait-for';
import { useWorkerTestBed } from './support/worker-test-bed';

/**
 * The real worker process against real PostgreSQL and Redis, driven straight through the queue (the GraphQL path
 * is covered by match-runs.e2e-spec.ts): retries, crashes, duplicate deliveries and two workers.
 */
describe('matcher worker', () => {
  const bed = useWorkerTestBed();
  const { workers } = bed;

  const runStatus = (id: string) => bed.runs.findById(id);
  const proposalRows = (runId: string) =>
    bed.ds.query<Array<{ id: string; rank: number }>>(
      `SELECT id, rank FROM consortium_proposals WHERE match_run_id = $1 ORDER BY rank`,
      [runId],
    );

  async function newRun(arenaId: string): Promise<string> {
    const run = await bed.runs.create({
      arenaId,
      projectType: null,
      settings: {},
      requestedBy: null,
    });
    return run.id;
  }

  it('runs a queued match run to SUCCEEDED with proposals, counts and timings', async () => {
    const fixture = await createMatchableArena(bed.ds);
    const worker = await bed.startWorker();
    const runId = await newRun(fixture.arenaId);
    await enqueueRun(bed.queue, runId);
    const run = await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'SUCCEEDED' || r?.status === 'FAILED',
      {
        what: 'the run to finish',
      },
    );
    expect(run?.error ?? null).toBeNull();
    const scope = await arenaScope(bed.ds, fixture.arenaId);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      phase: 'DONE',
      progress: 100,
      attempts: 1,
      needCount: scope.needIds.size,
      profileCount: scope.profileIds.size,
    });
    expect(run!.proposalCount).toBeGreaterThan(0);
    expect(run!.objective).toEqual(expect.any(Number));
    expect(run!.upperBound).toBeGreaterThanOrEqual(run!.objective! - 1e-6);
    for (const key of ['queueWaitMs', 'loadMs', 'engineMs', 'saveMs'] as const)
      expect(run![key]).toEqual(expect.any(Number));
    expect(await proposalRows(runId)).toHaveLength(run!.proposalCount!);
    const [members] = await bed.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM consortium_proposal_members m JOIN consortium_proposals p ON p.id = m.proposal_id WHERE p.match_run_id = $1`,
      [runId],
    );
    expect(members.n).toBeGreaterThan(run!.proposalCount!);
    // JSON log lines (pino), the run id as a field.
    const entries = worker.logEntries();
    expect(entries).toContainEqual(
      expect.objectContaining({ runId, msg: expect.stringMatching(/^succeeded:/) }),
    );
  });

  it('retries a failing run and marks it FAILED with a readable reason after the last attempt', async () => {
    const fixture = await createMatchableArena(bed.ds);
    await bed.startWorker();
    const runId = await newRun(fixture.arenaId);
    // Invalid stored data the engine refuses (written past the API's validation): a malformed setting.
    await bed.ds.query(
      `UPDATE match_runs SET settings = '{"minAffinity": "high"}'::jsonb WHERE id = $1`,
      [runId],
    );
    await enqueueRun(bed.queue, runId, 3);
    const run = await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'FAILED' || r?.status === 'SUCCEEDED',
      {
        what: 'the run to fail',
      },
    );
    expect(run!.status).toBe('FAILED');
    expect(run!.attempts).toBe(3);
    expect(run!.error).toMatch(/^invalid stored settings of the run: settings\.minAffinity: /);
    expect(run!.error).toContain('failed 3 of 3 attempts');
    // The run row is marked FAILED inside the last attempt; BullMQ moves the job to `failed` just after it.
    const state = await waitFor(
      () => bed.queue.getJobState(runId),
      (s) => s !== 'active',
      { what: 'the job to leave the active state' },
    );
    expect(state).toBe('failed');
    expect((await bed.queue.getJob(runId))!.attemptsMade).toBe(3);
  });

  it('hands the run of a worker killed with SIGKILL mid-run to another worker, which completes it', async () => {
    const fixture = await createMatchableArena(bed.ds);
    const doomed = await bed.startWorker({ MATCHER_TEST_HOLD_MS: '60000' });
    const runId = await newRun(fixture.arenaId);
    await enqueueRun(bed.queue, runId);
    await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'RUNNING' && r.phase === 'LOADING',
      { what: 'the run to start' },
    );
    await doomed.stop('SIGKILL');
    await bed.startWorker();
    const run = await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'SUCCEEDED' || r?.status === 'FAILED',
      {
        timeoutMs: 45_000,
        what: 'the second worker to finish the run',
      },
    );
    expect(run!.status).toBe('SUCCEEDED');
    expect(run!.attempts).toBe(2);
    expect(await proposalRows(runId)).toHaveLength(run!.proposalCount!);
  });

  it('finishes the active run on SIGTERM before the worker exits', async () => {
    const fixture = await createMatchableArena(bed.ds);
    const worker = await bed.startWorker({ MATCHER_TEST_HOLD_MS: '2000' });
    const runId = await newRun(fixture.arenaId);
    await enqueueRun(bed.queue, runId);
    await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'RUNNING',
      { what: 'the run to start' },
    );
    const exitCode = await worker.stop('SIGTERM');
    // Nest re-raises the signal after its shutdown hooks ran, so the process ends by SIGTERM (not by a crash).
    expect([0, 'SIGTERM']).toContain(exitCode);
    const run = await runStatus(runId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });

  it('keeps one set of proposals when the same run is delivered twice at once', async () => {
    const fixture = await createMatchableArena(bed.ds);
    const runId = await newRun(fixture.arenaId);
    // Adding the same job id twice is a no-op in BullMQ …
    await enqueueRun(bed.queue, runId);
    await enqueueRun(bed.queue, runId);
    expect(
      (await bed.queue.getJobs(['waiting', 'prioritized', 'delayed', 'active'])).filter(
        (j) => j.data.matchRunId === runId,
      ),
    ).toHaveLength(1);
    // … so force a true duplicate delivery: a second job for the same run, processed concurrently.
    await bed.queue.add(
      JobName.StartMatchRun,
      { matchRunId: runId },
      { jobId: `${runId}-duplicate`, attempts: 1 },
    );
    await bed.startWorker({ WORKER_CONCURRENCY: '2' });
    const run = await waitFor(
      () => runStatus(runId),
      (r) => r?.status === 'SUCCEEDED' || r?.status === 'FAILED',
      {
        what: 'the run to finish',
      },
    );
    expect(run!.status).toBe('SUCCEEDED');
    await waitFor(
      async () =>
        Promise.all(
          [bed.queue.getJob(runId), bed.queue.getJob(`${runId}-duplicate`)].map(async (j) =>
            (await j)?.getState(),
          ),
        ),
      (states) => states.every((s) => s === 'completed' || s === undefined),
      { what: 'both deliveries to complete' },
    );
    const rows = await proposalRows(runId);
    expect(rows).toHaveLength(run!.proposalCount!);
    expect(new Set(rows.map((r) => r.rank)).size).toBe(rows.length);
  });

  it('shares many runs between two workers: all succeed, none duplicated', async () => {
    const fixture = await createMatchableArena(bed.ds);
    // Locks long enough that no run stalls under CPU contention: every run must be processed exactly once.
    const env = { WORKER_CONCURRENCY: '2', WORKER_LOCK_DURATION_MS: '60000' };
    await bed.startWorker(env);
    await bed.startWorker(env);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await newRun(fixture.arenaId));
    for (const id of ids) await enqueueRun(bed.queue, id);
    const finished = await waitFor(
      () =>
        bed.ds.query<Array<{ status: string; attempts: number; proposal_count: number }>>(
          `SELECT status, attempts, proposal_count FROM match_runs WHERE id = ANY($1::uuid[])`,
          [ids],
        ),
      (rows) => rows.every((r) => r.status === 'SUCCEEDED' || r.status === 'FAILED'),
      { timeoutMs: 60_000, what: 'all runs to finish' },
    );
    expect(finished.map((r) => r.status)).toEqual(ids.map(() => 'SUCCEEDED'));
    expect(finished.every((r) => r.attempts === 1)).toBe(true);
    const [{ dupes }] = await bed.ds.query<Array<{ dupes: number }>>(
      `SELECT count(*)::int AS dupes FROM (SELECT match_run_id, rank FROM consortium_proposals WHERE match_run_id = ANY($1::uuid[])
         GROUP BY 1, 2 HAVING count(*) > 1) d`,
      [ids],
    );
    expect(dupes).toBe(0);
    const [{ total }] = await bed.ds.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM consortium_proposals WHERE match_run_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(total).toBe(finished.reduce((s, r) => s + r.proposal_count, 0));
    const byWorker = workers.map((w) => (w.output().match(/succeeded:/g) ?? []).length);
    expect(byWorker.every((n) => n > 0)).toBe(true);
    // budget: two worker starts (each up to 60 s on a loaded machine) and the 60 s wait for the runs
  }, 180_000);
});
