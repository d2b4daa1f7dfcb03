import type { Job } from 'bullmq';
import { loadConfig } from '@brobygger/config';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';
import { JobName, MatchingQueue } from '@brobygger/queue';
import { generateProblem } from '../../bench/matching/generator';
import { loadGenerated } from '../../bench/queue/load-generated';
import { enqueueRun } from './support/queue-client';
import { waitFor } from './support/wait-for';
import { WorkerProcess } from './support/worker-process';
import { useWorkerTestBed } from './support/worker-test-bed';

const SHARD_SIZE = 16;
const FLOW_ENV = { SHARD_NEEDS_ABOVE: '0', SHARD_SIZE: String(SHARD_SIZE) };
/** One job at a time, each shard held (until its run ends or the hold runs out) before it scores. */
const HELD_SHARDS_ENV = {
  ...FLOW_ENV,
  WORKER_CONCURRENCY: '1',
  MATCHER_TEST_SHARD_HOLD_MS: '60000',
};

/**
 * A run above SHARD_NEEDS_ABOVE is a BullMQ flow: its needs are scored in shards by real worker processes, then
 * formed and packed in the run's job. Its stored proposals must equal those of a single-process run of the same
 * arena, also when a shard had to be retried; a cancelled or failed flow leaves nothing behind (real PostgreSQL
 * and Redis).
 */
describe('flow runs (needs scored in shards on several workers)', () => {
  const bed = useWorkerTestBed();
  /** The run snapshots in Redis, as the workers see them. */
  let snapshots: MatchingQueue;
  let arenaId: string;
  let generatedNeeds: number;
  /** What a single-process run of the arena stores (the flow runs must store the same). */
  let singleResult: { proposals: unknown[]; unmatched: unknown[] };

  beforeAll(async () => {
    snapshots = new MatchingQueue(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
    // 60 needs, 24 research groups in three counties, planted consortia among them
    const { problem } = generateProblem({ scale: 'small', seed: 5 });
    ({ arenaId } = await loadGenerated(bed.ds, problem, `flow-spec-${Date.now()}`));
    generatedNeeds = problem.needs.length;
    await bed.queue.drain(true);
    singleResult = await singleProcessResult();
  });

  // A run keeps an earlier run's open proposal with the same members instead of storing it again (issue 9): each
  // test starts without the proposals of the tests before it.
  beforeEach(async () => {
    await forgetProposals();
  });

  afterAll(async () => {
    await snapshots.close();
  });

  async function forgetProposals(): Promise<void> {
    await bed.ds.query(
      `DELETE FROM consortium_proposals WHERE match_run_id IN (SELECT id FROM match_runs WHERE arena_id = $1)`,
      [arenaId],
    );
  }

  async function startRun(): Promise<string> {
    const run = await bed.runs.create({
      arenaId,
      projectType: null,
      settings: {},
      requestedBy: null,
    });
    await enqueueRun(bed.queue, run.id);
    return run.id;
  }

  const ended = (r: MatchRunEntity | null) =>
    r?.status === 'SUCCEEDED' || r?.status === 'FAILED' || r?.status === 'CANCELLED';

  async function runToEnd(): Promise<MatchRunEntity> {
    const runId = await startRun();
    const done = await waitFor(() => bed.runs.findById(runId), ended, {
      what: 'the run to finish',
      timeoutMs: 45_000,
    });
    expect(done?.error ?? null).toBeNull();
    expect(done?.status).toBe('SUCCEEDED');
    return done!;
  }

  /** Everything the run stored, without ids and times: proposals with their members, and the unmatched needs. */
  async function storedResult(
    runId: string,
  ): Promise<{ proposals: unknown[]; unmatched: unknown[] }> {
    const proposals = await bed.ds.query<unknown[]>(
      `SELECT p.rank, p.project_type, p.score, p.components, p.explanation, p.lead_organization_id,
         (SELECT json_agg(json_build_array(m.role, m.organization_id, m.knowledge_need_id, m.competence_profile_id, m.position)
                  ORDER BY m.role, m.position, m.organization_id)
            FROM consortium_proposal_members m WHERE m.proposal_id = p.id) AS members
       FROM consortium_proposals p WHERE p.match_run_id = $1 ORDER BY p.rank`,
      [runId],
    );
    const unmatched = await bed.ds.query<unknown[]>(
      `SELECT knowledge_need_id, reason FROM match_run_unmatched_needs WHERE match_run_id = $1
       ORDER BY knowledge_need_id`,
      [runId],
    );
    return { proposals, unmatched };
  }

  async function singleProcessResult(): Promise<{ proposals: unknown[]; unmatched: unknown[] }> {
    const single = await bed.startWorker({ SHARD_NEEDS_ABOVE: '1000000' });
    const singleRunId = (await runToEnd()).id;
    await Promise.all(bed.workers.splice(0).map((w) => w.stop('SIGKILL')));
    expect(shardLogs(single)).toHaveLength(0);
    const result = await storedResult(singleRunId);
    expect(result.proposals.length).toBeGreaterThan(0);
    return result;
  }

  const shardLogs = (w: WorkerProcess) =>
    w.logEntries().filter((e) => /^scored needs/.test(String(e.msg)));

  /** The run's ScoreShard jobs (ids from the run and the shard's first need). */
  async function shardJobs(runId: string): Promise<Job[]> {
    const { needCount } = (await waitFor(
      () => bed.runs.findById(runId),
      (r) => r?.needCount != null,
      { what: 'the run to be loaded' },
    ))!;
    const jobs = await Promise.all(
      Array.from({ length: Math.ceil(needCount! / SHARD_SIZE) }, (_, i) =>
        bed.queue.getJob(`${runId}-shard-${i * SHARD_SIZE}`),
      ),
    );
    for (const job of jobs) {
      expect(job?.name).toBe(JobName.ScoreShard);
      expect(job?.parent?.id).toBe(runId);
    }
    return jobs as Job[];
  }

  /** Wait until the run's shards are all done (none waiting, delayed or active) and return their states. */
  async function finishedShards(runId: string): Promise<Array<{ job: Job; state: string }>> {
    return waitFor(
      async () =>
        Promise.all(
          (await shardJobs(runId)).map(async (job) => ({ job, state: await job.getState() })),
        ),
      (shards) => shards.every((s) => s.state === 'completed' || s.state === 'failed'),
      { what: 'every shard job to end' },
    );
  }

  /** Wait until a worker holds one of the run's shards (HELD_SHARDS_ENV). */
  async function heldShard(runId: string): Promise<void> {
    await waitFor(
      async () =>
        (await bed.queue.getJobs(['active'])).filter(
          (j) => j.name === JobName.ScoreShard && j.data.matchRunId === runId,
        ),
      (active) => active.length === 1,
      { what: 'a shard of the run to be held' },
    );
  }

  it('stores the same proposals as a single-process run of the same arena', async () => {
    const flowWorkers = await Promise.all([bed.startWorker(FLOW_ENV), bed.startWorker(FLOW_ENV)]);
    const flowRun = await runToEnd();
    // the arena spans every county, so it also holds the open needs other specs left in the shared database
    expect(flowRun.needCount).toBeGreaterThanOrEqual(generatedNeeds);
    // every shard scored once, by whichever worker took it, as a child of the run's job
    const shards = await finishedShards(flowRun.id);
    expect(shards.map((s) => s.state)).toEqual(shards.map(() => 'completed'));
    expect(flowWorkers.flatMap(shardLogs)).toHaveLength(shards.length);
    // the run's job prepared the model; a worker that did not rebuilt it from the snapshot, which is gone now
    expect(await snapshots.loadRunProblem(flowRun.id)).toBeNull();
    const flowResult = await storedResult(flowRun.id);

    expect(flowResult).toEqual(singleResult);
  });

  it('cancels a flow run while its shards are pending and running: nothing stored, no shard job left', async () => {
    const worker = await bed.startWorker(HELD_SHARDS_ENV);
    const runId = await startRun();
    await heldShard(runId);
    // as the API cancels a run (MatchRunsService.cancel)
    expect(await bed.runs.markCancelled(runId)).not.toBeNull();
    await snapshots.publishCancel(runId);

    // the run's job ends without forming: its shards stop, its formation step skips the cancelled run
    const runJob = await waitFor(
      async () => {
        const job = await bed.queue.getJob(runId);
        return { job, state: await job?.getState() };
      },
      (j) => j.state === 'completed' || j.state === 'failed',
      { what: 'the run job to end' },
    );
    expect(runJob.state).toBe('completed');
    expect(runJob.job?.returnvalue).toMatchObject({ outcome: 'SKIPPED' });
    const shards = await finishedShards(runId);
    expect(shards.length).toBeGreaterThan(1);
    for (const { job, state } of shards) {
      expect(state).toBe('completed');
      expect(job.returnvalue).toBeNull();
    }
    expect(shardLogs(worker)).toHaveLength(0);
    const left = await bed.queue.getJobCounts(
      'waiting',
      'active',
      'delayed',
      'prioritized',
      'waiting-children',
    );
    expect(Object.values(left).every((n) => n === 0)).toBe(true);
    expect(await snapshots.loadRunProblem(runId)).toBeNull();

    const run = await bed.runs.findById(runId);
    expect(run).toMatchObject({ status: 'CANCELLED', proposalCount: null });
    expect((await storedResult(runId)).proposals).toHaveLength(0);
  });

  it('fails a flow run whose shard cannot be scored after its retries, with the reason', async () => {
    // the run job's worker holds the model and its first shard; a shard attempt on another worker must rebuild the
    // model from the run's snapshot, which is gone (deleted here, as when Redis evicts or loses it)
    const holder = await bed.startWorker({ ...HELD_SHARDS_ENV, MATCH_JOB_ATTEMPTS: '2' });
    const runId = await startRun();
    await heldShard(runId);
    await snapshots.deleteRunProblem(runId);
    await bed.startWorker({ ...FLOW_ENV, WORKER_CONCURRENCY: '1' });

    const run = await waitFor(() => bed.runs.findById(runId), ended, {
      what: 'the run to fail',
    });
    expect(run).toMatchObject({ status: 'FAILED', proposalCount: null });
    expect(run!.error).toMatch(
      /^scoring needs \d+–\d+ failed after 2 attempts: the problem snapshot of this flow run is gone from Redis$/,
    );
    // the shard's retries per the queue's policy (the attempts of the worker that added the shards), then the run job
    // fails with it (failParentOnFailure); the held shard and those still waiting stop without scoring
    const shards = await finishedShards(runId);
    const failed = shards.filter((s) => s.state === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const { job } of failed) {
      expect(job.attemptsMade).toBe(2);
      expect(job.failedReason).toBe('the problem snapshot of this flow run is gone from Redis');
    }
    for (const { job } of shards.filter((s) => s.state === 'completed'))
      expect(job.returnvalue).toBeNull();
    expect(shardLogs(holder)).toHaveLength(0);
    expect(
      await waitFor(
        () => bed.queue.getJobState(runId),
        (s) => s === 'failed',
        { what: 'the run job to fail' },
      ),
    ).toBe('failed');
    expect((await storedResult(runId)).proposals).toHaveLength(0);
  });

  it('retries a shard that failed once and stores the same proposals as a single-process run', async () => {
    // shards are retried 3 s after a failure (the backoff of the worker that added them)
    const holder = await bed.startWorker({ ...HELD_SHARDS_ENV, MATCH_JOB_BACKOFF_MS: '3000' });
    const runId = await startRun();
    await heldShard(runId);
    const snapshot = await snapshots.loadRunProblem(runId);
    expect(snapshot).not.toBeNull();
    await snapshots.deleteRunProblem(runId);
    const other = await bed.startWorker({ ...FLOW_ENV, WORKER_CONCURRENCY: '1' });
    // a shard attempt on the other worker fails (no snapshot to rebuild the model from) …
    const failedOnce = await waitFor(
      async () => (await shardJobs(runId)).filter((j) => j.failedReason),
      (jobs) => jobs.length > 0,
      { what: 'a shard to fail once', intervalMs: 50 },
    );
    expect(failedOnce[0].failedReason).toBe(
      'the problem snapshot of this flow run is gone from Redis',
    );
    // … the snapshot is back before its retry; the holder crashes, and the other worker takes its shard over too
    await snapshots.saveRunProblem(runId, snapshot!);
    await holder.stop('SIGKILL');

    const run = await waitFor(() => bed.runs.findById(runId), ended, {
      what: 'the run to finish',
      timeoutMs: 45_000,
    });
    expect(run?.error ?? null).toBeNull();
    expect(run?.status).toBe('SUCCEEDED');
    const shards = await finishedShards(runId);
    expect(shards.map((s) => s.state)).toEqual(shards.map(() => 'completed'));
    expect(shardLogs(other)).toHaveLength(shards.length);
    const retried = await bed.queue.getJob(failedOnce[0].id!);
    expect(retried?.attemptsMade).toBeGreaterThan(1);
    const flowResult = await storedResult(runId);

    expect(flowResult).toEqual(singleResult);
  });
});
