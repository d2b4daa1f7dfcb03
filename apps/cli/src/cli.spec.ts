/**
 * Specs of the CLI through `runCli(argv, io)` — the code path of main.ts — in-process, on fixture problems: the
 * exchange-format contract (JSON on stdout only, exit codes 0 and 2, the JSON path in error messages, stdin `-`) and
 * determinism. The program as a process (`npm run cli`) is covered by test/cli/cli-process.e2e-spec.ts.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { MAX_PROBLEM_BYTES } from '@brobygger/engine';
import { runCli } from './run-cli';

const FIXTURES = resolve(__dirname, '..', 'test-fixtures');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], input?: string): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  stdin.end(input ?? '');
  const code = await runCli(args, { stdin, stdout, stderr });
  return { code, stdout: out, stderr: err };
}

const fixture = (name: string): string => join(FIXTURES, name);
const tiny = JSON.parse(readFileSync(fixture('tiny-problem.json'), 'utf8'));

describe('matching CLI', () => {
  describe('score', () => {
    it('writes the K best profiles per need as brobygger.scores/v1', async () => {
      const r = await cli(['score', fixture('tiny-problem.json'), '--top', '2']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.format).toBe('brobygger.scores/v1');
      const perNeed = new Map<string, number>();
      for (const s of doc.scores) {
        perNeed.set(s.needId, (perNeed.get(s.needId) ?? 0) + 1);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(Object.keys(s.components).sort()).toEqual(
          expect.arrayContaining(['region', 'text', 'themes']),
        );
        expect(Array.isArray(s.sharedTerms)).toBe(true);
      }
      expect([...perNeed.values()].every((n) => n <= 2)).toBe(true);
      expect(perNeed.size).toBe(tiny.needs.length);
      // the welfare-technology need's best profile is the welfare-technology group
      const best = doc.scores
        .filter((s: { needId: string }) => s.needId === 'n1')
        .sort((a: { score: number }, b: { score: number }) => b.score - a.score)[0];
      expect(['p1', 'p2']).toContain(best.profileId);
      expect(r.stderr).toMatch(/score: 4 needs, 3 profiles/);
    });

    it('lists every need × profile pair with --all, and reads standard input with -', async () => {
      const all = await cli(
        ['score', '-', '--all'],
        readFileSync(fixture('tiny-problem.json'), 'utf8'),
      );
      expect(all.code).toBe(0);
      const doc = JSON.parse(all.stdout);
      expect(doc.scores).toHaveLength(tiny.needs.length * tiny.profiles.length);
      const fromFile = await cli(['score', fixture('tiny-problem.json'), '--all']);
      expect(fromFile.stdout).toBe(all.stdout);
    });

    it('gives the same output on two runs of a generated problem', async () => {
      const a = await cli(['score', fixture('small-problem.json')]);
      const b = await cli(['score', fixture('small-problem.json')]);
      expect(a.code).toBe(0);
      expect(JSON.parse(a.stdout).scores.length).toBeGreaterThan(0);
      expect(b.stdout).toBe(a.stdout);
    });
  });

  describe('propose', () => {
    it('writes brobygger.proposals/v1 covering every need once, deterministically', async () => {
      const a = await cli(['propose', fixture('tiny-problem.json'), '--time-limit', '5']);
      expect(a.code).toBe(0);
      const doc = JSON.parse(a.stdout);
      expect(doc.format).toBe('brobygger.proposals/v1');
      expect(doc.upperBound).toBeGreaterThanOrEqual(doc.objective);
      const placed = [
        ...doc.proposals.flatMap((p: { needIds: string[] }) => p.needIds),
        ...doc.unmatchedNeeds.map((u: { needId: string }) => u.needId),
      ].sort();
      expect(placed).toEqual(tiny.needs.map((n: { id: string }) => n.id).sort());
      for (const p of doc.proposals) {
        expect(p.explanation.length).toBeGreaterThan(0);
        // the exclusion m-4627 × r-hvl-1 holds
        expect(p.organizationIds.includes('m-4627') && p.organizationIds.includes('r-hvl-1')).toBe(
          false,
        );
      }
      for (const u of doc.unmatchedNeeds) expect(u.reason.length).toBeGreaterThan(0);
      expect(a.stderr).toMatch(/propose: .*proposals/);

      const b = await cli(
        ['propose', '-', '--time-limit', '5'],
        readFileSync(fixture('tiny-problem.json'), 'utf8'),
      );
      expect(b.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    });
  });

  describe('invalid input (exit 2)', () => {
    it('names the JSON path of the first bad value', async () => {
      const r = await cli(['score', fixture('invalid-project-type.json')]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        'needs[3].projectType: expected one of PRE_PROJECT, INNOVATION_PROJECT, COMPETENCE_PROJECT',
      );
    });

    it('rejects unknown settings in propose, from standard input', async () => {
      const r = await cli(['propose', '-'], readFileSync(fixture('unknown-setting.json'), 'utf8'));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        'settings.sizes.INNOVATION_PROJECT.maxMunicpalities: unknown setting',
      );
    });

    it('rejects invalid JSON, missing files, bad arguments and unknown commands with usage', async () => {
      const cases: Array<[string[], string | undefined, RegExp]> = [
        [['score', '-'], '{"format": "brobygger.problem/v1",', /standard input: invalid JSON/],
        [
          ['propose', fixture('no-such-file.json')],
          undefined,
          /no-such-file.json: cannot read file \(ENOENT\)/,
        ],
        [
          ['score', fixture('tiny-problem.json'), '--top', '0'],
          undefined,
          /--top: expected a whole number ≥ 1/,
        ],
        [['match', fixture('tiny-problem.json')], undefined, /unknown command "match"/],
        [[], undefined, /missing command/],
      ];
      for (const [args, input, message] of cases) {
        const r = await cli(args, input);
        expect({ args, code: r.code }).toEqual({ args, code: 2 });
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr).toContain('Usage:');
      }
    });

    it('refuses a file over the size limit before reading it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'brobygger-cli-'));
      try {
        const big = join(dir, 'huge.json');
        writeFileSync(big, '');
        truncateSync(big, MAX_PROBLEM_BYTES + 1); // sparse: no disk space used
        const r = await cli(['propose', big]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(
          `problem is too large: 200.0 MB (${MAX_PROBLEM_BYTES + 1} bytes); the limit is 200.0 MB`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('prints usage on stdout with --help (exit 0)', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('npm run -s cli -- score');
  });
});
