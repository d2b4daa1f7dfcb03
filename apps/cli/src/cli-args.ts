/** Command-line arguments of the matching CLI (exchange format v1, see README "Command line"). */
import { MAX_TIME_LIMIT_SECONDS } from '@brobygger/engine';

export const USAGE = `Usage:
  npm run -s cli -- score   PROBLEM.json [--top K | --all]    > scores.json
  npm run -s cli -- propose PROBLEM.json [--time-limit SECONDS] > proposals.json

PROBLEM.json may be - for standard input. The JSON result goes to stdout; progress and
diagnostics go to stderr. Exit codes: 0 success, 2 invalid input or arguments, 1 internal error.

  score     need x profile relevance scores (brobygger.scores/v1)
            --top K        the K best profiles per need (default 10)
            --all          every need x profile pair
  propose   consortium proposals (brobygger.proposals/v1)
            --time-limit S solver time limit in seconds (0 < S <= ${MAX_TIME_LIMIT_SECONDS}); default from settings
  --help    show this text`;

export const DEFAULT_TOP = 10;

export type CliCommand =
  | { command: 'help' }
  | { command: 'score'; file: string; top: number; all: boolean }
  | { command: 'propose'; file: string; timeLimitSeconds?: number };

/** Bad command line: exit 2 with the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function optionValue(
  args: string[],
  i: number,
  name: string,
  inline: string | undefined,
): [string, number] {
  if (inline !== undefined) return [inline, i];
  const next = args[i + 1];
  if (next === undefined || (next.startsWith('--') && next.length > 2)) {
    throw new UsageError(`${name} needs a value`);
  }
  return [next, i + 1];
}

export function parseArgs(argv: string[]): CliCommand {
  if (argv.length === 0) throw new UsageError('missing command (score or propose)');
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'score' && command !== 'propose') {
    throw new UsageError(`unknown command "${command}" (expected score or propose)`);
  }

  const files: string[] = [];
  let top: number | undefined;
  let all = false;
  let timeLimitSeconds: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (command === 'score' && name === '--top') {
      let value: string;
      [value, i] = optionValue(rest, i, name, inline);
      if (!/^\d+$/.test(value) || Number(value) < 1) {
        throw new UsageError(`--top: expected a whole number ≥ 1, got "${value}"`);
      }
      top = Number(value);
    } else if (command === 'score' && name === '--all' && inline === undefined) {
      all = true;
    } else if (command === 'propose' && name === '--time-limit') {
      let value: string;
      [value, i] = optionValue(rest, i, name, inline);
      const seconds = Number(value);
      if (
        value.trim() === '' ||
        !Number.isFinite(seconds) ||
        seconds <= 0 ||
        seconds > MAX_TIME_LIMIT_SECONDS
      ) {
        throw new UsageError(
          `--time-limit: expected seconds > 0 and ≤ ${MAX_TIME_LIMIT_SECONDS}, got "${value}"`,
        );
      }
      timeLimitSeconds = seconds;
    } else {
      throw new UsageError(`unknown option "${arg}" for ${command}`);
    }
  }
  if (files.length === 0)
    throw new UsageError(`${command}: missing PROBLEM.json (use - for standard input)`);
  if (files.length > 1)
    throw new UsageError(`${command}: expected one PROBLEM.json, got ${files.length}`);
  if (command === 'score') {
    if (all && top !== undefined)
      throw new UsageError('score: use either --top K or --all, not both');
    return { command, file: files[0], top: top ?? DEFAULT_TOP, all };
  }
  return { command, file: files[0], timeLimitSeconds };
}
