import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName } from '@brobygger/queue';
import { openTestDataSource } from '../setup/test-data-source';
import { openTestQueue } from './support/queue-client';
import { waitFor } from './support/wait-for';
import { startWorker, WorkerProcess } from './support/worker-process';

/** The worker's housekeeping job: scheduled by the real worker process, run on the real queue and database. */
describe('housekeeping in the worker', () => {
  let ds: DataSource;
  let queue: Queue;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = openTestQueue();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
  });
  afterAll(async () => {
    await queue.removeJobScheduler(JobName.PurgeExpired);
    await queue.close();
    await ds.destroy();
  });

  async function staleLoginCounter(): Promise<string> {
    const key = `address:${randomUUID()}`;
    await ds.query(
      `INSERT INTO login_throttles (key, failures, window_started_at) VALUES ($1, 3, now() - interval '1 day')`,
      [key],
    );
    return key;
  }
  const counterExists = async (key: string): Promise<boolean> =>
    (await ds.query(`SELECT 1 FROM login_throttles WHERE key = $1`, [key])).length > 0;

  it('schedules the purge every PURGE_EVERY_SECONDS and runs it on the schedule', async () => {
    const stale = await staleLoginCounter();
    workers.push(await startWorker({ PURGE_EVERY_SECONDS: '1' }));
    const scheduler = await waitFor(
      () => queue.getJobScheduler(JobName.PurgeExpired),
      (s) => s !== undefined,
      { what: 'the housekeeping scheduler' },
    );
    expect(scheduler!.every).toBe(1000);
    await waitFor(
      () => counterExists(stale),
      (exists) => !exists,
      { what: 'the scheduled purge to delete the stale login counter' },
    );
    // every purge run is repeated: a counter that goes stale later is deleted by a later run
    const later = await staleLoginCounter();
    await waitFor(
      () => counterExists(later),
      (exists) => !exists,
      { what: 'a later scheduled purge' },
    );
    expect(workers[0].output()).toMatch(/housekeeping: deleted \d+ expired session tokens/);
    // The test's own budget covers its waits: the worker start (up to 60 s when it compiles its sources on a loaded
    // machine) and three waits of up to 30 s. With jest's default of 60 s, a slow start used to leave too little
    // for the last wait, which then looked like a scheduled purge that never came.
  }, 150_000);

  it('removes the schedule when a worker starts with PURGE_EVERY_SECONDS=0', async () => {
    workers.push(await startWorker({ PURGE_EVERY_SECONDS: '3600' }));
    const scheduler = await waitFor(
      () => queue.getJobScheduler(JobName.PurgeExpired),
      (s) => s?.every === 3_600_000,
      { what: 'the hourly schedule' },
    );
    expect(scheduler!.every).toBe(3_600_000);
    await workers.splice(0)[0].stop('SIGTERM');
    workers.push(await startWorker({ PURGE_EVERY_SECONDS: '0' }));
    await waitFor(
      () => queue.getJobScheduler(JobName.PurgeExpired),
      (s) => s === undefined,
      { what: 'the schedule to be removed' },
    );
  });
});
