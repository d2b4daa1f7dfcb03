/**
 * Integration (*.int-spec.ts) and end-to-end (*.e2e-spec.ts) specs against real PostgreSQL and Redis.
 * globalSetup creates a fresh database per run (migrated and seeded once) and a per-run BullMQ prefix;
 * globalTeardown drops the database.
 */
const { moduleNameMapper, transform } = require('./jest-shared');

module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.(e2e|int)-spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60000,
};
