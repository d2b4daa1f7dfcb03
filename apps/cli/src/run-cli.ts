/**
 * The matching CLI as a function of its arguments and streams, so specs and main.ts share one code path.
 * Exit codes: 0 success, 2 invalid input or arguments, 1 internal error.
 */
import { Readable, Writable } from 'node:stream';
import {
  EnginePhase,
  ProblemValidationError,
  ProposalsDocument,
  ScoresDocument,
  preloadHighs,
  proposeConsortia,
  resolveSettings,
  scoreProblem,
} from '@brobygger/engine';
import { CliCommand, USAGE, UsageError, parseArgs } from './cli-args';
import { writeJsonDocument } from './json-output';
import { InputError, parseProblemText, readProblemText } from './read-problem';

export const EXIT_OK = 0;
export const EXIT_INTERNAL_ERROR = 1;
export const EXIT_INVALID_INPUT = 2;

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const PHASE_LABELS: Record<EnginePhase, string> = {
  scoring: 'scoring',
  'forming-candidates': 'forming candidates',
  optimising: 'optimising',
};

/** Progress on stderr: one line per phase start and per 25 % step, never more. */
function progressReporter(
  stderr: Writable,
  started: number,
): (phase: EnginePhase, fraction: number) => void {
  let lastPhase: EnginePhase | undefined;
  let lastStep = -1;
  return (phase, fraction) => {
    const step = Math.floor(Math.max(0, Math.min(1, fraction)) * 4);
    if (phase === lastPhase && step <= lastStep) return;
    lastPhase = phase;
    lastStep = step;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stderr.write(
      `propose: ${PHASE_LABELS[phase] ?? phase} ${Math.round(step * 25)} % (${seconds} s)\n`,
    );
  };
}

async function run(cmd: Exclude<CliCommand, { command: 'help' }>, io: CliIo): Promise<void> {
  const started = Date.now();
  // The solver's WebAssembly compiles in the background while the problem is read, validated and scored.
  if (cmd.command === 'propose') preloadHighs();
  const source = cmd.file === '-' ? 'standard input' : cmd.file;
  const text = await readProblemText(cmd.file, io.stdin);
  const problem = parseProblemText(text, source);
  io.stderr.write(
    `${cmd.command}: ${problem.needs.length} needs, ${problem.profiles.length} profiles, ` +
      `${problem.organizations.length} organizations\n`,
  );

  if (cmd.command === 'score') {
    const settings = resolveSettings(problem.settings);
    const doc: ScoresDocument = await scoreProblem(problem, settings, {
      top: cmd.top,
      all: cmd.all,
    });
    await writeJsonDocument(io.stdout, doc, 'scores');
    io.stderr.write(
      `score: ${doc.scores.length} scores in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return;
  }

  const doc: ProposalsDocument = await proposeConsortia(problem, {
    timeLimitSeconds: cmd.timeLimitSeconds,
    onProgress: progressReporter(io.stderr, started),
    onDiagnostics: (d) =>
      io.stderr.write(
        `propose: ${d.candidateCount} candidates, solver ${d.method}` +
          `${d.fallbackReason ? ` (${d.fallbackReason})` : ''}, ` +
          `forming ${(d.formingMs / 1000).toFixed(1)} s, optimising ${(d.optimisingMs / 1000).toFixed(1)} s\n`,
      ),
  });
  await writeJsonDocument(io.stdout, doc);
  const gap = doc.upperBound > 0 ? ((doc.upperBound - doc.objective) / doc.upperBound) * 100 : 0;
  io.stderr.write(
    `propose: ${doc.proposals.length} proposals, ${doc.unmatchedNeeds.length} unmatched needs, ` +
      `objective ${doc.objective}, upper bound ${doc.upperBound} (gap ${gap.toFixed(2)} %) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let cmd: CliCommand;
  try {
    cmd = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
    return EXIT_INVALID_INPUT;
  }
  if (cmd.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  try {
    await run(cmd, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ProblemValidationError) {
      io.stderr.write(`error: invalid problem: ${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    if (error instanceof InputError) {
      io.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      return EXIT_INVALID_INPUT;
    }
    io.stderr.write(
      `error: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_INTERNAL_ERROR;
  }
}
