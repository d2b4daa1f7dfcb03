/**
 * `npm run bench:queue` — the match-run service around the engine, measured end to end:
 *  1. Norway scale (the engine benchmark's generator: 357 municipalities, ~2,000 open needs, ~600 profiles) loaded
 *     into a fresh PostgreSQL database, one arena over all 15 counties: time from `startMatchRun` (GraphQL) to
 *     SUCCEEDED, split into queue wait, load, engine and save (as the worker records them on the run).
 *  2. Throughput of many small runs (the demo data set's five arenas, 13–23 needs each) with 1 and then 2 worker
 *     processes (concurrency 1 each). The API keeps one queued run per arena and project type, so the runs go to
 *     the 20 pairs of an arena and a project type (all types, or one of the three); beyond 20, a run replaces the
 *     queued one of its pair and only the runs that ran are counted.
 * Spawns the BUILT API and worker (`npm run build` first). Writes bench/results/queue-latest.json.
 * Env: DATABASE_URL / REDIS_URL (server to use; a fresh database is created and dropped), BENCH_SMALL_RUNS (20).
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '@brobygger/persistence/data-source';
import { createDatabaseIfMissing, dropDatabase } from '@brobygger/persistence/database-admin';
import { seedReferenceData } from '@brobygger/persistence/seed/reference-data.seed';
import { seedDemoData } from '@brobygger/persistence/seed/demo-data.seed';
import { Queue } from 'bullmq';
import { bullConnectionOptions, QueueName, uuidFromKey } from '@brobygger/queue';
import type { Problem } from '@brobygger/engine';
import { PROJECT_TYPES, type ProjectType } from '@brobygger/engine/exchange/types';
import { generateProblem } from '../matching/generator';

const ROOT = resolve(__dirname, '..', '..');
const ADMIN = { email: 'bench@brobygger.local', password: 'bench-admin-password' };
const SMALL_RUNS = Number(process.env.BENCH_SMALL_RUNS ?? 20);

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

/** Loads a generated exchange-format problem into the schema (ids mapped to UUIDs). */
async function loadGenerated(ds: DataSource, problem: Problem): Promise<{ arenaId: string }> {
  const id = (key: string) => uuidFromKey(`bench:${key}`);
  const institutions = new Map(
    (
      await ds.query<Array<{ id: string; name: string }>>(
        `SELECT id, name FROM research_institutions`,
      )
    ).map((r) => [r.name, r.id]),
  );
  const orgs = problem.organizations.map((o) => ({
    id: id(o.id),
    kind: o.kind,
    name: o.name ?? o.id,
    municipality_number: o.kind === 'MUNICIPALITY' ? (o.municipalityNumber ?? null) : null,
    county_number: o.kind === 'MUNICIPALITY' ? null : (o.countyNumber ?? null),
    research_institution_id:
      o.kind === 'RESEARCH_GROUP'
        ? (institutions.get(o.institution ?? '') ?? [...institutions.values()][0])
        : null,
    research_experience: o.researchExperience ?? null,
    international_partners: o.internationalPartners ?? false,
  }));
  await ds.query(
    `INSERT INTO organizations (id, kind, name, municipality_number, county_number, research_institution_id, research_experience, international_partners)
     SELECT t.id, t.kind, t.name, t.municipality_number,
       COALESCE(t.county_number, (SELECT county_number FROM municipalities WHERE number = t.municipality_number)),
       t.research_institution_id, t.research_experience, t.international_partners
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, kind text, name text, municipality_number text, county_number text,
       research_institution_id uuid, research_experience text, international_partners boolean)`,
    [JSON.stringify(orgs)],
  );
  const needs = problem.needs.map((n) => ({
    id: id(n.id),
    organization_id: id(n.organizationId),
    title: n.title.slice(0, 200),
    description: (n.description ?? '').slice(0, 10000),
    language: n.language ?? 'nb',
    themes: n.themes ?? [],
    project_type: n.projectType ?? null,
  }));
  await ds.query(
    `INSERT INTO knowledge_needs (id, organization_id, title, description, language, themes, project_type, status, published_at)
     SELECT t.id, t.organization_id, t.title, t.description, t.language, ARRAY(SELECT jsonb_array_elements_text(t.themes)), t.project_type, 'OPEN', now()
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, organization_id uuid, title text, description text, language text, themes jsonb, project_type text)`,
    [JSON.stringify(needs)],
  );
  const profiles = problem.profiles.map((p) => ({
    id: id(p.id),
    organization_id: id(p.organizationId),
    title: p.title.slice(0, 200),
    description: (p.description ?? '').slice(0, 10000),
    language: p.language ?? 'nb',
    keywords: (p.keywords ?? []).slice(0, 50),
    methods: (p.methods ?? []).slice(0, 50),
    themes: p.themes ?? [],
    capacity: p.capacity ?? 1,
    county_numbers: p.countyNumbers ?? [],
  }));
  await ds.query(
    `INSERT INTO competence_profiles (id, organization_id, title, description, language, keywords, methods, themes, capacity, county_numbers, status)
     SELECT t.id, t.organization_id, t.title, t.description, t.language,
       ARRAY(SELECT jsonb_array_elements_text(t.keywords)), ARRAY(SELECT jsonb_array_elements_text(t.methods)),
       ARRAY(SELECT jsonb_array_elements_text(t.themes)), t.capacity, ARRAY(SELECT jsonb_array_elements_text(t.county_numbers)), 'ACTIVE'
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, organization_id uuid, title text, description text, language text,
       keywords jsonb, methods jsonb, themes jsonb, capacity int, county_numbers jsonb)`,
    [JSON.stringify(profiles)],
  );
  const refs = problem.profiles.flatMap((p) =>
    (p.references ?? []).map((r, position) => ({
      id: id(`${p.id}#${position}`),
      profile_id: id(p.id),
      title: r.title.slice(0, 500),
      summary: r.abstract?.slice(0, 5000) ?? null,
      year: r.year && r.year >= 1900 && r.year <= 2100 ? r.year : null,
      position,
    })),
  );
  if (refs.length) {
    await ds.query(
      `INSERT INTO profile_references (id, profile_id, kind, title, summary, year, position)
       SELECT t.id, t.profile_id, 'PUBLICATION', t.title, t.summary, t.year, t.position
       FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, profile_id uuid, title text, summary text, year int, position int)`,
      [JSON.stringify(refs)],
    );
  }
  const arenaId = id('arena-norway');
  await ds.query(
    `INSERT INTO mobilization_arenas (id, name, description) VALUES ($1, 'Hele Norge (benchmark)', 'Alle fylker')`,
    [arenaId],
  );
  await ds.query(
    `INSERT INTO mobilization_arena_counties (arena_id, county_number) SELECT $1, number FROM counties`,
    [arenaId],
  );
  return { arenaId };
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : 0;
};

async function main(): Promise<void> {
  for (const f of ['dist/apps/api/src/main.js', 'dist/apps/matcher/src/main.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} not found: run \`npm run build\` first`);
  }
  const base = loadConfig();
  const stamp = Date.now();
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/brobygger_bench_queue_${stamp}`;
  const databaseUrl = url.toString();
  const port = 3900 + (stamp % 90);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    BULL_PREFIX: `bench-queue-${stamp}`,
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
    const runOf = (id: string) =>
      ds.query<RunRow[]>(`SELECT * FROM match_runs WHERE id = $1`, [id]).then((r) => r[0]);

    // 1. Norway scale, one worker.
    let workers = [startProcess('dist/apps/matcher/src/main.js', env)];
    await new Promise((r) => setTimeout(r, 3000)); // let the worker connect before the clock starts
    const started = performance.now();
    const runId = await api.start(arenaId);
    const big = await until(
      () => runOf(runId),
      (r) => r && ['SUCCEEDED', 'FAILED'].includes(r.status),
      600_000,
      'the Norway run',
    );
    const wallMs = performance.now() - started;
    if (big.status !== 'SUCCEEDED') throw new Error(`Norway run failed: ${big.error}`);
    const overhead = big.queue_wait_ms + big.load_ms + big.save_ms;
    const norway = {
      needs: big.need_count,
      profiles: big.profile_count,
      proposals: big.proposal_count,
      wallMs: Math.round(wallMs),
      queueWaitMs: big.queue_wait_ms,
      loadMs: big.load_ms,
      engineMs: big.engine_ms,
      saveMs: big.save_ms,
      overheadMs: overhead,
      overheadShareOfEngine: overhead / big.engine_ms,
    };
    results.norway = norway;
    console.log('\nNorway scale: startMatchRun → SUCCEEDED');
    console.table([
      { ...norway, overheadShareOfEngine: `${(norway.overheadShareOfEngine * 100).toFixed(1)} %` },
    ]);

    // 2. Many small runs: the demo arenas only (the generated rows are closed/paused first).
    await ds.query(`UPDATE knowledge_needs SET status = 'CLOSED'`);
    await ds.query(`UPDATE competence_profiles SET status = 'PAUSED'`);
    const demo = await seedDemoData(ds);
    const throughput: Array<Record<string, unknown>> = [];
    for (const count of [1, 2]) {
      while (workers.length < count)
        workers.push(startProcess('dist/apps/matcher/src/main.js', env));
      await new Promise((r) => setTimeout(r, 3000));
      const t = performance.now();
      const pairs = demo.arenas.flatMap((arena) =>
        [null, ...PROJECT_TYPES].map((projectType) => ({ arenaId: arena.id, projectType })),
      );
      const ids: string[] = [];
      for (let i = 0; i < SMALL_RUNS; i++) {
        const { arenaId, projectType } = pairs[i % pairs.length];
        ids.push(await api.start(arenaId, projectType));
      }
      const final = await until(
        () => ds.query<RunRow[]>(`SELECT * FROM match_runs WHERE id = ANY($1::uuid[])`, [ids]),
        (rs) =>
          rs.length === ids.length &&
          rs.every((r) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status)),
        600_000,
        'the small runs',
      );
      const rows = final.filter((r) => r.status !== 'CANCELLED'); // replaced ones never ran
      const seconds = (performance.now() - t) / 1000;
      const row = {
        workers: count,
        runs: rows.length,
        failed: rows.filter((r) => r.status !== 'SUCCEEDED').length,
        wallSeconds: Number(seconds.toFixed(1)),
        runsPerMinute: Number(((rows.length / seconds) * 60).toFixed(1)),
        medianQueueWaitMs: median(rows.map((r) => r.queue_wait_ms)),
        medianLoadMs: median(rows.map((r) => r.load_ms)),
        medianEngineMs: median(rows.map((r) => r.engine_ms)),
        medianSaveMs: median(rows.map((r) => r.save_ms)),
      };
      throughput.push(row);
    }
    results.smallRuns = throughput;
    console.log(
      `\nThroughput of ${SMALL_RUNS} small runs (demo arenas, 13–23 needs each), worker concurrency 1 each`,
    );
    console.table(throughput);
    stopping = true;
    await Promise.all([...workers, apiProcess].map(stop));
    workers = [];
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
