import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { openTestDataSource } from '../../setup/test-data-source';
import { openTestQueue } from './queue-client';
import { startWorker, WorkerProcess } from './worker-process';

/** What a spec that drives real worker processes through the queue works with (set once beforeAll has run). */
export interface WorkerTestBed {
  ds: DataSource;
  runs: MatchRunRepository;
  /** A producer on the jest run's queue. */
  queue: Queue;
  /** Start a worker process, stopped (SIGKILL) after the test. */
  startWorker(env?: Record<string, string>): Promise<WorkerProcess>;
  /** The test's workers, in the order started (a test may stop one itself). */
  workers: WorkerProcess[];
}

/**
 * Call inside `describe`: opens the test database and the queue for the spec, empties the queue before each test
 * (runs other specs queued with no worker running would be taken first, and a held worker would then hold one of
 * them instead of the test's run), kills the test's workers after it, and closes everything after the spec.
 */
export function useWorkerTestBed(): WorkerTestBed {
  const workers: WorkerProcess[] = [];
  const bed = {
    workers,
    startWorker: async (env?: Record<string, string>) => {
      // registered as soon as it runs, so that afterEach stops it even if the test times out
      const worker = await startWorker(env);
      workers.push(worker);
      return worker;
    },
  } as WorkerTestBed;

  beforeAll(async () => {
    bed.ds = await openTestDataSource();
    bed.runs = new MatchRunRepository(bed.ds);
    bed.queue = openTestQueue();
  });

  beforeEach(async () => {
    await bed.queue.drain(true);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
  });

  afterAll(async () => {
    await bed.queue.close();
    await bed.ds.destroy();
  });

  return bed;
}
