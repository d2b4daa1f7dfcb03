import { ConfigValidationError, loadConfig, redactConfig } from './load-config';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './config.schema';

describe('loadConfig', () => {
  it('returns the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/brobygger');
    expect(config.REDIS_URL).toBe(DEFAULT_REDIS_URL);
    expect(config.PORT).toBe(3000);
    expect(config.BULL_PREFIX).toBe('brobygger');
    expect(config.NODE_ENV).toBe('development');
    expect(config.GRAPHQL_INTROSPECTION).toBe(true);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      WORKER_CONCURRENCY: '4',
      GRAPHQL_INTROSPECTION: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
    });
    expect(config.PORT).toBe(8080);
    expect(config.WORKER_CONCURRENCY).toBe(4);
    expect(config.GRAPHQL_INTROSPECTION).toBe(false);
  });

  it('turns introspection off by default in production', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      }).GRAPHQL_INTROSPECTION,
    ).toBe(false);
  });

  it('treats empty values as not set', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ' }).PORT).toBe(3000);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/x',
        LOG_LEVEL: 'loud',
        REDIS_URL: 'redis://ok:6379',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LOG_LEVEL');
    expect(message).not.toContain('REDIS_URL');
    expect((error as ConfigValidationError).problems.map((p) => p.variable).sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
    ]);
  });

  it('says which values a yes/no variable takes and that a port is a number', () => {
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(
      /GRAPHQL_INTROSPECTION: must be one of true, false, 1, 0, yes, no/,
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: must be a number/);
  });

  it('rejects an out-of-range port with its range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be at most 65535/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});

describe('redactConfig', () => {
  it('masks passwords in connection URLs', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:s3cret@db:5432/brobygger' });
    const redacted = redactConfig(config);
    expect(String(redacted.DATABASE_URL)).not.toContain('s3cret');
    expect(String(redacted.DATABASE_URL)).toContain('app:***@db');
  });
});
