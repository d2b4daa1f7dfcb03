import { DEFAULT_JWT_SECRET } from './config.schema';
import { loadConfig } from './load-config';

describe('loadConfig (identity settings)', () => {
  const productionSecret = 'a-production-secret-of-at-least-32-characters';

  it('uses the development JWT secret and documented limits by default', () => {
    const config = loadConfig({});
    expect(config.JWT_SECRET).toBe(DEFAULT_JWT_SECRET);
    expect(config.JWT_ACCESS_TTL).toBe(900);
    expect(config.REFRESH_TTL).toBe(1_209_600);
    expect(config.GRAPHQL_MAX_DEPTH).toBe(12);
    expect(config.BODY_LIMIT).toBe('1mb');
  });

  it('refuses to start in production with the default JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: must be set to a secret of your own/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: productionSecret }).JWT_SECRET).toBe(
      productionSecret,
    );
  });

  it('rejects a short JWT secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: must be at least 32 characters/,
    );
  });

  it('wants the bootstrap e-mail and password together', () => {
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_EMAIL: 'admin@example.no' })).toThrow(
      /BOOTSTRAP_ADMIN_PASSWORD/,
    );
    const config = loadConfig({
      BOOTSTRAP_ADMIN_EMAIL: 'admin@example.no',
      BOOTSTRAP_ADMIN_PASSWORD: 'long-enough-password',
    });
    expect(config.BOOTSTRAP_ADMIN_EMAIL).toBe('admin@example.no');
  });

  it('names a malformed body limit', () => {
    expect(() => loadConfig({ BODY_LIMIT: 'lots' })).toThrow(
      /BODY_LIMIT: must look like 100kb or 1mb/,
    );
  });
});
