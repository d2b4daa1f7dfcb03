/**
 * Jest's globalSetup/globalTeardown do not use moduleNameMapper, so the `@brobygger/<lib>` path aliases are
 * resolved here by a small hook on Node's resolver (same mapping as test/jest-shared.js). Import this first.
 */
import Module = require('node:module');
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ALIAS = /^@brobygger\/(engine|persistence|config|queue)(\/.*)?$/;

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as {
  _resolveFilename: Resolve;
  __brobyggerAliases?: boolean;
};

if (!moduleWithResolver.__brobyggerAliases) {
  const original = moduleWithResolver._resolveFilename;
  moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]): string {
    const match = ALIAS.exec(request);
    const mapped = match ? join(ROOT, 'libs', match[1], 'src', match[2] ?? '') : request;
    return original.call(this, mapped, ...rest);
  };
  moduleWithResolver.__brobyggerAliases = true;
}
