import { loadConfig } from '@brobygger/config';
import { cappedExponentialDelay, queueTuningFromConfig, uuidFromKey } from './queue-tuning';

describe('queueTuningFromConfig', () => {
  it('maps the validated configuration, defaults included', () => {
    expect(queueTuningFromConfig(loadConfig({}))).toEqual({
      attempts: 5,
      backoffMs: 2000,
      backoffMaxMs: 30_000,
      lockDurationMs: 60_000,
      stalledIntervalMs: 15_000,
      maxStalledCount: 2,
    });
  });

  it('takes the values of the environment as the config schema validated them', () => {
    const config = loadConfig({
      MATCH_JOB_ATTEMPTS: '4',
      MATCH_JOB_BACKOFF_MS: '200',
      MATCH_JOB_BACKOFF_MAX_MS: '1000',
      WORKER_LOCK_DURATION_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      WORKER_MAX_STALLED_COUNT: '3',
    });
    expect(queueTuningFromConfig(config)).toEqual({
      attempts: 4,
      backoffMs: 200,
      backoffMaxMs: 1000,
      lockDurationMs: 3000,
      stalledIntervalMs: 1000,
      maxStalledCount: 3,
    });
  });
});

describe('uuidFromKey', () => {
  it('is deterministic and has the UUID v4 layout', () => {
    const id = uuidFromKey('refresh-arena:a1');
    expect(uuidFromKey('refresh-arena:a1')).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('cappedExponentialDelay', () => {
  it('doubles the first delay with every retry and stops at the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => cappedExponentialDelay(n, 2000, 30_000));
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('rides out a 25 s database outage with the default tuning (5 attempts)', () => {
    const { attempts, backoffMs, backoffMaxMs } = queueTuningFromConfig(loadConfig({}));
    let waited = 0;
    for (let retry = 1; retry < attempts; retry++)
      waited += cappedExponentialDelay(retry, backoffMs, backoffMaxMs);
    expect(waited).toBeGreaterThan(25_000);
  });
});
