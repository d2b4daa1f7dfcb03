/**
 * `runCli` in-process: the problem's settings.locale chooses the language of explanations and reasons, nynorsk
 * included, and the structured codes are in the output.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { EXIT_INVALID_INPUT, EXIT_OK, runCli } from './run-cli';

const TINY = join(resolve(__dirname, '..', 'test-fixtures'), 'tiny-problem.json');

async function propose(
  settings: Record<string, unknown>,
): Promise<{ code: number; out: string; err: string }> {
  const problem = { ...JSON.parse(readFileSync(TINY, 'utf8')), settings };
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  stdin.end(JSON.stringify(problem));
  const code = await runCli(['propose', '-', '--time-limit', '5'], { stdin, stdout, stderr });
  return { code, out, err };
}

describe('runCli propose: settings.locale', () => {
  it('explains in nynorsk with locale nn, with codes next to the text', async () => {
    const r = await propose({ locale: 'nn' });
    expect(r.code).toBe(EXIT_OK);
    const doc = JSON.parse(r.out);
    expect(doc.proposals.length).toBeGreaterThan(0);
    for (const p of doc.proposals) {
      expect(p.explanation).toMatch(/ er leidd av /);
      expect(p.explanation).not.toMatch(/ledes av|ligner|bidrar|FoU-miljøer/);
      expect(p.explanationCodes[0].code).toBe('CONSORTIUM_SHAPE');
    }
    for (const u of doc.unmatchedNeeds) expect(typeof u.reasonCode).toBe('string');
  });

  it('refuses an unknown locale with the JSON path', async () => {
    const r = await propose({ locale: 'se' });
    expect(r.code).toBe(EXIT_INVALID_INPUT);
    expect(r.err).toContain('settings.locale: expected one of nb, nn, en');
  });
});
