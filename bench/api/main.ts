/**
 * bench:api — what one GraphQL request costs Brobygger, next to a plain server and a bare `pg` loop, same run.
 *
 * Creates a fresh database (<configured database>_bench_<timestamp>) with the reference data, ~2,000 generated
 * needs (150 municipalities, 1–2 contacts each) and a match run with 200 proposals, then for each scenario — a flat
 * list, the nested list (owner, municipality, county, contacts), full-text search and the proposal list — measures:
 * - Brobygger's API (`apps/api/src/main.ts`, production mode, signed in as an admin, rate limiting off) and the
 *   baseline (bench/api/baseline-server.ts: Apollo Server 5 + express + pg + DataLoader + JWT, same statements,
 *   same JSON; the need scenarios only; twice: unnamed and named prepared statements), each in its own process:
 *   saturated throughput with BENCH_CONNECTIONS (32) closed-loop connections (autocannon, in slices alternating
 *   between the servers), Node CPU and PostgreSQL CPU per request over those slices (read from /proc for the
 *   server process and its own PostgreSQL backends), and p50/p99 at fixed offered rates (BENCH_RATES, open loop:
 *   latency from each request's scheduled send time);
 * - a `pg` loop sending the statements Brobygger sent for one request of the scenario (captured first), one after
 *   the other, on BENCH_LOOP_CLIENTS parallel clients: iterations/s and CPU per iteration.
 * Prints a table, writes bench/results/api-latest.json and drops the database.
 *
 * Options (environment): BENCH_DURATION seconds per measurement (default 8), BENCH_CONNECTIONS (32), BENCH_RATES
 * (default "40,80"), BENCH_NEEDS (2000), BENCH_LOOP_CLIENTS (8), BENCH_SCENARIOS (keys: list,nested,search,proposals;
 * default all), BENCH_COMPARE (a second checkout of the repository, with node_modules: its API is measured beside
 * this one, on a copy of the database, for A/B comparisons in the same run), BENCH_PROFILE (a directory: V8 CPU
 * profiles of each server over its saturated slices, see bench/api/cpu-profile-hook.ts) and BENCH_TEMPLATE (a
 * database name: prepared once and kept, then copied for each run, to save the preparation when iterating).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@brobygger/config';
import {
  createDatabaseIfMissing,
  createDataSource,
  dropDatabase,
  maintenanceUrlOf,
  reindexSearch,
  seedReferenceData,
} from '@brobygger/persistence';
import { Client, Pool } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createArena, createProfile, createResearchGroup } from '../../test/factories';
import { CpuMeter } from './cpu';
import { offerRate, saturate, Target } from './load';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const RATES = (process.env.BENCH_RATES ?? '40,80').split(',').map(Number);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 2000);
const LOOP_CLIENTS = Number(process.env.BENCH_LOOP_CLIENTS ?? 8);
const SCENARIO_KEYS = process.env.BENCH_SCENARIOS?.split(',');
const COMPARE_DIR = process.env.BENCH_COMPARE;
const PROFILE_DIR = process.env.BENCH_PROFILE;
const TEMPLATE = process.env.BENCH_TEMPLATE;
const PROPOSALS = 200;

const NEED_FIELDS = 'id title status themes projectType language createdAt';
const NESTED_NEED_FIELDS = `${NEED_FIELDS}
  organization { id name kind researchExperience municipality { number name population sizeClass } county { number name } }
  contacts { name email role }`;

function needsQuery(fields: string): string {
  return `query Needs($first: Int!, $filter: KnowledgeNeedFilter) {
    knowledgeNeeds(first: $first, filter: $filter) {
      totalCount
      edges { cursor node { ${fields} } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
}

const PROPOSALS_QUERY = `query Proposals($first: Int!, $filter: ConsortiumProposalFilter) {
  consortiumProposals(first: $first, filter: $filter) {
    totalCount
    edges { cursor node {
      id rank score status explanation
      leadOrganization { id name }
      members { role organization { id name } knowledgeNeed { id title } competenceProfile { id title } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Scenario {
  key: string;
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The baseline server implements the need queries only. */
  baseline: boolean;
}

const THEMES = [
  'HEALTH_AND_CARE',
  'EDUCATION_AND_CHILDHOOD',
  'CLIMATE_AND_ENVIRONMENT',
  'ENERGY_AND_BUILDINGS',
  'PLANNING_AND_TRANSPORT',
  'DIGITALISATION',
  'LEADERSHIP_AND_WORKPLACE',
  'INCLUSION_AND_INTEGRATION',
];
const PROJECT_TYPES = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'];
const TOPICS = [
  'Rekruttering og kompetanse i eldreomsorgen',
  'Digitalt tilsyn for hjemmeboende',
  'Klimatilpasning av kommunale bygg',
  'Trygg skolevei og aktiv transport',
  'Inkludering av nyankomne i arbeidslivet',
  'Tverrfaglig oppfølging av barn og unge',
  'Energieffektivisering i skoler',
  'Medvirkning i arealplanlegging',
];

/** CREATE DATABASE `target` as a copy of the database `source` (which must have no open connections). */
async function copyDatabase(source: string, targetUrl: string): Promise<void> {
  const { database, maintenanceUrl } = maintenanceUrlOf(targetUrl);
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${source}"`);
  } finally {
    await client.end();
  }
}

async function databaseExists(url: string): Promise<boolean> {
  const { database, maintenanceUrl } = maintenanceUrlOf(url);
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return Boolean(found.rowCount);
  } finally {
    await client.end();
  }
}

function databaseUrlWithName(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepareDatabase(url: string): Promise<void> {
  await createDatabaseIfMissing(url);
  const ds: DataSource = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'all' });
    await seedReferenceData(ds);
    await ds.query(`
      INSERT INTO organizations (kind, name, municipality_number, research_experience)
      SELECT 'MUNICIPALITY', name || ' kommune', number,
             (ARRAY['NONE','SOME','EXTENSIVE'])[1 + (row_number() OVER (ORDER BY number))::int % 3]
      FROM municipalities ORDER BY number LIMIT 150`);
    const owners: Array<{ id: string }> = await ds.query(
      'SELECT id FROM organizations ORDER BY name',
    );
    const organizationIds: string[] = [];
    const titles: string[] = [];
    const descriptions: string[] = [];
    const themes: string[] = [];
    const projectTypes: string[] = [];
    for (let i = 0; i < NEEDS; i += 1) {
      const topic = TOPICS[i % TOPICS.length];
      organizationIds.push(owners[i % owners.length].id);
      titles.push(`${topic} (${i + 1})`);
      descriptions.push(
        `${topic}. Kommunen ønsker å samarbeide med forskere om å prøve ut nye løsninger, ` +
          'måle effekten og dele erfaringene med andre kommuner i regionen.',
      );
      themes.push([THEMES[i % THEMES.length], THEMES[(i * 7 + 3) % THEMES.length]].join(','));
      projectTypes.push(PROJECT_TYPES[i % PROJECT_TYPES.length]);
    }
    await ds.query(
      `INSERT INTO knowledge_needs (organization_id, title, description, language, themes, project_type, status, published_at)
       SELECT o, t, d, 'nb', string_to_array(th, ','), p, 'OPEN', now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(o, t, d, th, p)`,
      [organizationIds, titles, descriptions, themes, projectTypes],
    );
    await reindexSearch(ds); // bulk-inserted needs get their full-text search vectors
    await ds.query(`
      INSERT INTO contact_persons (organization_id, knowledge_need_id, name, email, role)
      SELECT n.organization_id, n.id, 'Kontaktperson ' || left(n.id::text, 8),
             'kontakt-' || left(n.id::text, 8) || '@kommune.example.no', 'Rådgiver'
      FROM knowledge_needs n`);
    await ds.query(`
      INSERT INTO contact_persons (organization_id, knowledge_need_id, name, email, role)
      SELECT n.organization_id, n.id, 'Leder ' || left(n.id::text, 8),
             'leder-' || left(n.id::text, 8) || '@kommune.example.no', 'Virksomhetsleder'
      FROM knowledge_needs n WHERE get_byte(decode(md5(n.id::text), 'hex'), 0) % 2 = 0`);
    await addProposals(ds);
    // Bulk loading and the search reindex leave a dead version of every need: clean up as autovacuum would.
    await ds.query('VACUUM ANALYZE');
  } finally {
    await ds.destroy();
  }
}

/** A match run in an arena with PROPOSALS proposals of two needs and one research group each. */
async function addProposals(ds: DataSource): Promise<void> {
  const arena = await createArena(ds, {
    name: 'Bench-arena',
    countyNumbers: ['03', '31', '32', '33'],
  });
  const profiles: Array<{ id: string; organizationId: string }> = [];
  for (let i = 0; i < 20; i += 1) {
    const group = await createResearchGroup(ds, { name: `Forskningsgruppe ${i + 1}` });
    profiles.push(await createProfile(ds, { organizationId: group.id, capacity: 50 }));
  }
  const needs: Array<{ id: string; organization_id: string }> = await ds.query(
    `SELECT id, organization_id FROM knowledge_needs ORDER BY id LIMIT ${PROPOSALS * 2}`,
  );
  const [{ id: runId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO match_runs (arena_id, status, phase, progress) VALUES ($1, 'SUCCEEDED', 'DONE', 100) RETURNING id`,
    [arena.id],
  );
  for (let i = 0; i < PROPOSALS; i += 1) {
    const [a, b] = [needs[2 * i], needs[2 * i + 1]];
    const profile = profiles[i % profiles.length];
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO consortium_proposals (match_run_id, arena_id, project_type, rank, score, components, explanation, lead_organization_id)
       VALUES ($1, $2, 'INNOVATION_PROJECT', $3, $4, '{"relevance":0.8,"coverage":1,"cohesion":1,"diversity":0.5}',
               'To kommuner med samme behov og en forskningsgruppe med relevant kompetanse.', $5) RETURNING id`,
      [runId, arena.id, i, 0.9 - i / 1000, a.organization_id],
    );
    await ds.query(
      `INSERT INTO consortium_proposal_members (proposal_id, role, organization_id, knowledge_need_id, competence_profile_id, position)
       VALUES ($1, 'NEED', $2, $3, NULL, 0), ($1, 'NEED', $4, $5, NULL, 1), ($1, 'RESEARCH_GROUP', $6, NULL, $7, 2)`,
      [id, a.organization_id, a.id, b.organization_id, b.id, profile.organizationId, profile.id],
    );
  }
}

/** Signs in as the bootstrap administrator. */
async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password } },
    }),
  });
  const json = (await response.json()) as { data?: { login?: { accessToken: string } } };
  const token = json.data?.login?.accessToken;
  if (!token) throw new Error(`login failed: ${JSON.stringify(json)}`);
  return token;
}

async function post(target: Target): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `script` with ts-node in a child process (in `cwd`, default this checkout) and waits until `url` answers.
 * With BENCH_PROFILE it preloads the CPU-profile hook, its profiles named `label`.
 */
async function startServer(
  script: string,
  env: Record<string, string>,
  url: string,
  label: string,
  cwd = process.cwd(),
): Promise<ChildProcess> {
  const profiling = PROFILE_DIR ? ['-r', join(__dirname, 'cpu-profile-hook.ts')] : ([] as string[]);
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      ...profiling,
      script,
    ],
    {
      cwd,
      env: {
        ...process.env,
        ...env,
        BENCH_PROFILE_DIR: PROFILE_DIR ?? '',
        BENCH_PROFILE_LABEL: label,
      },
      // An IPC channel for the profile hook's messages.
      stdio: ['ignore', 'ignore', 'inherit', ...(PROFILE_DIR ? (['ipc'] as const) : [])],
    },
  );
  child.once('exit', (code, signal) => {
    if (!stopping.has(child)) process.stderr.write(`${label} exited: ${code ?? signal}\n`);
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${script} did not start within 120 s`);
    try {
      const response = await fetch(url, { method: 'GET' });
      await response.text();
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const stopping = new Set<ChildProcess>();

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  stopping.add(child);
  child.kill('SIGTERM');
  await exited;
}

type Statement = { sql: string; params: unknown[] };

/**
 * Runs each scenario once against Brobygger in this process and records the statements it sends (the pg loop
 * replays them). Returns them per scenario, with a token of the bootstrap admin.
 */
async function captureStatements(
  scenarios: Scenario[],
  admin: { email: string; password: string },
): Promise<{ token: string; statements: Statement[][] }> {
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { configureApp } = await import('../../apps/api/src/configure-app');
  const app = await NestFactory.create(AppModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await login(`http://127.0.0.1:${port}`, admin.email, admin.password);
    const ds = app.get(DataSource);
    let recording: Statement[] | null = null;
    const original = ds.logger;
    const recorder: TypeOrmLogger = new Proxy(original, {
      get(target, property, receiver) {
        if (property === 'logQuery') {
          return (sql: string, params?: unknown[], runner?: never) => {
            recording?.push({ sql, params: params ?? [] });
            return target.logQuery(sql, params, runner);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    Object.defineProperty(ds, 'logger', { value: recorder, configurable: true, writable: true });
    const statements: Statement[][] = [];
    for (const scenario of scenarios) {
      const target = targetOf(url, token, scenario);
      await post(target); // the first request also fills the principal cache: record the second
      recording = [];
      const json = await post(target);
      if (json.errors || !json.data)
        throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
      statements.push(recording);
      recording = null;
    }
    return { token, statements };
  } finally {
    await app.close();
  }
}

function targetOf(url: string, token: string, scenario: Scenario): Target {
  return {
    url,
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  };
}

interface ServerFigures {
  requestsPerSecond: number;
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  errors: number;
  openLoop: Array<{ offered: number; completed: number; p50: number; p99: number; errors: number }>;
}

const two = (n: number) => Math.round(n * 100) / 100;

const SLICES = 4;

/**
 * Measures the servers side by side: a warm-up, then saturated load in SLICES short slices alternating between
 * them (so that a neighbour's burst on the shared machine hits both alike), CPU summed over each server's slices,
 * then each offered rate on each server in turn.
 */
async function measureServers(
  servers: Array<{ target: Target; meter: CpuMeter; child: ChildProcess }>,
): Promise<ServerFigures[]> {
  for (const { target } of servers) await saturate(target, CONNECTIONS, 3); // JIT, pools, caches
  // Profiles (BENCH_PROFILE) cover the saturated slices; the other servers' slices show as idle time.
  if (PROFILE_DIR) servers.forEach(({ child }) => child.send('profile:start'));
  const totals = servers.map(() => ({
    requests: 0,
    seconds: 0,
    nodeMs: 0,
    postgresMs: 0,
    errors: 0,
  }));
  for (let slice = 0; slice < SLICES; slice += 1) {
    for (const [i, { target, meter }] of servers.entries()) {
      await meter.start();
      const started = performance.now();
      const saturated = await saturate(target, CONNECTIONS, DURATION / SLICES);
      totals[i].seconds += (performance.now() - started) / 1000;
      const cpu = await meter.stop();
      totals[i].requests += saturated.requests;
      totals[i].errors += saturated.errors;
      totals[i].nodeMs += cpu.nodeMs;
      totals[i].postgresMs += cpu.postgresMs;
    }
  }
  if (PROFILE_DIR) {
    await Promise.all(
      servers.map(({ child }) => {
        const written = new Promise((resolve) => child.once('message', resolve));
        child.send('profile:stop');
        return written;
      }),
    );
  }
  const openLoops = servers.map(() => [] as ServerFigures['openLoop']);
  for (const rate of RATES) {
    for (const [i, { target }] of servers.entries())
      openLoops[i].push(await offerRate(target, rate, DURATION));
  }
  return totals.map((t, i) => ({
    requestsPerSecond: Math.round(t.requests / t.seconds),
    nodeCpuMsPerRequest: two(t.nodeMs / t.requests),
    postgresCpuMsPerRequest: two(t.postgresMs / t.requests),
    errors: t.errors,
    openLoop: openLoops[i],
  }));
}

/** LOOP_CLIENTS clients replay one request's statements back to back for DURATION seconds. */
async function pgLoop(
  databaseUrl: string,
  database: string,
  statements: Statement[],
): Promise<{
  iterationsPerSecond: number;
  nodeCpuMsPerIteration: number;
  postgresCpuMsPerIteration: number;
}> {
  const pool = new Pool({
    connectionString: databaseUrl,
    application_name: 'bench-pgloop',
    max: LOOP_CLIENTS,
    idleTimeoutMillis: 0,
  });
  const admin = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const clients = await Promise.all(Array.from({ length: LOOP_CLIENTS }, () => pool.connect()));
    const run = async (seconds: number) => {
      const deadline = performance.now() + seconds * 1000;
      let iterations = 0;
      await Promise.all(
        clients.map(async (client) => {
          while (performance.now() < deadline) {
            for (const { sql, params } of statements) await client.query(sql, params);
            iterations += 1;
          }
        }),
      );
      return iterations;
    };
    await run(2);
    const meter = new CpuMeter(admin, {
      pid: process.pid,
      database,
      applicationName: 'bench-pgloop',
    });
    await meter.start();
    const started = performance.now();
    const iterations = await run(DURATION);
    const seconds = (performance.now() - started) / 1000;
    const cpu = await meter.stop();
    clients.forEach((client) => client.release());
    return {
      iterationsPerSecond: Math.round(iterations / seconds),
      nodeCpuMsPerIteration: two(cpu.nodeMs / iterations),
      postgresCpuMsPerIteration: two(cpu.postgresMs / iterations),
    };
  } finally {
    await pool.end();
    await admin.end();
  }
}

async function main(): Promise<void> {
  const base = loadConfig();
  // Named after the configured database (DATABASE_URL) and queue prefix, so that runs stay in their owner's names.
  const database = `${maintenanceUrlOf(base.DATABASE_URL).database}_bench_${Date.now()}_${process.pid}`;
  const databaseUrl = databaseUrlWithName(base.DATABASE_URL, database);
  if (TEMPLATE) {
    const templateUrl = databaseUrlWithName(base.DATABASE_URL, TEMPLATE);
    if (!(await databaseExists(templateUrl))) {
      process.stderr.write(`› preparing ${TEMPLATE} (kept) with ${NEEDS} needs\n`);
      await prepareDatabase(templateUrl);
    }
    await copyDatabase(TEMPLATE, databaseUrl);
  } else {
    process.stderr.write(
      `› preparing ${database} with ${NEEDS} needs and ${PROPOSALS} proposals\n`,
    );
    await prepareDatabase(databaseUrl);
  }

  const jwtSecret = randomBytes(32).toString('hex');
  const adminUser = {
    email: 'bench-admin@brobygger.local',
    password: randomBytes(18).toString('base64url'),
  };
  const apiEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: jwtSecret,
    BULL_PREFIX: `${base.BULL_PREFIX}-bench-${Date.now()}`,
    // The benchmark measures the API, not the rate limiter: one client sends thousands of requests.
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_PREFIX: `${base.BULL_PREFIX}-bench-${Date.now()}`,
    BOOTSTRAP_ADMIN_EMAIL: adminUser.email,
    BOOTSTRAP_ADMIN_PASSWORD: adminUser.password,
  };
  Object.assign(process.env, apiEnv);

  const scratch = new Pool({ connectionString: databaseUrl, max: 1 });
  const [{ id: runId }] = (await scratch.query<{ id: string }>('SELECT id FROM match_runs LIMIT 1'))
    .rows;
  await scratch.end();
  const allScenarios: Scenario[] = [
    {
      key: 'list',
      name: 'list: knowledgeNeeds(first: 20), own fields',
      query: needsQuery(NEED_FIELDS),
      variables: { first: 20, filter: { statuses: ['OPEN'] } },
      baseline: true,
    },
    {
      key: 'nested',
      name: 'nested list: + owner, municipality, county, contacts',
      query: needsQuery(NESTED_NEED_FIELDS),
      variables: { first: 20, filter: { statuses: ['OPEN'] } },
      baseline: true,
    },
    {
      key: 'search',
      name: 'full-text search: nested list, text "eldreomsorg"',
      query: needsQuery(NESTED_NEED_FIELDS),
      variables: { first: 20, filter: { text: 'eldreomsorg' } },
      baseline: true,
    },
    {
      key: 'proposals',
      name: 'proposal list: consortiumProposals(first: 20) with members',
      query: PROPOSALS_QUERY,
      variables: { first: 20, filter: { matchRunId: runId } },
      baseline: false,
    },
  ];
  const scenarios = allScenarios.filter((s) => !SCENARIO_KEYS || SCENARIO_KEYS.includes(s.key));

  // The compared API (BENCH_COMPARE) gets its own copy of the database, so that its PostgreSQL backends are told
  // apart from this API's (both name themselves 'brobygger').
  const compareDatabase = `${database}_compare`;
  const compareUrl = databaseUrlWithName(base.DATABASE_URL, compareDatabase);
  const admin = new Pool({ connectionString: databaseUrl, max: 1 });
  const children: ChildProcess[] = [];
  try {
    process.stderr.write('› capturing the statements of one request per scenario\n');
    const { token, statements } = await captureStatements(scenarios, adminUser);

    interface Measured {
      label: string;
      url: string;
      child: ChildProcess;
      database: string;
      applicationName: string;
      baselineOnly: boolean;
    }
    const measured: Measured[] = [];
    const start = async (
      label: string,
      script: string,
      env: Record<string, string>,
      health: (port: number) => string,
      where: Omit<Measured, 'label' | 'url' | 'child'>,
      cwd?: string,
    ) => {
      const port = await freePort();
      const child = await startServer(
        script,
        { ...env, PORT: String(port) },
        health(port),
        label,
        cwd,
      );
      children.push(child);
      measured.push({ label, url: `http://127.0.0.1:${port}/graphql`, child, ...where });
    };
    const health = (port: number) => `http://127.0.0.1:${port}/health`;
    if (COMPARE_DIR) await copyDatabase(database, compareUrl);
    await start('Brobygger', 'apps/api/src/main.ts', apiEnv, health, {
      database,
      applicationName: 'brobygger',
      baselineOnly: false,
    });
    if (COMPARE_DIR) {
      await start(
        `Brobygger at ${COMPARE_DIR}`,
        'apps/api/src/main.ts',
        { ...apiEnv, DATABASE_URL: compareUrl },
        health,
        { database: compareDatabase, applicationName: 'brobygger', baselineOnly: false },
        COMPARE_DIR,
      );
    }
    await start(
      'plain Apollo + pg',
      'bench/api/baseline-server.ts',
      { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret },
      (port) => `http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`,
      { database, applicationName: 'bench-baseline', baselineOnly: true },
    );
    // The same plain server with named prepared statements, as Brobygger sends its fixed reads.
    await start(
      'plain Apollo + pg, prepared',
      'bench/api/baseline-server.ts',
      { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret, BASELINE_PREPARED: '1' },
      (port) => `http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`,
      { database, applicationName: 'bench-baseline-prepared', baselineOnly: true },
    );

    const results = [];
    for (const [index, scenario] of scenarios.entries()) {
      process.stderr.write(`› ${scenario.name}\n`);
      const servers = measured.filter((m) => scenario.baseline || !m.baselineOnly);
      const targets = servers.map((m) => targetOf(m.url, token, scenario));
      const responses = await Promise.all(targets.map(post));
      if (responses[0].errors) throw new Error(JSON.stringify(responses[0].errors));
      for (const [i, json] of responses.entries()) {
        if (JSON.stringify(json) !== JSON.stringify(responses[0]))
          throw new Error(
            `${scenario.name}: ${servers[i].label}'s response differs from Brobygger's`,
          );
      }
      const figures = await measureServers(
        servers.map((m, i) => ({
          target: targets[i],
          child: m.child,
          meter: new CpuMeter(admin, {
            pid: m.child.pid!,
            database: m.database,
            applicationName: m.applicationName,
          }),
        })),
      );
      const loop = await pgLoop(databaseUrl, database, statements[index]);
      results.push({
        scenario: scenario.name,
        statements: statements[index].length,
        servers: servers.map((m, i) => ({ server: m.label, ...figures[i] })),
        pgLoop: loop,
      });
    }

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      needs: NEEDS,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      results,
    };
    mkdirSync(join(process.cwd(), 'bench/results'), { recursive: true });
    writeFileSync(
      join(process.cwd(), 'bench/results/api-latest.json'),
      JSON.stringify(report, null, 2),
    );
    printTable(results);
  } finally {
    for (const child of children) await stopServer(child);
    await admin.end();
    await dropDatabase(databaseUrl);
    if (COMPARE_DIR) await dropDatabase(compareUrl);
    process.stderr.write('› bench database dropped\n');
  }
}

function printTable(
  results: Array<{
    scenario: string;
    statements: number;
    servers: Array<ServerFigures & { server: string }>;
    pgLoop: {
      iterationsPerSecond: number;
      nodeCpuMsPerIteration: number;
      postgresCpuMsPerIteration: number;
    };
  }>,
): void {
  const rateHeads = RATES.map((r) => `p50 / p99 at ${r}/s`);
  const blanks = RATES.map(() => '').join(' | ');
  console.log(
    `\n| scenario | server | Node CPU/req | PG CPU/req | req/s (${CONNECTIONS} conns) | ${rateHeads.join(' | ')} |`,
  );
  console.log(`|---|---|---:|---:|---:|${RATES.map(() => '---:').join('|')}|`);
  for (const r of results) {
    const [first] = r.servers;
    for (const [i, f] of r.servers.entries()) {
      const ratio =
        i > 0 ? ` (Brobygger ÷ this: ${two(first.requestsPerSecond / f.requestsPerSecond)}×)` : '';
      console.log(
        `| ${i === 0 ? r.scenario : ''} | ${f.server} | ${f.nodeCpuMsPerRequest} ms | ${f.postgresCpuMsPerRequest} ms | ` +
          `${f.requestsPerSecond}${ratio} | ` +
          f.openLoop.map((o) => `${o.p50} / ${o.p99} ms`).join(' | ') +
          ' |',
      );
    }
    console.log(
      `| | pg loop (${r.statements} statements) | ${r.pgLoop.nodeCpuMsPerIteration} ms | ${r.pgLoop.postgresCpuMsPerIteration} ms | ${r.pgLoop.iterationsPerSecond} it/s (${LOOP_CLIENTS} clients) | ${blanks} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
