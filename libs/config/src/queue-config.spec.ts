import { ConfigValidationError, loadConfig } from './load-config';

describe('queue tuning variables', () => {
  it('have the documented defaults', () => {
    const config = loadConfig({});
    expect(config.MATCH_JOB_ATTEMPTS).toBe(5);
    expect(config.MATCH_JOB_BACKOFF_MS).toBe(2000);
    expect(config.MATCH_JOB_BACKOFF_MAX_MS).toBe(30_000);
    expect(config.RECONCILE_EVERY_SECONDS).toBe(60);
    expect(config.RECONCILE_GRACE_SECONDS).toBe(300);
    expect(config.WORKER_LOCK_DURATION_MS).toBe(60_000);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(15_000);
    expect(config.WORKER_MAX_STALLED_COUNT).toBe(2);
  });

  it('are read as integers, and an empty value means the default', () => {
    const config = loadConfig({
      MATCH_JOB_ATTEMPTS: '5',
      MATCH_JOB_BACKOFF_MS: '200',
      WORKER_LOCK_DURATION_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '',
      WORKER_MAX_STALLED_COUNT: '0',
    });
    expect(config.MATCH_JOB_ATTEMPTS).toBe(5);
    expect(config.MATCH_JOB_BACKOFF_MS).toBe(200);
    expect(config.WORKER_LOCK_DURATION_MS).toBe(3000);
    expect(config.WORKER_STALLED_INTERVAL_MS).toBe(15_000);
    expect(config.WORKER_MAX_STALLED_COUNT).toBe(0);
  });

  it.each([
    ['MATCH_JOB_ATTEMPTS', '0', 'must be at least 1'],
    ['MATCH_JOB_ATTEMPTS', '21', 'must be at most 20'],
    ['MATCH_JOB_BACKOFF_MS', '-1', 'must be at least 0'],
    ['WORKER_LOCK_DURATION_MS', '100', 'must be at least 500'],
    ['WORKER_STALLED_INTERVAL_MS', 'soon', 'must be a number'],
    ['WORKER_MAX_STALLED_COUNT', '1.5', 'must be an integer'],
  ])('refuses %s=%s, naming the variable', (variable, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems).toEqual([{ variable, message }]);
  });
});
