import { OwnRedis } from '../support/own-redis';
import { waitFor } from './support/wait-for';
import { startWorker, WorkerProcess } from './support/worker-process';

/**
 * The worker's log: JSON lines (pino) like the API's, and a Redis outage reported once — never ioredis's
 * "Unhandled error event". Against a redis-server of its own (the shared one is never stopped).
 */
describe('worker logging', () => {
  let redis: OwnRedis;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    redis = await OwnRedis.start();
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await redis.stop();
  });

  const count = (entries: Array<Record<string, unknown>>, pattern: RegExp) =>
    entries.filter((e) => typeof e.msg === 'string' && pattern.test(e.msg)).length;

  it('logs JSON lines and reports a Redis outage once, and its end', async () => {
    worker = await startWorker({ REDIS_URL: redis.url, BULL_PREFIX: 'worker-logging' });
    const started = worker.logEntries();
    expect(started).toContainEqual(
      expect.objectContaining({ level: 30, msg: expect.stringMatching(/^worker ready/) }),
    );

    await redis.stop();
    await waitFor(
      () => Promise.resolve(worker!.logEntries()),
      (entries) => count(entries, /^Redis unreachable/) > 0,
      { what: 'the outage to be logged' },
    );
    await redis.start();
    const entries = await waitFor(
      () => Promise.resolve(worker!.logEntries()),
      (all) => count(all, /^Redis reachable again/) > 0,
      { what: 'the recovery to be logged' },
    );
    // All of the worker's connections lost Redis; one line says so.
    expect(count(entries, /^Redis unreachable/)).toBe(1);
    expect(worker.output()).not.toContain('Unhandled error event');
  });
});
