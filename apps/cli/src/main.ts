/**
 * Brobygger matching CLI: `score` and `propose` on a brobygger.problem/v1 document (see README "Command line").
 * Plain Node program (no Nest): run with `npm run -s cli -- <command> ...`.
 */
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run-cli';

// A one-shot process: HiGHS's WebAssembly runs on V8's baseline compiler only. Tiering up to the optimising
// compiler costs about 0.8 s CPU on the first solve of a run and gains less than that within one run (Norway scale:
// LP relaxation 1.1 s → 0.3 s CPU, branch and cut no slower). Long-running workers keep V8's default tiering.
// Set before HiGHS is loaded (on first use), so it applies to its module; results are the same either way.
setFlagsFromString('--liftoff-only');
// A one-shot process also spends about as much CPU on V8's optimising compiler (background threads) as on running
// the engine, and on a machine with few cores those threads compete with the main thread and the GC's helpers.
// A smaller cumulative inlining budget per optimised function (150 bytes of bytecode instead of 920) makes each
// optimisation cheaper: Norway scale, ≈ 1.2 s less CPU per run, main thread no slower. Set before the engine's hot
// code is optimised; results are the same either way.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

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
