/**
 * bench:indicators — the follow-up figures and the CSV export on a Norway-scale database with a year of history.
 *
 * Creates a fresh database (brobygger_bench_ind_<timestamp>) on the server of DATABASE_URL, migrates it, loads the
 * reference data, one municipality organization per municipality (357), 2,000 needs, 600 profiles of 300 research
 * groups, one arena per county, and twelve months of history written with ProgrammeEventRepository (needs
 * registered, published, withdrawn or taken into consortia; a match run per arena and month with proposals that
 * are accepted, rejected or superseded; consortia moving through their statuses). Then it times, each repeated
 * BENCH_REPEAT times (default 7) and reported as median and best, next to a baseline measured in the same run:
 *   - the national indicator query (12 months + the whole year) vs a plain count(*) over programme_events and
 *     knowledge_needs;
 *   - one arena's indicators;
 *   - the full CSV export of every need, streamed through the database cursor and the CSV writer into a sink, vs
 *     a plain SELECT of the same rows into memory.
 * Targets (issue 10): national indicators ≤ 200 ms, full needs export ≤ 2 s. Writes bench/results/indicators-latest.json
 * and drops the database.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '@brobygger/config';
import {
  createDatabaseIfMissing,
  createDataSource,
  dropDatabase,
  ProgrammeEvent,
  ProgrammeEventRepository,
  ProgrammeExportRepository,
  ProgrammeIndicatorRepository,
  seedReferenceData,
  THEMES,
} from '@brobygger/persistence';
import { DataSource } from 'typeorm';
import { csvLine, UTF8_BOM } from '../../apps/api/src/follow-up/csv';
import { wholeRange } from '../../apps/api/src/follow-up/follow-up.service';
import { monthlyPeriods } from '../../apps/api/src/follow-up/periods';

const NEEDS = Number(process.env.BENCH_NEEDS ?? 2000);
const PROFILES = Number(process.env.BENCH_PROFILES ?? 600);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 7);
const SKIP_TIMING = process.env.BENCH_PREPARE_ONLY === '1';
const PROJECT_TYPES = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'];
const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same history. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Need {
  id: string;
  organizationId: string;
  municipalityNumber: string;
  county: string;
  sizeClass: string;
  experience: string;
  themes: string[];
  projectType: string;
}

async function prepare(ds: DataSource, start: Date): Promise<{ arenas: Map<string, string> }> {
  const rnd = random(42);
  await seedReferenceData(ds);
  await ds.query(
    `
    INSERT INTO organizations (kind, name, municipality_number, research_experience, created_at)
    SELECT 'MUNICIPALITY', name || ' kommune', number,
           (ARRAY['NONE','SOME','EXTENSIVE'])[1 + (row_number() OVER (ORDER BY number))::int % 3], $1
      FROM municipalities`,
    [start],
  );
  await ds.query(`
    INSERT INTO organizations (kind, name, research_institution_id, county_number, research_experience)
    SELECT 'RESEARCH_GROUP', 'Forskningsgruppe ' || g, ri.id, ri.county_number, 'EXTENSIVE'
      FROM generate_series(1, 300) g
      JOIN LATERAL (SELECT id, county_number FROM research_institutions ORDER BY md5(id::text || g) LIMIT 1) ri ON true`);
  const arenas = new Map<string, string>();
  for (const { number } of await ds.query<Array<{ number: string }>>(
    'SELECT number FROM counties ORDER BY number',
  )) {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO mobilization_arenas (name) VALUES ($1) RETURNING id`,
      [`Arena ${number}`],
    );
    await ds.query(
      `INSERT INTO mobilization_arena_counties (arena_id, county_number) VALUES ($1, $2)`,
      [id, number],
    );
    arenas.set(number, id);
  }
  const municipalities = await ds.query<
    Array<{ id: string; number: string; county: string; size: string; experience: string }>
  >(`SELECT o.id, m.number, m.county_number AS county, m.size_class AS size, o.research_experience AS experience
       FROM organizations o JOIN municipalities m ON m.number = o.municipality_number ORDER BY m.number`);
  const groups = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM organizations WHERE kind = 'RESEARCH_GROUP' ORDER BY id`,
  );

  // Needs: owners drawn towards the first 60 % of municipalities (not every municipality takes part).
  const needs: Need[] = [];
  const needRows = {
    org: [] as string[],
    title: [] as string[],
    themes: [] as string[],
    type: [] as string[],
  };
  for (let i = 0; i < NEEDS; i++) {
    const m = municipalities[Math.floor(Math.pow(rnd(), 1.6) * municipalities.length)];
    const themes = [THEMES[i % THEMES.length], THEMES[(i * 5 + 3) % THEMES.length]];
    needRows.org.push(m.id);
    needRows.title.push(`Kunnskapsbehov ${i + 1}; «tjenesteutvikling» i ${m.number}`);
    needRows.themes.push(themes.join(','));
    needRows.type.push(PROJECT_TYPES[i % 3]);
    needs.push({
      id: '',
      organizationId: m.id,
      municipalityNumber: m.number,
      county: m.county,
      sizeClass: m.size,
      experience: m.experience,
      themes,
      projectType: PROJECT_TYPES[i % 3],
    });
  }
  const ids = await ds.query<Array<{ id: string }>>(
    `INSERT INTO knowledge_needs (organization_id, title, description, language, themes, project_type, status, published_at)
     SELECT o, t, 'Kommunen vil prøve ut nye løsninger sammen med forskere.' || E'\\n' || 'Andre linje; med "sitat".',
            'nb', string_to_array(th, ','), p, 'OPEN', now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(o, t, th, p, i) ORDER BY i
     RETURNING id`,
    [needRows.org, needRows.title, needRows.themes, needRows.type],
  );
  ids.forEach((row, i) => (needs[i].id = row.id));
  await ds.query(
    `INSERT INTO competence_profiles (organization_id, title, description, language, themes, capacity)
     SELECT (SELECT id FROM organizations WHERE kind = 'RESEARCH_GROUP' ORDER BY id OFFSET (g % 300) LIMIT 1),
            'Kompetanseprofil ' || g, 'Forskning på kommunale tjenester.', 'nb', ARRAY['HEALTH_AND_CARE'], 2
       FROM generate_series(1, $1::int) g`,
    [PROFILES],
  );

  // A year of history: rounds of events (each entity at most once per round, in time order).
  const rounds: ProgrammeEvent[][] = [];
  const push = (round: number, event: ProgrammeEvent) => (rounds[round] ??= []).push(event);
  const at = (days: number) => new Date(start.getTime() + days * DAY);
  const needEvent = (n: Need, toStatus: string, days: number): ProgrammeEvent => ({
    entityType: 'KNOWLEDGE_NEED',
    entityId: n.id,
    toStatus,
    occurredAt: at(days),
    countyNumbers: [n.county],
    organizationIds: [n.organizationId],
    projectType: n.projectType,
    themes: n.themes,
    payload: {
      organizationId: n.organizationId,
      organizationKind: 'MUNICIPALITY',
      municipalityNumber: n.municipalityNumber,
      sizeClass: n.sizeClass,
      researchExperience: n.experience,
      registeredAt: at(days).toISOString(),
    },
  });
  const registered = new Map<string, number>();
  for (const n of needs) {
    const day = Math.floor(rnd() * 300);
    registered.set(n.id, day);
    if (rnd() < 0.4) {
      push(0, needEvent(n, 'DRAFT', day));
      if (rnd() < 0.75) push(1, needEvent(n, 'OPEN', day + 3 + Math.floor(rnd() * 20)));
    } else push(0, needEvent(n, 'OPEN', day));
  }
  // Monthly runs per arena over the needs open by then; proposals of 2–3 needs and 1–2 groups.
  let proposalNumber = 0;
  const taken = new Set<string>();
  const uuid = (prefix: number, n: number) =>
    `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  for (let month = 1; month <= 12; month++) {
    const day = month * 30 - 5;
    for (const [county, arenaId] of arenas) {
      const open = needs.filter(
        (n) => n.county === county && registered.get(n.id)! < day && !taken.has(n.id),
      );
      const proposed: string[] = [];
      for (let p = 0; p + 1 < open.length && p < 12; p += 2) {
        const members = open.slice(p, p + 2 + (rnd() < 0.3 ? 1 : 0));
        const id = uuid(1, ++proposalNumber);
        const groupIds = [groups[Math.floor(rnd() * groups.length)].id];
        const base: ProgrammeEvent = {
          entityType: 'PROPOSAL',
          entityId: id,
          toStatus: 'PROPOSED',
          occurredAt: at(day),
          arenaId,
          countyNumbers: [county],
          organizationIds: [...members.map((m) => m.organizationId), ...groupIds],
          projectType: members[0].projectType,
          themes: [...new Set(members.flatMap((m) => m.themes))],
          payload: { needIds: members.map((m) => m.id), profileIds: [] },
        };
        push(2, base);
        proposed.push(...members.map((m) => m.id));
        const fate = rnd();
        if (fate < 0.25) {
          push(3, { ...base, toStatus: 'ACCEPTED', occurredAt: at(day + 7) });
          members.forEach((m) => taken.add(m.id));
          const consortium = uuid(2, proposalNumber);
          const snapshot = ProgrammeEventRepository.consortiumSnapshot({
            arenaId,
            projectType: base.projectType!,
            themes: base.themes!,
            countyNumbers: [county],
            organizationIds: base.organizationIds!,
            needIds: members.map((m) => m.id),
            profileIds: [],
          });
          const statuses = ['FORMING', 'CONFIRMED', 'APPLICATION_DRAFT', 'SUBMITTED'];
          const steps = 1 + Math.floor(rnd() * statuses.length);
          for (let s = 0; s < steps; s++) {
            push(4 + s, {
              entityType: 'CONSORTIUM',
              entityId: consortium,
              toStatus: statuses[s],
              occurredAt: at(day + 7 + s * 14),
              ...snapshot,
            });
          }
        } else if (fate < 0.4) {
          push(3, {
            ...base,
            toStatus: 'REJECTED',
            occurredAt: at(day + 5),
            payload: { ...base.payload, reasonCategory: rnd() < 0.5 ? 'POOR_FIT' : 'CAPACITY' },
          });
        } else if (month < 12) {
          push(3, { ...base, toStatus: 'SUPERSEDED', occurredAt: at(day + 30) });
        }
      }
      push(2, {
        entityType: 'MATCH_RUN',
        entityId: uuid(3, month * 100 + Number(county)),
        toStatus: 'SUCCEEDED',
        occurredAt: at(day),
        arenaId,
        countyNumbers: [county],
        payload: { proposedNeedIds: proposed, proposalCount: proposed.length, unmatchedCount: 0 },
      });
    }
  }
  for (const n of needs) {
    if (taken.has(n.id)) push(8, needEvent(n, 'IN_CONSORTIUM', registered.get(n.id)! + 40));
    else if (rnd() < 0.1) push(8, needEvent(n, 'WITHDRAWN', registered.get(n.id)! + 60));
  }
  for (const round of rounds) {
    if (!round) continue;
    for (let i = 0; i < round.length; i += 1000) {
      await new ProgrammeEventRepository(ds).insert(round.slice(i, i + 1000));
    }
  }
  await ds.query('ANALYZE');
  return { arenas };
}

/** CPU time (ms) used so far by a local PostgreSQL backend process; null when /proc cannot be read. */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
  } catch {
    return null;
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

/** Median and best of REPEAT runs, alternating with the baseline so both see the same machine load. */
async function compare(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<{ median: number; best: number; baselineMedian: number; baselineBest: number }> {
  const s: number[] = [];
  const b: number[] = [];
  await subject(); // warm-up (plans, caches, JIT)
  await baseline();
  for (let i = 0; i < REPEAT; i++) {
    s.push((await timed(subject)).ms);
    b.push((await timed(baseline)).ms);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    median: r(med(s)),
    best: r(Math.min(...s)),
    baselineMedian: r(med(b)),
    baselineBest: r(Math.min(...b)),
  };
}

async function main(): Promise<void> {
  const base = loadConfig();
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/brobygger_bench_ind_${Date.now()}_${process.pid}`;
  const databaseUrl = url.toString();
  await createDatabaseIfMissing(databaseUrl);
  const ds = createDataSource(databaseUrl, { extra: { max: 1 } });
  await ds.initialize();
  const results: Record<string, unknown> = { date: new Date().toISOString(), needs: NEEDS };
  try {
    await ds.runMigrations({ transaction: 'all' });
    const end = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const start = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), 1));
    const t0 = Date.now();
    const { arenas } = await prepare(ds, start);
    const [{ events }] = await ds.query<Array<{ events: number }>>(
      'SELECT count(*)::int AS events FROM programme_events',
    );
    console.log(
      `database ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: 357 municipalities, ${NEEDS} needs, ` +
        `${PROFILES} profiles, ${arenas.size} arenas, ${events} events over 12 months`,
    );
    results.events = events;
    if (SKIP_TIMING) return;

    const indicators = new ProgrammeIndicatorRepository(ds);
    const periods = monthlyPeriods(start, end);
    const national = {
      countyNumbers: null,
      arenaIds: null,
      projectTypes: null,
      themes: null,
      organizationIds: null,
    };
    const countBaseline = async () => {
      await ds.query('SELECT count(*) FROM programme_events');
      await ds.query('SELECT count(*) FROM knowledge_needs');
    };
    const nationalTimes = await compare(() => indicators.figures(national, periods), countBaseline);
    // CPU time of the database backend for the national query (the pool has one connection): unlike wall time,
    // it hardly depends on what else the shared machine is doing.
    const [{ pid }] = await ds.query<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid');
    const cpuBefore = backendCpuMs(pid);
    for (let i = 0; i < REPEAT; i++) await indicators.figures(national, periods);
    const cpuAfter = backendCpuMs(pid);
    const nationalCpuMs =
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) / REPEAT);
    const year = wholeRange(await indicators.figures(national, periods));
    const vestland = arenas.get('46')!;
    const arenaScope = {
      ...national,
      arenaIds: [vestland],
      countyNumbers: await indicators.arenaCountyNumbers([vestland]),
    };
    const arenaTimes = await compare(() => indicators.figures(arenaScope, periods), countBaseline);

    // Full needs export: cursor → CSV lines → a sink that counts bytes.
    const exportsRepo = new ProgrammeExportRepository(ds);
    let bytes = 0;
    let rows = 0;
    let peakHeap = 0;
    const exportAll = async () => {
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          done();
        },
      });
      bytes = 0;
      rows = 0;
      const heapBefore = process.memoryUsage().heapUsed;
      let chunk = UTF8_BOM + csvLine(exportsRepo.headers('needs'), ';');
      for await (const row of exportsRepo.rows('needs', null)) {
        rows++;
        chunk += csvLine(row, ';');
        if (chunk.length >= 64 * 1024) {
          sink.write(chunk);
          chunk = '';
          peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
        }
      }
      sink.end(chunk);
    };
    const selectAll = async () => {
      await ds.query('SELECT * FROM knowledge_needs');
    };
    const exportTimes = await compare(exportAll, selectAll);

    const nationalOk = nationalTimes.median <= 200;
    const exportOk = exportTimes.median <= 2000;
    results.national = {
      ...nationalTimes,
      databaseCpuMs: nationalCpuMs,
      targetMs: 200,
      ok: nationalOk,
    };
    results.arena = arenaTimes;
    results.export = { ...exportTimes, rows, bytes, targetMs: 2000, ok: exportOk };
    results.yearFigures = {
      mobilized: year.municipalities.mobilized,
      needsRegistered: year.needs.registered,
      proposalsMade: year.proposals.made,
      consortia: year.consortia.byStatus,
    };

    console.log(
      `\n| measurement (median of ${REPEAT}, best) | time | same-run baseline | target |`,
    );
    console.log('|---|---:|---:|---|');
    console.log(
      `| national indicators, 12 months (the year combined from them) | ${nationalTimes.median} ms (best ${nationalTimes.best}) | ` +
        `count(*) over events and needs: ${nationalTimes.baselineMedian} ms | ≤ 200 ms ${nationalOk ? 'met' : 'NOT MET'} |`,
    );
    console.log(
      `| national indicators: CPU time of the database backend per query | ${nationalCpuMs ?? '–'} ms | | |`,
    );
    console.log(
      `| one arena (Vestland), 12 months | ${arenaTimes.median} ms (best ${arenaTimes.best}) | ` +
        `${arenaTimes.baselineMedian} ms | |`,
    );
    console.log(
      `| CSV export of all ${rows} needs (${(bytes / 1024).toFixed(0)} KiB), streamed | ${exportTimes.median} ms (best ${exportTimes.best}) | ` +
        `SELECT * into memory: ${exportTimes.baselineMedian} ms | ≤ 2 s ${exportOk ? 'met' : 'NOT MET'} |`,
    );
    console.log(
      `\nyear: ${year.municipalities.mobilized} of 357 municipalities mobilized, ${year.needs.registered} needs, ` +
        `${year.proposals.made} proposals; export heap growth while streaming ≤ ${(peakHeap / 1048576).toFixed(1)} MiB`,
    );
  } finally {
    await ds.destroy();
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept ${databaseUrl}`);
    else
      await dropDatabase(databaseUrl).catch((e: unknown) =>
        console.error(`could not drop ${databaseUrl}: ${String(e)}`),
      );
  }
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'indicators-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('written to bench/results/indicators-latest.json');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
