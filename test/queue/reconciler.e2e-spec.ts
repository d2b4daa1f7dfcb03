import { DataSource } from 'typeorm';
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '@brobygger/persistence/data-source';
import { dropDatabase } from '@brobygger/persistence/database-admin';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { MatchingQueue } from '@brobygger/queue';
import { OwnPostgres } from '../support/own-postgres';
import { OwnRedis } from '../support/own-redis';
import { createMigratedDatabase, withDatabaseName } from '../setup/test-database';
import { createMatchableArena } from './support/matching-fixtures';
import { waitFor } from './support/wait-for';
import { startWorker, WorkerProcess } from './support/worker-process';

/** The reconciler looks at every run of its database: these workers run every round, after one quiet second. */
const RECONCILER_ENV = { RECONCILE_EVERY_SECONDS: '1', RECONCILE_GRACE_SECONDS: '1' };

/** A producer like the API's, on the given Redis, prefix and database tuning of the worker under test. */
function producer(
  redisUrl: string,
  prefix: string,
  env: Record<string, string> = {},
): MatchingQueue {
  return new MatchingQueue(
    loadConfig({ REDIS_URL: redisUrl, BULL_PREFIX: prefix, LOG_LEVEL: 'silent', ...env }),
  );
}

/**
 * Fault tests of the reconciler (issue 14, item 5), each on instances of its own: a Redis that loses its data, and a
 * PostgreSQL that is down while a run fails. The shared servers are never stopped.
 */
describe('reconciler', () => {
  const workers: WorkerProcess[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
  });

  describe('when Redis lost its data', () => {
    let redis: OwnRedis;
    let databaseUrl: string;
    let ds: DataSource;
    let runs: MatchRunRepository;
    let queue: MatchingQueue;

    beforeAll(async () => {
      redis = await OwnRedis.start();
      // a database of its own: the reconciler acts on every run it finds, including other specs' runs
      databaseUrl = withDatabaseName(
        process.env.DATABASE_URL!,
        `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_reconcile`,
      );
      await createMigratedDatabase(databaseUrl);
      ds = createDataSource(databaseUrl, { extra: { max: 2 } });
      await ds.initialize();
      runs = new MatchRunRepository(ds);
      queue = producer(redis.url, process.env.BULL_PREFIX!);
    });
    afterAll(async () => {
      await queue?.close();
      await ds?.destroy();
      await redis?.stop();
      if (databaseUrl) await dropDatabase(databaseUrl);
    });

    it('queues a QUEUED or RUNNING run whose job vanished again, and fails one that used all its attempts', async () => {
      const fixture = await createMatchableArena(ds);
      const newRun = async (projectType: string | null) =>
        (
          await runs.create({
            arenaId: fixture.arenaId,
            projectType,
            settings: {},
            requestedBy: null,
          })
        ).id;
      const queued = await newRun(null);
      await queue.enqueueRun(queued, 1);
      // a run a worker had started (attempt 1 of 5), and one that had used all 5 attempts
      const running = await newRun('INNOVATION_PROJECT');
      const exhausted = await newRun('PRE_PROJECT');
      await ds.query(
        `UPDATE match_runs SET status = 'RUNNING', phase = 'SCORING', attempts = 1 WHERE id = $1`,
        [running],
      );
      await ds.query(
        `UPDATE match_runs SET status = 'RUNNING', phase = 'SCORING', attempts = 5 WHERE id = $1`,
        [exhausted],
      );
      expect((await queue.runJobState(queued)).state).toBe('prioritized');

      // Redis restarts without persistence: every job is gone, the rows still say QUEUED / RUNNING.
      await redis.stop();
      await redis.start();
      expect((await queue.runJobState(queued)).state).toBe('missing');

      const worker = await startWorker({
        ...RECONCILER_ENV,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
      });
      workers.push(worker);
      const final = (id: string) =>
        waitFor(
          () => runs.findById(id),
          (r) => r !== null && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status),
          { what: `run ${id} to end`, timeoutMs: 45_000 },
        );
      expect(await final(queued)).toMatchObject({ status: 'SUCCEEDED', attempts: 1, error: null });
      expect(await final(running)).toMatchObject({ status: 'SUCCEEDED', attempts: 2, error: null });
      const failed = await final(exhausted);
      expect(failed!.status).toBe('FAILED');
      expect(failed!.error).toBe(
        'its job was lost from the queue after 5 of 5 attempts (recorded by the reconciler)',
      );
      for (const runId of [queued, running])
        expect(worker.logEntries()).toContainEqual(
          expect.objectContaining({
            runId,
            msg: 'job missing: run queued again by the reconciler',
          }),
        );
    });
  });

  describe('when PostgreSQL was down while a run failed', () => {
    let pg: OwnPostgres;
    let ds: DataSource;
    let runs: MatchRunRepository;
    let queue: MatchingQueue;
    const prefix = `${process.env.BULL_PREFIX}:pg-outage`;
    const tuning = {
      MATCH_JOB_ATTEMPTS: '2',
      MATCH_JOB_BACKOFF_MS: '200',
      MATCH_JOB_BACKOFF_MAX_MS: '400',
    };

    beforeAll(async () => {
      pg = await OwnPostgres.start();
      await createMigratedDatabase(pg.url('brobygger'));
      ds = createDataSource(pg.url('brobygger'), { extra: { max: 2 } });
      await ds.initialize();
      runs = new MatchRunRepository(ds);
      queue = producer(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix, tuning);
    }, 120_000);
    afterAll(async () => {
      await queue?.close();
      await ds?.destroy().catch(() => undefined);
      await pg?.destroy();
    });

    it('fails a run left RUNNING by a failed job once the database answers again', async () => {
      const fixture = await createMatchableArena(ds);
      const run = await runs.create({
        arenaId: fixture.arenaId,
        projectType: null,
        settings: {},
        requestedBy: null,
      });
      const worker = await startWorker({
        ...RECONCILER_ENV,
        ...tuning,
        DATABASE_URL: pg.url('brobygger'),
        BULL_PREFIX: prefix,
        // hold the run in LOADING (checking its status every 100 ms) so the outage hits it mid-run
        MATCHER_TEST_HOLD_MS: '60000',
      });
      workers.push(worker);
      await queue.enqueueRun(run.id, 1);
      await waitFor(
        () => runs.findById(run.id),
        (r) => r?.status === 'RUNNING',
        { what: 'the run to start' },
      );

      await pg.stop();
      // Both attempts fail and so do the retried status writes: the job is failed, the row still says RUNNING.
      const job = await waitFor(
        () => queue.runJobState(run.id),
        (s) => s.state === 'failed',
        { what: 'the job to fail', timeoutMs: 45_000 },
      );
      // the worker has given up writing the failure itself (else it could still write it once PostgreSQL is back)
      await waitFor(
        async () => worker.logEntries(),
        (entries) =>
          entries.some(
            (e) => e.runId === run.id && /^the failure could not be recorded/.test(String(e.msg)),
          ),
        { what: 'the worker to give up recording the failure', timeoutMs: 45_000 },
      );
      await pg.start();
      const failed = await waitFor(
        () => runs.findById(run.id).catch(() => null),
        (r) => r?.status === 'FAILED',
        { what: 'the reconciler to fail the run', timeoutMs: 45_000 },
      );
      expect(failed!.error).toBe(
        `${job.failedReason} (the failure could not be recorded when it happened; recorded by the reconciler)`,
      );
      expect(worker.logEntries()).toContainEqual(
        expect.objectContaining({
          runId: run.id,
          msg: expect.stringMatching(/^run marked FAILED by the reconciler/),
        }),
      );
    });
  });
});
