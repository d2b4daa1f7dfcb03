/**
 * `npm run bench:search`: the API's full-text search of knowledge needs at scale, next to PostgreSQL's own
 * `norwegian`/`english` full-text search (the previous implementation) measured in the same run on the same rows.
 *
 * Builds a database `<DATABASE_URL name>_bench_search` with SEARCH_BENCH_NEEDS (default 50,000) generated needs
 * (bokmål, nynorsk and English wording of the planted topics of bench:matching), indexes them with the engine's
 * normaliser (reindexSearch, timed), adds a `legacy_vector` column with the old configuration-based vector and its
 * own GIN index for the baseline, VACUUM ANALYZEs, and then for each query reports:
 * - hits of the engine search and of the baseline, so equivalent words can be compared
 *   (heimetenesta / hjemmetjenesten, sykepleier / sykepleiere, English / Norwegian);
 * - the plan of the repository's actual page statement (captured from KnowledgeNeedRepository.list) and whether
 *   it reads the GIN index (Bitmap Index Scan), with its execution time, next to the baseline's.
 * Then the cost of `similarKnowledgeNeeds` (partner finding) at this scale for SIMILAR_SAMPLES needs: loading every
 * other need (SimilarNeedsRepository.corpus) and the engine's ranking over them (rankSimilarNeeds).
 * The database is dropped at the end (SEARCH_BENCH_KEEP=1 keeps it).
 */
import 'reflect-metadata';
import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { loadConfig } from '@brobygger/config';
import {
  createDatabaseIfMissing,
  createDataSource,
  dropDatabase,
  KnowledgeNeedRepository,
  reindexSearch,
} from '@brobygger/persistence';
import { rankSimilarNeeds } from '@brobygger/engine';
import { SimilarNeedsRepository } from '@brobygger/persistence/repositories/similar-needs.repository';
import { seedReferenceData } from '@brobygger/persistence/seed/reference-data.seed';
import { Rng } from '../matching/generator';
import {
  CONTEXTS,
  GENERIC_EN,
  GENERIC_NB,
  GENERIC_NN,
  toNynorsk,
  TOPICS,
} from '../matching/topics';

const NEEDS = Number(process.env.SEARCH_BENCH_NEEDS ?? 50_000);
const RUNS = 5;
const SIMILAR_SAMPLES = 3;

const QUERIES = [
  'heimetenesta',
  'hjemmetjenesten',
  'sykepleier',
  'sykepleiere',
  'velferdsteknologi',
  'demens pårørende',
  'dementia relatives',
  'home care',
  'klimatilpasning flom',
  'skolefravær',
];

/** Collects the statements TypeORM sends, with their parameters. */
class CapturingLogger extends AbstractLogger {
  statements: Array<{ query: string; parameters: unknown[] }> = [];
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
  override logQuery(query: string, parameters?: unknown[]): void {
    this.statements.push({ query, parameters: parameters ?? [] });
  }
}

function capitalised(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

async function generateNeeds(ds: DataSource): Promise<void> {
  const owners = await ds.query<Array<{ id: string }>>(`
    INSERT INTO organizations (kind, name, municipality_number)
    SELECT 'MUNICIPALITY', name || ' kommune', number FROM municipalities ORDER BY number LIMIT 150
    RETURNING id`);
  const rng = new Rng(20261202);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)];
  const rows = {
    org: [] as string[],
    title: [] as string[],
    text: [] as string[],
    lang: [] as string[],
  };
  for (let i = 0; i < NEEDS; i++) {
    const topic = pick(TOPICS);
    const r = rng.next();
    const language = r < 0.7 ? 'nb' : r < 0.9 ? 'nn' : 'en';
    const phrases = language === 'en' ? topic.en : topic.nb;
    const context = pick(CONTEXTS);
    let title = `${capitalised(pick(phrases))} ${language === 'en' ? context.en : context.nb}`;
    let description = `${capitalised(pick(phrases))} ${language === 'en' ? 'and' : 'og'} ${pick(phrases)}.`;
    if (language === 'nn') {
      title = toNynorsk(title);
      description = `${toNynorsk(description)} ${pick(GENERIC_NN)}`;
    } else {
      description = `${description} ${pick(language === 'en' ? GENERIC_EN : GENERIC_NB)}`;
    }
    rows.org.push(owners[i % owners.length].id);
    rows.title.push(title.slice(0, 200));
    rows.text.push(description);
    rows.lang.push(language);
  }
  await ds.query(
    `INSERT INTO knowledge_needs (organization_id, title, description, language, themes, status, published_at,
                                  created_at)
     SELECT o, t, d, l, '{}', 'OPEN', now(), now() - n * interval '1 minute'
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(o, t, d, l, n)`,
    [rows.org, rows.title, rows.text, rows.lang],
  );
}

/** The previous implementation's vector, in its own column; its GIN index is built by indexBaseline. */
async function addBaseline(ds: DataSource): Promise<void> {
  await ds.query(`ALTER TABLE knowledge_needs ADD COLUMN legacy_vector tsvector`);
  await ds.query(`
    UPDATE knowledge_needs SET legacy_vector =
      setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english' ELSE 'norwegian' END::regconfig, title), 'A') ||
      setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english' ELSE 'norwegian' END::regconfig, description), 'B')`);
}

async function indexBaseline(ds: DataSource): Promise<void> {
  await ds.query(
    `CREATE INDEX idx_knowledge_needs_legacy ON knowledge_needs USING gin (legacy_vector)`,
  );
}

const LEGACY_QUERY = `(websearch_to_tsquery('norwegian', $1) || websearch_to_tsquery('english', $1))`;
const LEGACY_PAGE = `
  SELECT s.id, s.sort_key AS key
    FROM (SELECT n.id AS id, ts_rank(n.legacy_vector, ${LEGACY_QUERY}) AS sort_key
            FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
           WHERE n.legacy_vector @@ ${LEGACY_QUERY}) s
   ORDER BY s.sort_key DESC, s.id ASC LIMIT 21`;

interface PlanFigures {
  indexScan: boolean;
  ms: number;
}

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };

function usesIndex(node: PlanNode, index: string): boolean {
  if (node['Node Type'] === 'Bitmap Index Scan' && node['Index Name'] === index) return true;
  return (node.Plans ?? []).some((child) => usesIndex(child, index));
}

/** EXPLAIN ANALYZE of one statement, run RUNS times: the median execution time and whether it reads `index`. */
async function explain(
  ds: DataSource,
  sql: string,
  parameters: unknown[],
  index: string,
): Promise<PlanFigures> {
  const times: number[] = [];
  let indexScan = false;
  for (let i = 0; i < RUNS; i++) {
    const [row] = await ds.query<
      Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>
    >(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    const [plan] = row['QUERY PLAN'];
    indexScan = usesIndex(plan.Plan, index);
    times.push(plan['Execution Time']);
  }
  times.sort((a, b) => a - b);
  return { indexScan, ms: times[Math.floor(times.length / 2)] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** similarKnowledgeNeeds at this scale: loading the other needs, and the engine's ranking over all of them. */
async function similarNeeds(ds: DataSource): Promise<void> {
  const samples = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM knowledge_needs ORDER BY id LIMIT ${SIMILAR_SAMPLES}`,
  );
  const repo = new SimilarNeedsRepository(ds);
  const scope = { all: true, organizationIds: [], countyNumbers: [] };
  const load: number[] = [];
  const rank: number[] = [];
  for (const { id } of samples) {
    let started = Date.now();
    const corpus = (await repo.corpus(id, scope))!;
    load.push(Date.now() - started);
    started = Date.now();
    rankSimilarNeeds(corpus.need, corpus.others, 10);
    rank.push(Date.now() - started);
  }
  console.log(
    `\nsimilarKnowledgeNeeds (first 10) over ${NEEDS} needs, median of ${SIMILAR_SAMPLES}: ` +
      `load ${median(load)} ms, engine ${median(rank)} ms`,
  );
}

async function main(): Promise<void> {
  const base = new URL(loadConfig().DATABASE_URL);
  base.pathname = `${base.pathname}_bench_search`;
  const url = base.toString();
  await dropDatabase(url).catch(() => undefined);
  await createDatabaseIfMissing(url);
  const ds = createDataSource(url, { extra: { max: 2 } });
  const logger = new CapturingLogger();
  const captured = createDataSource(url, { extra: { max: 1 }, logger, logging: ['query'] });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'all' });
    await seedReferenceData(ds);
    let started = Date.now();
    await generateNeeds(ds);
    console.log(`${NEEDS} needs generated in ${Date.now() - started} ms`);
    started = Date.now();
    await addBaseline(ds);
    await indexBaseline(ds);
    console.log(
      `baseline (norwegian/english configurations) vectors and index: ${Date.now() - started} ms`,
    );
    started = Date.now();
    const indexed = await reindexSearch(ds);
    const indexMs = Date.now() - started;
    console.log(
      `engine vectors and index (reindexSearch): ${indexed.needs} needs in ${indexMs} ms ` +
        `(${Math.round((indexed.needs / indexMs) * 1000)} needs/s)`,
    );
    // Steady state for both: VACUUM merges the GIN pending lists that the bulk updates filled (each rebuild's row
    // versions land in the other index's list) and ANALYZE gives the planner the lexeme statistics.
    await ds.query('VACUUM ANALYZE knowledge_needs');
    await captured.initialize();
    const repo = new KnowledgeNeedRepository(captured);

    console.log(
      `\n| query | engine hits | baseline hits | engine page plan | engine ms | baseline page plan | baseline ms |`,
    );
    console.log('|---|---:|---:|---|---:|---|---:|');
    for (const text of QUERIES) {
      logger.statements = [];
      const page = await repo.list({ text }, { first: 20 });
      const pageStatement = logger.statements.find((s) => s.query.includes('sort_key'));
      if (!pageStatement) throw new Error('page statement not captured');
      const engine = await explain(
        ds,
        pageStatement.query,
        pageStatement.parameters,
        'idx_knowledge_needs_search',
      );
      const [{ count: baselineHits }] = await ds.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM knowledge_needs n WHERE n.legacy_vector @@ ${LEGACY_QUERY}`,
        [text],
      );
      const baseline = await explain(ds, LEGACY_PAGE, [text], 'idx_knowledge_needs_legacy');
      const plan = (p: PlanFigures) => (p.indexScan ? 'Bitmap Index Scan' : 'no index');
      console.log(
        `| ${text} | ${page.totalCount} | ${baselineHits} | ${plan(engine)} | ${engine.ms.toFixed(1)} | ` +
          `${plan(baseline)} | ${baseline.ms.toFixed(1)} |`,
      );
    }
    await similarNeeds(ds);
  } finally {
    if (captured.isInitialized) await captured.destroy();
    await ds.destroy();
    if (process.env.SEARCH_BENCH_KEEP !== '1') await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
