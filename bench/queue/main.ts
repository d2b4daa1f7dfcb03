/**
 * `npm run bench:queue` — the match-run service around the engine, measured end to end (every worker warmed first):
 *  1. Norway scale (the engine benchmark's generator: 357 municipalities, ~2,000 open needs, ~600 profiles) loaded
 *     into a fresh PostgreSQL database, one arena over all 15 counties: time from `startMatchRun` (GraphQL) to
 *     SUCCEEDED in one worker process, split into queue wait, load, engine and save (as the worker records them on
 *     the run), and the worker's CPU time.
 *  2. The same run as a BullMQ flow (SHARD_NEEDS_ABOVE 1000, SHARD_SIZE BENCH_SHARD_SIZE) on two workers, each
 *     warmed by scoring a shard and forming a run: CPU per shard (from the shard jobs' return values), of the run
 *     job's formation step (formCpuMs, from its return value; startCpuMs is the rest outside the shards: the first
 *     delivery — load, model, snapshot, children — and the idle worker) and of the whole run, the shard overhead
 *     (flow CPU − one-process CPU, as a share of the latter), and the wall time projected for 1, 2, 4 and 8 workers
 *     from the shard times; before it, in this process, the model preparation of a worker other than the run job's:
 *     analysing the problem against rebuilding the model from the run's snapshot (modelPreparation).
 *  3. Throughput of many small runs (the demo data set's five arenas, 13–23 needs each) with 1 and then 2 worker
 *     processes (concurrency 1 each), each batch after a warm-up batch. The API keeps one queued run per arena and
 *     project type, so the runs go to the 20 pairs of an arena and a project type (all types, or one of the three);
 *     beyond 20, a run replaces the queued one of its pair and only the runs that ran are counted.
 * Spawns the BUILT API and worker (`npm run build` first). Writes bench/results/queue-latest.json.
 * Env: DATABASE_URL / REDIS_URL (server to use; a fresh database `<BENCH_DATABASE>_<time>` is created and dropped,
 * BENCH_DATABASE brobygger_bench_queue by default; BullMQ keys under `<BENCH_PREFIX>-<time>`, bench-queue by default),
 * BENCH_SMALL_RUNS (20), BENCH_SHARD_SIZE (500), BENCH_ROUNDS (3: measured Norway runs of each kind, the one with the
 * least CPU reported).
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '@brobygger/persistence/data-source';
import { createDatabaseIfMissing, dropDatabase } from '@brobygger/persistence/database-admin';
import { seedReferenceData } from '@brobygger/persistence/seed/reference-data.seed';
import { seedDemoData } from '@brobygger/persistence/seed/demo-data.seed';
import { Queue } from 'bullmq';
import { bullConnectionOptions, QueueName } from '@brobygger/queue';
import { PROJECT_TYPES, type Problem, type ProjectType } from '@brobygger/engine/exchange/types';
import {
  prepareScoringModel,
  scoringSnapshot,
  type ScoringSnapshot,
} from '@brobygger/engine/model/sharded-scoring';
import { generateProblem } from '../matching/generator';
import { loadGenerated } from './load-generated';
import { processCpuMs } from '../api/cpu';
import type { ScoreShardResult } from '../../apps/matcher/src/score-shard.handler';
import type { StartMatchRunResult } from '../../apps/matcher/src/start-match-run.handler';

const ROOT = resolve(__dirname, '..', '..');
const ADMIN = { email: 'bench@brobygger.local', password: 'bench-admin-password' };
const SMALL_RUNS = Number(process.env.BENCH_SMALL_RUNS ?? 20);
const SHARD_SIZE = Number(process.env.BENCH_SHARD_SIZE ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface RunRow {
  id: string;
  status: string;
  error: string | null;
  queue_wait_ms: number;
  load_ms: number;
  engine_ms: number;
  save_ms: number;
  need_count: number;
  profile_count: number;
  proposal_count: number;
  created_at: Date;
  finished_at: Date;
}

const children: ChildProcess[] = [];

function startProcess(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  child.on('exit', (code) => {
    if (code && code !== 0 && !stopping)
      process.stderr.write(`${script} exited with ${code}:\n${err}\n`);
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function until<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

class Api {
  private token = '';
  constructor(readonly url: string) {}
  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }
  async login(): Promise<void> {
    const d = await this.gql<{ login: { accessToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: ADMIN },
    );
    this.token = d.login.accessToken;
  }
  async start(arenaId: string, projectType: ProjectType | null = null): Promise<string> {
    const d = await this.gql<{ startMatchRun: { id: string } }>(
      `mutation ($input: StartMatchRunInput!) { startMatchRun(input: $input) { id } }`,
      { input: { arenaId, projectType } },
    );
    return d.startMatchRun.id;
  }
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
/** CPU time (ms) of f in this process, and its result. */
function cpuOf<T>(f: () => T): [number, T] {
  const start = process.cpuUsage();
  const result = f();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1000, result];
}

/**
 * The model work of a flow run outside the run's job, in this process (interleaved rounds, median by CPU): a worker
 * that scores a shard or forms the run either analyses the whole problem (the old way, every worker) or rebuilds
 * the model from the run's snapshot (problem + analysed corpus, written once by the run's job).
 */
function modelPreparation(problem: Problem, rounds = 5): Record<string, number> {
  const analyse: number[] = [];
  const rebuild: number[] = [];
  const writeOld: number[] = [];
  const writeNew: number[] = [];
  let sizes = [0, 0];
  for (let i = 0; i < rounds; i++) {
    const [oldWrite, problemJson] = cpuOf(() => JSON.stringify(problem));
    const [analysed, model] = cpuOf(() => prepareScoringModel(JSON.parse(problemJson) as Problem));
    const [newWrite, snapshotJson] = cpuOf(() => JSON.stringify(scoringSnapshot(model)));
    const [rebuilt] = cpuOf(() => {
      const { problem: p, corpus } = JSON.parse(snapshotJson) as ScoringSnapshot;
      return prepareScoringModel(p, undefined, corpus);
    });
    analyse.push(analysed);
    rebuild.push(rebuilt);
    writeOld.push(oldWrite);
    writeNew.push(newWrite);
    sizes = [problemJson.length, snapshotJson.length];
  }
  return {
    analyseCpuMs: Math.round(median(analyse)),
    fromSnapshotCpuMs: Math.round(median(rebuild)),
    writeProblemCpuMs: Math.round(median(writeOld)),
    writeSnapshotCpuMs: Math.round(median(writeNew)),
    problemMB: Number((sizes[0] / 1e6).toFixed(1)),
    snapshotMB: Number((sizes[1] / 1e6).toFixed(1)),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : 0;
};

/** A worker process, started and connected before the clock starts. */
async function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = startProcess('dist/apps/matcher/src/main.js', env);
  await new Promise((r) => setTimeout(r, 3000)); // let the worker connect
  return child;
}

/** CPU time (ms) of the worker processes so far. */
function workerCpu(workers: ChildProcess[]): number {
  return workers.reduce((sum, w) => sum + (processCpuMs(w.pid!) ?? 0), 0);
}

/** ROUNDS runs of the arena, each with the workers' CPU time and its wall time, lowest CPU first. */
async function measureRuns(
  api: Api,
  runOf: (id: string) => Promise<RunRow>,
  arenaId: string,
  workers: ChildProcess[],
  what: string,
): Promise<Array<{ run: RunRow; wallMs: number; cpuMs: number }>> {
  const rounds: Array<{ run: RunRow; wallMs: number; cpuMs: number }> = [];
  for (let i = 0; i < ROUNDS; i++) {
    const cpu0 = workerCpu(workers);
    const t0 = performance.now();
    const run = await runAndWait(api, runOf, arenaId, what);
    rounds.push({ run, wallMs: performance.now() - t0, cpuMs: workerCpu(workers) - cpu0 });
  }
  return rounds.sort((a, b) => a.cpuMs - b.cpuMs);
}

async function runAndWait(
  api: Api,
  runOf: (id: string) => Promise<RunRow>,
  arenaId: string,
  what: string,
): Promise<RunRow> {
  const id = await api.start(arenaId);
  const run = await until(
    () => runOf(id),
    (r) => r && ['SUCCEEDED', 'FAILED'].includes(r.status),
    600_000,
    what,
  );
  if (run.status !== 'SUCCEEDED') throw new Error(`${what} failed: ${run.error}`);
  return run;
}

/** The return values of a flow run's ScoreShard jobs (apps/matcher/src/score-shard.handler.ts). */
async function shardResults(
  queue: Queue,
  runId: string,
  needCount: number,
): Promise<ScoreShardResult[]> {
  const results: ScoreShardResult[] = [];
  for (let from = 0; from < needCount; from += SHARD_SIZE) {
    const job = await queue.getJob(`${runId}-shard-${from}`);
    if (!job?.returnvalue) throw new Error(`shard ${from} of run ${runId} has no result`);
    results.push(job.returnvalue as ScoreShardResult);
  }
  return results;
}

/**
 * Warm-up flow runs until every worker has scored a shard and formed a run (at most two per worker). The formation
 * step goes to the worker that finishes the run's last shard, in practice the same one run after run (the worker that
 * rebuilds the model from the snapshot; the other takes the next run job): the other worker may never form a warm-up
 * run, and if the measured runs switch to it, it forms them on cold code (over 1 s more CPU at first; the note and
 * formCpuMsOfRounds show it). The worker that used the most CPU in a run formed it. Returns how many runs it took.
 */
async function warmFlowWorkers(
  api: Api,
  runOf: (id: string) => Promise<RunRow>,
  queue: Queue,
  arenaId: string,
  workers: ChildProcess[],
  needCount: number,
): Promise<number> {
  const scored = new Set<number>();
  const formed = new Set<number>();
  let runs = 0;
  while (runs < 2 * workers.length && Math.min(scored.size, formed.size) < workers.length) {
    const cpu0 = workers.map((w) => processCpuMs(w.pid!) ?? 0);
    const run = await runAndWait(api, runOf, arenaId, 'a warm-up flow run');
    const used = workers.map((w, i) => (processCpuMs(w.pid!) ?? 0) - cpu0[i]);
    formed.add(workers[used.indexOf(Math.max(...used))].pid!);
    for (const r of await shardResults(queue, run.id, needCount)) scored.add(r.pid);
    runs++;
  }
  if (Math.min(scored.size, formed.size) < workers.length)
    console.log(
      `  (after ${runs} warm-up runs, ${scored.size} of ${workers.length} workers scored a shard, ${formed.size} formed a run)`,
    );
  return runs;
}

/**
 * Wall time of the shard phase on n workers: shards given longest first to the least loaded worker, and every
 * worker that scores a shard prepares the model once.
 */
function makespanOf(shardMs: number[], n: number, prepareMs: number): number {
  const load = new Array<number>(n).fill(0);
  for (const ms of [...shardMs].sort((a, b) => b - a)) {
    const i = load.indexOf(Math.min(...load));
    load[i] += (load[i] === 0 ? prepareMs : 0) + ms;
  }
  return Math.max(...load);
}

async function main(): Promise<void> {
  for (const f of ['dist/apps/api/src/main.js', 'dist/apps/matcher/src/main.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} not found: run \`npm run build\` first`);
  }
  const base = loadConfig();
  const stamp = Date.now();
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/${process.env.BENCH_DATABASE ?? 'brobygger_bench_queue'}_${stamp}`;
  const databaseUrl = url.toString();
  const port = 3900 + (stamp % 90);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    BULL_PREFIX: `${process.env.BENCH_PREFIX ?? 'bench-queue'}-${stamp}`,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    MATCH_RERUN_DEBOUNCE_MS: '0',
    RATE_LIMIT_MAX: '0',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    WORKER_CONCURRENCY: '1',
  };

  await createDatabaseIfMissing(databaseUrl);
  const ds = createDataSource(databaseUrl, { extra: { max: 4 } });
  await ds.initialize();
  const results: Record<string, unknown> = {
    benchmark: 'queue',
    at: new Date().toISOString(),
    node: process.version,
  };
  try {
    await ds.runMigrations({ transaction: 'all' });
    await seedReferenceData(ds);
    console.log('› generating the Norway-scale problem and loading it into PostgreSQL …');
    const { problem } = generateProblem({ scale: 'norway', seed: 42 });
    const t0 = performance.now();
    const { arenaId } = await loadGenerated(ds, problem);
    const insertMs = performance.now() - t0;
    console.log(
      `  ${problem.needs.length} needs, ${problem.profiles.length} profiles, ${problem.organizations.length} organizations inserted in ${fmt(insertMs)}`,
    );

    const api = new Api(`http://127.0.0.1:${port}`);
    const apiProcess = startProcess('dist/apps/api/src/main.js', env);
    await until(
      () => fetch(`${api.url}/health`).then((r) => r.ok),
      (ok) => ok,
      60_000,
      'the API',
    );
    await api.login();
    const queue = new Queue(
      QueueName.Matching,
      bullConnectionOptions({ redisUrl: base.REDIS_URL, prefix: String(env.BULL_PREFIX) }),
    );
    const runOf = (id: string) =>
      ds.query<RunRow[]>(`SELECT * FROM match_runs WHERE id = $1`, [id]).then((r) => r[0]);

    // 1. Norway scale in one process: a warm-up run, then the best of ROUNDS measured ones (by worker CPU).
    let workers = [await startWorker(env)];
    await runAndWait(api, runOf, arenaId, 'the warm-up Norway run');
    const singles = await measureRuns(api, runOf, arenaId, workers, 'the Norway run');
    const { run: big, wallMs, cpuMs: singleCpuMs } = singles[0];
    const overhead = big.queue_wait_ms + big.load_ms + big.save_ms;
    const norway = {
      needs: big.need_count,
      profiles: big.profile_count,
      wallMs: Math.round(wallMs),
      workerCpuMs: Math.round(singleCpuMs),
      workerCpuMsOfRounds: singles.map((r) => Math.round(r.cpuMs)).join(' / '),
      queueWaitMs: big.queue_wait_ms,
      loadMs: big.load_ms,
      engineMs: big.engine_ms,
      saveMs: big.save_ms,
      overheadMs: overhead,
      overheadShareOfEngine: overhead / big.engine_ms,
    };
    results.norway = norway;
    console.log(
      `\nNorway scale in one process (warm worker): startMatchRun → SUCCEEDED, best of ${ROUNDS} by CPU`,
    );
    console.table([
      { ...norway, overheadShareOfEngine: `${(norway.overheadShareOfEngine * 100).toFixed(1)} %` },
    ]);
    await Promise.all(workers.splice(0).map(stop));

    // 2. The same run as a flow: shards on two workers, formation in the run's job.
    const preparation = modelPreparation(problem);
    results.flowModelPreparation = preparation;
    console.log(
      "\nThe model on a worker other than the run job's (this process, median of 5 by CPU): analysing the problem\n" +
        "(before: every worker) or rebuilt from the run's snapshot (the problem with its analysed corpus); writing the\n" +
        'snapshot in the run job (before: the problem only)',
    );
    console.table([preparation]);

    const flowEnv = { ...env, SHARD_NEEDS_ABOVE: '1000', SHARD_SIZE: String(SHARD_SIZE) };
    workers = [await startWorker(flowEnv), await startWorker(flowEnv)];
    const warmUps = await warmFlowWorkers(api, runOf, queue, arenaId, workers, big.need_count);
    const flows = await measureRuns(api, runOf, arenaId, workers, 'the flow run');
    const { run: flowRun, wallMs: flowWallMs, cpuMs: flowCpuMs } = flows[0];
    const shards = await shardResults(queue, flowRun.id, big.need_count);
    const shardCpu = shards.reduce((sum, r) => sum + r.cpuMs, 0);
    const prepares = shards.filter((r) => r.prepareCpuMs > 0).map((r) => r.prepareCpuMs);
    const prepareMs = prepares.length ? median(prepares) : 0;
    const parentCpuMs = flowCpuMs - shardCpu;
    const formCpuOf = async (run: RunRow): Promise<number> =>
      ((await queue.getJob(run.id))?.returnvalue as StartMatchRunResult).cpuMs!;
    const formCpuMs = await formCpuOf(flowRun);
    const formCpuMsOfRounds: number[] = [];
    for (const { run } of flows) formCpuMsOfRounds.push(await formCpuOf(run));
    const flow = {
      shards: shards.length,
      shardSize: SHARD_SIZE,
      warmUpRuns: warmUps,
      workersUsed: new Set(shards.map((r) => r.pid)).size,
      wallMs: Math.round(flowWallMs),
      workerCpuMs: Math.round(flowCpuMs),
      workerCpuMsOfRounds: flows.map((r) => Math.round(r.cpuMs)).join(' / '),
      shardCpuMs: shards.map((r) => r.cpuMs),
      prepareCpuMs: Math.round(prepareMs),
      parentCpuMs: Math.round(parentCpuMs),
      startCpuMs: Math.round(parentCpuMs - formCpuMs),
      formCpuMs,
      formCpuMsOfRounds: formCpuMsOfRounds.join(' / '),
      formationEngineMs: flowRun.engine_ms,
      shardOverheadShareOfEngine: (flowCpuMs - singleCpuMs) / singleCpuMs,
    };
    results.flow = flow;
    console.log(
      `\nThe same run as a flow (SHARD_SIZE ${SHARD_SIZE}, 2 warm workers, concurrency 1), best of ${ROUNDS} by CPU: CPU per shard ${shards
        .map((r) => `${r.cpuMs}${r.prepareCpuMs ? ` (${r.prepareCpuMs} preparing)` : ''}`)
        .join(', ')} ms`,
    );
    console.table([
      {
        ...flow,
        shardCpuMs: undefined,
        shardOverheadShareOfEngine: `${(flow.shardOverheadShareOfEngine * 100).toFixed(1)} %`,
      },
    ]);
    const scoring = shards.map((r) => r.cpuMs - r.prepareCpuMs);
    const projection = [1, 2, 4, 8].map((n) => {
      const makespan = makespanOf(scoring, n, prepareMs);
      const ms = makespan + parentCpuMs;
      return {
        workers: n,
        shardPhaseMs: Math.round(makespan),
        projectedWallMs: Math.round(ms),
        vsOneProcess: Number((ms / singleCpuMs).toFixed(2)),
      };
    });
    results.flowProjection = projection;
    console.log(
      '\nProjected wall time of the flow run for 1, 2, 4, 8 workers with a core each, from the measured CPU times\n' +
        '(the shards spread longest first, each worker preparing the model once, + the run job itself; against the\n' +
        'one-process CPU time; waits for PostgreSQL and Redis left out; this machine has 2 cores):',
    );
    console.table(projection);
    await Promise.all(workers.splice(0).map(stop));
    await queue.close();

    // 3. Many small runs: the demo arenas only (the generated rows are closed/paused first).
    await ds.query(`UPDATE knowledge_needs SET status = 'CLOSED'`);
    await ds.query(`UPDATE competence_profiles SET status = 'PAUSED'`);
    const demo = await seedDemoData(ds);
    const pairs = demo.arenas.flatMap((arena) =>
      [null, ...PROJECT_TYPES].map((projectType) => ({ arenaId: arena.id, projectType })),
    );
    const smallBatch = async (count: number, what: string): Promise<RunRow[]> => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const { arenaId, projectType } = pairs[i % pairs.length];
        ids.push(await api.start(arenaId, projectType));
      }
      const final = await until(
        () => ds.query<RunRow[]>(`SELECT * FROM match_runs WHERE id = ANY($1::uuid[])`, [ids]),
        (rs) =>
          rs.length === ids.length &&
          rs.every((r) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status)),
        600_000,
        what,
      );
      return final.filter((r) => r.status !== 'CANCELLED'); // replaced ones never ran
    };
    const throughput: Array<Record<string, unknown>> = [];
    for (const count of [1, 2]) {
      while (workers.length < count) workers.push(await startWorker(env));
      // warm every worker: a batch per worker, until each has run some
      const warmCpu0 = workers.map((w) => processCpuMs(w.pid!) ?? 0);
      await smallBatch(SMALL_RUNS * count, 'the warm-up runs');
      const warmCpu = workers.map((w, i) => Math.round((processCpuMs(w.pid!) ?? 0) - warmCpu0[i]));
      const cpuBefore = workerCpu(workers);
      const t = performance.now();
      const rows = await smallBatch(SMALL_RUNS, 'the small runs');
      const seconds = (performance.now() - t) / 1000;
      const cpuMs = workerCpu(workers) - cpuBefore;
      const row = {
        workers: count,
        warmUpCpuMsPerWorker: warmCpu.join(' / '),
        runs: rows.length,
        failed: rows.filter((r) => r.status !== 'SUCCEEDED').length,
        wallSeconds: Number(seconds.toFixed(1)),
        runsPerMinute: Number(((rows.length / seconds) * 60).toFixed(1)),
        workerCpuMsPerRun: Math.round(cpuMs / Math.max(1, rows.length)),
        medianQueueWaitMs: median(rows.map((r) => r.queue_wait_ms)),
        medianLoadMs: median(rows.map((r) => r.load_ms)),
        medianEngineMs: median(rows.map((r) => r.engine_ms)),
        medianSaveMs: median(rows.map((r) => r.save_ms)),
      };
      throughput.push(row);
    }
    results.smallRuns = throughput;
    console.log(
      `\nThroughput of ${SMALL_RUNS} small runs (demo arenas, 13–23 needs each) after warming every worker, concurrency 1 each`,
    );
    console.table(throughput);
    stopping = true;
    await Promise.all([...workers, apiProcess].map(stop));
  } finally {
    stopping = true;
    await Promise.all(children.map(stop));
    await ds.destroy();
    await dropDatabase(databaseUrl).catch((e: unknown) =>
      console.error(`could not drop ${databaseUrl}: ${String(e)}`),
    );
    // Remove this run's keys from Redis.
    const queue = new Queue(
      QueueName.Matching,
      bullConnectionOptions({ redisUrl: base.REDIS_URL, prefix: String(env.BULL_PREFIX) }),
    );
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'queue-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to bench/results/queue-latest.json`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
