/**
 * The matching CLI as users run it: `npm run cli` (scripts/cli.sh) as a separate process — the compiled program,
 * built first if dist/ is older than the sources. Everything else about the CLI is specified in-process
 * (apps/cli/src/cli.spec.ts); this spec checks what only a process shows: the JSON alone on stdout, progress on
 * stderr, exit codes, and standard input.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'apps', 'cli', 'test-fixtures');

function npmRunCli(
  args: string[],
  input?: string,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'cli.sh'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // the e2e tier runs after `npm run build` (scripts/test.sh), so cli.sh starts the compiled CLI without building
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run cli (process)', () => {
  it('proposes from a file and from standard input with the same JSON on stdout, and exits 2 on bad input', () => {
    const file = join(FIXTURES, 'tiny-problem.json');
    const fromFile = npmRunCli(['propose', file, '--time-limit', '5']);
    expect(fromFile.code).toBe(0);
    const doc = JSON.parse(fromFile.stdout);
    expect(doc.format).toBe('brobygger.proposals/v1');
    expect(fromFile.stderr).toMatch(/propose: \d+ proposals/);

    const fromStdin = npmRunCli(['propose', '-', '--time-limit', '5'], readFileSync(file, 'utf8'));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);

    const invalid = npmRunCli(['score', join(FIXTURES, 'invalid-project-type.json')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('needs[3].projectType');
  });
});
