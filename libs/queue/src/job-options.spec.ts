import { buildJobOptions } from './job-options';
import { JobName } from './queue.constants';
import { assertJobHandlers } from './handler-registry';
import { redisOptionsFromUrl } from './connection';
import { matchRunUpdatedChannel } from './channels';

describe('buildJobOptions', () => {
  it('uses the match run id as job id, retries with capped exponential backoff, a priority and bounded history', () => {
    const o = buildJobOptions(
      { name: JobName.StartMatchRun, data: { matchRunId: 'run-1' } },
      { attempts: 5, backoffDelayMs: 2000, priority: 3 },
    );
    expect(o.jobId).toBe('run-1');
    expect(o.attempts).toBe(5);
    expect(o.backoff).toEqual({ type: 'capped-exponential', delay: 2000 });
    expect(o.priority).toBe(3);
    expect(o.removeOnComplete).toEqual(expect.objectContaining({ count: expect.any(Number) }));
    expect(o.removeOnFail).toEqual(expect.objectContaining({ count: expect.any(Number) }));
  });

  it('gives a shard of a run an id of its own, the retries and priority of runs, and fails the run when it fails', () => {
    const o = buildJobOptions(
      { name: JobName.ScoreShard, data: { matchRunId: 'run-1', from: 2500, to: 5000 } },
      { attempts: 5, backoffDelayMs: 2000, priority: 3 },
    );
    expect(o.jobId).toBe('run-1-shard-2500');
    expect(o.attempts).toBe(5);
    expect(o.backoff).toEqual({ type: 'capped-exponential', delay: 2000 });
    expect(o.priority).toBe(3);
    expect(o.failParentOnFailure).toBe(true);
  });

  it('gives purge jobs the default retries and bounded history, without a fixed id', () => {
    const o = buildJobOptions({ name: JobName.PurgeExpired, data: {} });
    expect(o.jobId).toBeUndefined();
    expect(o.attempts).toBe(3);
    expect(o.removeOnComplete).toEqual(expect.objectContaining({ count: expect.any(Number) }));
  });

  it('debounces refresh jobs per arena when a window is given', () => {
    const o = buildJobOptions(
      { name: JobName.RefreshArena, data: { arenaId: 'a1' } },
      { debounceMs: 500 },
    );
    expect(o.delay).toBe(500);
    expect(o.deduplication).toEqual({
      id: 'refresh-arena:a1',
      ttl: 500,
      extend: true,
      replace: true,
    });
  });
});

describe('assertJobHandlers', () => {
  it('accepts exactly one handler per job name', () => {
    expect(() => assertJobHandlers(Object.values(JobName).map((name) => ({ name })))).not.toThrow();
  });

  it('names missing, duplicate and unknown handlers', () => {
    expect(() =>
      assertJobHandlers([
        { name: JobName.StartMatchRun },
        { name: JobName.StartMatchRun },
        { name: JobName.PurgeExpired },
        { name: 'nope' },
      ]),
    ).toThrow(
      /2 handlers for job "start-match-run"; no handler for job "refresh-arena"; no handler for job "reconcile-runs"; no handler for job "score-shard"; handler for unknown job "nope"$/,
    );
  });
});

describe('redisOptionsFromUrl', () => {
  it('parses host, port, database and credentials', () => {
    expect(redisOptionsFromUrl('redis://u:p%40ss@example:6380/3')).toEqual(
      expect.objectContaining({
        host: 'example',
        port: 6380,
        db: 3,
        username: 'u',
        password: 'p@ss',
      }),
    );
  });

  it('rejects a non-redis URL with the variable name', () => {
    expect(() => redisOptionsFromUrl('http://x')).toThrow(/REDIS_URL/);
  });
});

describe('matchRunUpdatedChannel', () => {
  it('carries the prefix', () => {
    expect(matchRunUpdatedChannel('t1', 'r')).toBe('t1:match-run-updated:r');
  });
});
