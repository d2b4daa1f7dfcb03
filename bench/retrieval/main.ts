/**
 * Retrieval benchmark: `npm run bench:retrieval`.
 *
 * Ranks documents for queries through the engine's own scoring (`scoreProblem`, the path of the recommender and
 * of consortium formation: a query is a need, a document a profile) and, in the same run, through plain TF-IDF
 * with a Snowball stemmer and PostgreSQL full-text search (see ./baselines.ts), on:
 * - NorQuAD validation (Norwegian question → passage; ../shared/data/public/norquad, or NORQUAD_PATH);
 * - held-out references of the generated bench data (English expertise ranking: which profile wrote a reference).
 * Prints MRR@10, recall@1 and recall@10 per corpus and method and writes bench/results/retrieval.json.
 * PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a temporary table only).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Problem, ProblemProfile, resolveSettings, scoreProblem } from '@brobygger/engine';
import { BaselineLanguage, postgresRankings, tfidfRankings } from './baselines';
import { heldOutReferenceCorpus, norquadCorpus, RetrievalCorpus } from './corpora';
import { RankingFigures, rankingFigures } from './metrics';

const ROOT = resolve(__dirname, '../..');
const NORQUAD_PATH =
  process.env.NORQUAD_PATH ?? resolve(ROOT, '../shared/data/public/norquad/validation.json');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface MethodResult extends RankingFigures {
  method: string;
  ms: number;
}

/** Top-10 profile indices per need through the engine's scoring. */
export function engineRankings(problem: Problem): number[][] {
  const index = new Map(problem.profiles.map((p, j) => [p.id, j]));
  const byNeed = new Map<string, number[]>(problem.needs.map((n) => [n.id, []]));
  const doc = scoreProblem(problem, resolveSettings({}), { top: 10 });
  for (const e of doc.scores) byNeed.get(e.needId)!.push(index.get(e.profileId)!);
  return problem.needs.map((n) => byNeed.get(n.id)!);
}

function profileText(p: ProblemProfile): string {
  return [
    p.title,
    ...(p.keywords ?? []),
    ...(p.methods ?? []),
    p.description ?? '',
    ...(p.references ?? []).flatMap((r) => [r.title, r.abstract ?? '']),
  ].join('\n');
}

async function timed(
  method: string,
  gold: number[],
  rank: () => number[][] | Promise<number[][]>,
): Promise<MethodResult> {
  const start = performance.now();
  const ranked = await rank();
  return { method, ms: Math.round(performance.now() - start), ...rankingFigures(ranked, gold) };
}

async function measure(
  corpus: RetrievalCorpus,
  language: BaselineLanguage,
): Promise<{ corpus: string; queries: number; documents: number; methods: MethodResult[] }> {
  const { problem, gold } = corpus;
  const queries = problem.needs.map((n) => `${n.title}\n${n.description ?? ''}`);
  const documents = problem.profiles.map(profileText);
  const methods = [
    await timed('engine (scoreProblem)', gold, () => engineRankings(problem)),
    await timed(`plain TF-IDF + Snowball stemmer (${language})`, gold, () =>
      tfidfRankings(queries, documents, language),
    ),
    await timed(`PostgreSQL FTS '${language}' (ts_rank, OR)`, gold, () =>
      postgresRankings(DATABASE_URL, queries, documents, language),
    ),
  ];
  return {
    corpus: corpus.name,
    queries: problem.needs.length,
    documents: problem.profiles.length,
    methods,
  };
}

function printTable(result: Awaited<ReturnType<typeof measure>>): void {
  const f = (x: number): string => x.toFixed(3);
  process.stdout.write(
    `\n${result.corpus}: ${result.queries} queries, ${result.documents} documents\n`,
  );
  process.stdout.write(
    `${'method'.padEnd(48)} ${'MRR@10'.padStart(7)} ${'R@1'.padStart(7)} ${'R@10'.padStart(7)} ${'misses'.padStart(7)} ${'ms'.padStart(7)}\n`,
  );
  for (const m of result.methods) {
    process.stdout.write(
      `${m.method.padEnd(48)} ${f(m.mrrAt10).padStart(7)} ${f(m.recallAt1).padStart(7)} ${f(m.recallAt10).padStart(7)} ${f(1 - m.mrrAt10).padStart(7)} ${String(m.ms).padStart(7)}\n`,
    );
  }
}

async function main(): Promise<void> {
  const results = [
    await measure(norquadCorpus(NORQUAD_PATH), 'norwegian'),
    await measure(heldOutReferenceCorpus(), 'english'),
  ];
  results.forEach(printTable);
  const [engine, tfidf, pg] = results[0].methods;
  const missRatio = (1 - engine.mrrAt10) / Math.max(1e-9, 1 - pg.mrrAt10);
  process.stdout.write(
    `\nNorQuAD targets: engine ahead of plain TF-IDF: ${engine.mrrAt10 > tfidf.mrrAt10 ? 'yes' : 'NO'} ` +
      `(${engine.mrrAt10.toFixed(4)} vs ${tfidf.mrrAt10.toFixed(4)}); misses vs PostgreSQL FTS ` +
      `${missRatio.toFixed(3)} (target ≤ 0.6)\n`,
  );
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'retrieval.json'),
    `${JSON.stringify({ date: new Date().toISOString(), results, norquadMissRatioVsPostgres: missRatio }, null, 2)}\n`,
  );
  process.stdout.write(`written: bench/results/retrieval.json\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
