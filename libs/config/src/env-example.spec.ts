import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configObject } from './config.schema';
import { loadConfig } from './load-config';

describe('.env.example', () => {
  const text = readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
  const entries = text
    .split('\n')
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);

  it('documents every variable of the config schema and nothing else', () => {
    expect(entries.map(([key]) => key).sort()).toEqual(Object.keys(configObject.shape).sort());
  });

  it('is itself a valid configuration', () => {
    expect(() => loadConfig(Object.fromEntries(entries))).not.toThrow();
  });
});
