import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { JobName } from '@brobygger/queue';
import { generateProblem } from '../../bench/matching/generator';
import { loadGenerated } from '../../bench/queue/load-generated';
import { openTestDataSource } from '../setup/test-data-source';
import { enqueueRun, openTestQueue } from './support/queue-client';
import { waitFor } from './support/wait-for';
import { startWorker, WorkerProcess } from './support/worker-process';

const SHARD_SIZE = 16;

/**
 * A run above SHARD_NEEDS_ABOVE is a BullMQ flow: its needs are scored in shards by two real worker processes, then
 * formed and packed in the run's job. Its stored proposals must equal those of a single-process run of the same
 * arena (real PostgreSQL and Redis).
 */
describe('flow runs (needs scored in shards on several workers)', () => {
  let ds: DataSource;
  let runs: MatchRunRepository;
  let queue: Queue;
  let arenaId: string;
  let generatedNeeds: number;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    ds = await openTestDataSource();
    runs = new MatchRunRepository(ds);
    queue = openTestQueue();
    // 60 needs, 24 research groups in three counties, planted consortia among them
    const { problem } = generateProblem({ scale: 'small', seed: 5 });
    ({ arenaId } = await loadGenerated(ds, problem, `flow-spec-${Date.now()}`));
    generatedNeeds = problem.needs.length;
  });

  beforeEach(async () => {
    await queue.drain(true);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
  });

  afterAll(async () => {
    await queue.close();
    await ds.destroy();
  });

  async function runToEnd(): Promise<MatchRunEntity> {
    const run = await runs.create({ arenaId, projectType: null, settings: {}, requestedBy: null });
    await enqueueRun(queue, run.id);
    const done = await waitFor(
      () => runs.findById(run.id),
      (r) => r?.status === 'SUCCEEDED' || r?.status === 'FAILED',
      { what: 'the run to finish', timeoutMs: 150_000 },
    );
    expect(done?.error ?? null).toBeNull();
    expect(done?.status).toBe('SUCCEEDED');
    return done!;
  }

  /** Everything the run stored, without ids and times: proposals with their members, and the unmatched needs. */
  async function storedResult(runId: string): Promise<unknown> {
    const proposals = await ds.query(
      `SELECT p.rank, p.project_type, p.score, p.components, p.explanation, p.lead_organization_id,
         (SELECT json_agg(json_build_array(m.role, m.organization_id, m.knowledge_need_id, m.competence_profile_id, m.position)
                  ORDER BY m.role, m.position, m.organization_id)
            FROM consortium_proposal_members m WHERE m.proposal_id = p.id) AS members
       FROM consortium_proposals p WHERE p.match_run_id = $1 ORDER BY p.rank`,
      [runId],
    );
    const unmatched = await ds.query(
      `SELECT knowledge_need_id, reason FROM match_run_unmatched_needs WHERE match_run_id = $1
       ORDER BY knowledge_need_id`,
      [runId],
    );
    return { proposals, unmatched };
  }

  const shardLogs = (w: WorkerProcess) =>
    w.logEntries().filter((e) => /^scored needs/.test(String(e.msg)));

  it('stores the same proposals as a single-process run of the same arena', async () => {
    const flowEnv = { SHARD_NEEDS_ABOVE: '0', SHARD_SIZE: String(SHARD_SIZE) };
    workers.push(...(await Promise.all([startWorker(flowEnv), startWorker(flowEnv)])));
    const flowRun = await runToEnd();
    const flowRunId = flowRun.id;
    // the arena spans every county, so it also holds the open needs other specs left in the shared database
    expect(flowRun.needCount).toBeGreaterThanOrEqual(generatedNeeds);
    const shards = Math.ceil(flowRun.needCount! / SHARD_SIZE);
    // every shard scored once, by whichever worker took it, as a child of the run's job
    expect(workers.flatMap(shardLogs)).toHaveLength(shards);
    const children = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        queue.getJob(`${flowRunId}-shard-${i * SHARD_SIZE}`),
      ),
    );
    for (const child of children) {
      expect(child?.name).toBe(JobName.ScoreShard);
      expect(child?.parent?.id).toBe(flowRunId);
      expect(await child?.getState()).toBe('completed');
    }
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    const flowResult = await storedResult(flowRunId);
    expect((flowResult as { proposals: unknown[] }).proposals.length).toBeGreaterThan(0);
    // A run keeps an earlier run's open proposal with the same members instead of storing it again (issue 9):
    // without the flow run's proposals, the single-process run stores all of its own.
    await ds.query(`DELETE FROM consortium_proposals WHERE match_run_id = $1`, [flowRunId]);

    const single = await startWorker({ SHARD_NEEDS_ABOVE: '1000000' });
    workers.push(single);
    const singleRunId = (await runToEnd()).id;
    expect(shardLogs(single)).toHaveLength(0);

    expect(flowResult).toEqual(await storedResult(singleRunId));
  }, 400_000);
});
