/**
 * Brobygger matching CLI: `score` and `propose` on a brobygger.problem/v1 document (see README "Command line").
 * Plain Node program (no Nest): run with `npm run -s cli -- <command> ...`.
 */
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    // exitCode (not exit()) so buffered stdout is flushed to a pipe before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
