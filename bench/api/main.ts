/**
 * bench:api — throughput and latency of a realistic knowledgeNeeds page with nested fields under concurrent load.
 *
 * Creates a fresh database (brobygger_bench_<timestamp>) on the server of DATABASE_URL, migrates it, loads the
 * reference data and ~2,000 generated needs (owned by 150 municipalities, 1–2 contacts each), starts the API
 * in-process on an ephemeral port, runs autocannon against POST /graphql and prints requests/s and latency
 * percentiles (p50/p95/p99, from every response time), then drops the database.
 *
 * Options (environment): BENCH_DURATION seconds (default 15), BENCH_CONNECTIONS (default 20),
 * BENCH_NEEDS (default 2000), BENCH_PAGE_SIZE (default 20), BENCH_TOKEN (Bearer token; by default the bench signs
 * in as a bootstrap administrator it configures). Rate limiting is switched off (RATE_LIMIT_MAX=0) for the run.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { loadConfig } from '@brobygger/config';
import {
  createDatabaseIfMissing,
  createDataSource,
  dropDatabase,
  reindexSearch,
  seedReferenceData,
} from '@brobygger/persistence';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 2000);
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 20);

const QUERY = /* GraphQL */ `
  query Needs($first: Int!, $filter: KnowledgeNeedFilter) {
    knowledgeNeeds(first: $first, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          themes
          projectType
          language
          createdAt
          organization {
            id
            name
            kind
            researchExperience
            municipality {
              number
              name
              population
              sizeClass
            }
            county {
              number
              name
            }
          }
          contacts {
            name
            email
            role
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

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
    await ds.query('ANALYZE');
  } finally {
    await ds.destroy();
  }
}

interface Figures {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Signs in as the bootstrap administrator; undefined when the API has no login (no access control). */
async function login(url: string, email: string, password: string): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password } },
    }),
  });
  const json = (await response.json()) as { data?: { login?: { accessToken: string } } };
  return json.data?.login?.accessToken;
}

/** Polls until `condition` holds on two checks in a row (50 ms apart), or fails after `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let held = 0;
  while (held < 2) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    held = condition() ? held + 1 : 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  duration: number,
): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        connections: CONNECTIONS,
        duration,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: result.requests.total,
    durationSeconds: result.duration,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? NaN),
      mean: round(latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1)),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function main(): Promise<void> {
  const base = loadConfig();
  const databaseUrl = databaseUrlWithName(
    base.DATABASE_URL,
    `brobygger_bench_${Date.now()}_${process.pid}`,
  );
  const started = Date.now();
  process.stderr.write(
    `› preparing ${new URL(databaseUrl).pathname.slice(1)} with ${NEEDS} needs\n`,
  );
  await prepareDatabase(databaseUrl);
  process.stderr.write(`  ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  process.env.DATABASE_URL = databaseUrl;
  process.env.NODE_ENV = 'production';
  process.env.LOG_LEVEL = 'warn';
  process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
  process.env.BULL_PREFIX = `bench-${Date.now()}`;
  // The benchmark measures the API, not the rate limiter: one client sends thousands of requests.
  process.env.RATE_LIMIT_MAX = '0';
  process.env.RATE_LIMIT_PREFIX = `bench-${Date.now()}`;
  const adminEmail = 'bench-admin@brobygger.local';
  const adminPassword = randomBytes(18).toString('base64url');
  process.env.BOOTSTRAP_ADMIN_EMAIL = adminEmail;
  process.env.BOOTSTRAP_ADMIN_PASSWORD = adminPassword;

  // Imported after the environment is set: the app validates its configuration when its module loads.
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { configureApp } = await import('../../apps/api/src/configure-app');
  let app: Awaited<ReturnType<typeof NestFactory.create>> | undefined;
  try {
    app = await NestFactory.create(AppModule, { bufferLogs: true, abortOnError: false });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as Server;
    const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
    /**
     * autocannon stops at the deadline and drops its sockets, but the server still finishes the queries it has
     * started; wait until the connection pool is idle before the next pass (or before closing).
     */
    const settle = () =>
      waitFor(() => pool.waitingCount === 0 && pool.idleCount === pool.totalCount, 30_000);
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    const token = process.env.BENCH_TOKEN ?? (await login(url, adminEmail, adminPassword));
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const scenarios = [
      {
        name: `knowledgeNeeds(first: ${PAGE_SIZE}) with owner, municipality, county, contacts`,
        variables: { first: PAGE_SIZE, filter: { statuses: ['OPEN'] } },
      },
      {
        name: 'knowledgeNeeds(first: 20, text: "eldreomsorg") ranked full-text search',
        variables: { first: 20, filter: { text: 'eldreomsorg' } },
      },
    ];
    const results: Array<{ scenario: string } & Figures> = [];
    for (const scenario of scenarios) {
      const body = JSON.stringify({ query: QUERY, variables: scenario.variables });
      const check = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const json = (await check.json()) as {
        data?: { knowledgeNeeds: { totalCount: number; edges: unknown[] } };
        errors?: unknown;
      };
      if (json.errors || !json.data)
        throw new Error(`the benchmark query failed: ${JSON.stringify(json.errors)}`);
      process.stderr.write(
        `› ${scenario.name}: ${json.data.knowledgeNeeds.edges.length} of ${json.data.knowledgeNeeds.totalCount} needs per response; ` +
          `${CONNECTIONS} connections for ${DURATION} s\n`,
      );
      await load(url, body, headers, 3); // warm-up (JIT, connection pool, PostgreSQL caches), not reported
      await settle();
      const figures = await load(url, body, headers, DURATION);
      await settle();
      results.push({ scenario: scenario.name, ...figures });
    }
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      needs: NEEDS,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      results,
    };
    console.log(JSON.stringify(report, null, 2));
    console.log('\n| scenario | req/s | p50 ms | p95 ms | p99 ms | non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${r.scenario} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.non2xx} |`,
      );
    }
  } finally {
    await app?.close();
    await dropDatabase(databaseUrl);
    process.stderr.write('› bench database dropped\n');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
