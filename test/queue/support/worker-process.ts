import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '..', '..', '..');
const COMPILED = join(ROOT, 'dist', 'apps', 'matcher', 'src', 'main.js');

/** A real matcher worker process (the compiled build, or the sources through ts-node when not built). */
export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  output: () => string;
  /** The output's log entries (the worker logs JSON lines; a line that is not JSON fails the call). */
  logEntries: () => Array<Record<string, unknown>>;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | string | null>;
}

/** Environment knobs for fast stalled-job recovery in tests. */
export const FAST_RECOVERY_ENV = {
  WORKER_LOCK_DURATION_MS: '3000',
  WORKER_STALLED_INTERVAL_MS: '1000',
  WORKER_MAX_STALLED_COUNT: '3',
  MATCH_JOB_BACKOFF_MS: '200',
};

export async function startWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const fromSource = process.env.E2E_WORKER_FROM_SOURCE === '1' || !existsSync(COMPILED);
  const args = fromSource
    ? [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        join(ROOT, 'apps/matcher/src/main.ts'),
      ]
    : [COMPILED];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
      ...FAST_RECOVERY_ENV,
      // housekeeping and the reconciler off unless a test turns them on (housekeeping / reconciler specs)
      PURGE_EVERY_SECONDS: '0',
      RECONCILE_EVERY_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? null)),
  );
  let exitedValue: number | string | null | undefined;
  void exited.then((v) => (exitedValue = v));
  const worker: WorkerProcess = {
    child,
    pid: child.pid!,
    output: () => out,
    logEntries: () => logEntriesOf(out),
    exited,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (exitedValue === undefined) child.kill(signal);
      return exited;
    },
  };
  try {
    await waitFor(
      async () => ({ ready: out.includes('worker ready'), exited: exitedValue }),
      (s) => s.ready || s.exited !== undefined,
      { timeoutMs: 60_000, what: 'the worker to be ready' },
    );
    if (!out.includes('worker ready')) throw new Error(`worker did not start:\n${out}`);
  } catch (error) {
    await worker.stop('SIGKILL'); // never leave a worker behind that would take later tests' jobs
    throw error;
  }
  return worker;
}

/** Parses JSON log lines; throws naming the first line that is not a JSON object. */
export function logEntriesOf(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const entry: unknown = JSON.parse(line);
        if (entry && typeof entry === 'object' && !Array.isArray(entry))
          return entry as Record<string, unknown>;
      } catch {
        // reported below
      }
      throw new Error(`not a JSON log line: ${line}`);
    });
}
