/**
 * The baselines of the retrieval benchmark, measured in the same run as the engine:
 * - plain TF-IDF: natural's tokenizeAndStem with the Snowball (Porter) stemmer of the language, raw term
 *   frequency × smoothed idf ln((1 + N) / (1 + df)) + 1, cosine of L2-normalised vectors;
 * - PostgreSQL full-text search: ts_rank of to_tsvector(config, document) against an OR of the query's lexemes,
 *   in a temporary table of the benchmark's own connection.
 */
import { Client } from 'pg';
import stemmerNo = require('natural/lib/natural/stemmers/porter_stemmer_no');
import stemmerEn = require('natural/lib/natural/stemmers/porter_stemmer');

export type BaselineLanguage = 'norwegian' | 'english';

/** natural's tokenizeAndStem: its aggressive tokenizer, stop words removed, each token stemmed. */
function analyzer(language: BaselineLanguage): (text: string) => string[] {
  const stemmer = language === 'norwegian' ? stemmerNo : stemmerEn;
  return (text) => stemmer.tokenizeAndStem(text.toLowerCase());
}

/** Top-10 document indices per query by plain TF-IDF cosine (ties: document order). */
export function tfidfRankings(
  queries: readonly string[],
  documents: readonly string[],
  language: BaselineLanguage,
): number[][] {
  const analyze = analyzer(language);
  const counts = (text: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of analyze(text)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const docCounts = documents.map(counts);
  const df = new Map<string, number>();
  for (const c of docCounts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const idf = (t: string): number => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1;
  const vector = (c: Map<string, number>): Map<string, number> => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of c) {
      const w = (1 + Math.log(f)) * idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
  const docVectors = docCounts.map(vector);
  return queries.map((q) => {
    const qv = vector(counts(q));
    const scored = docVectors.map((dv, d) => {
      let s = 0;
      for (const [t, w] of qv) s += w * (dv.get(t) ?? 0);
      return { d, s };
    });
    scored.sort((a, b) => b.s - a.s || a.d - b.d);
    return scored
      .slice(0, 10)
      .filter((x) => x.s > 0)
      .map((x) => x.d);
  });
}

/** Top-10 document indices per query by PostgreSQL full-text search (ts_rank; ties: document order). */
export async function postgresRankings(
  databaseUrl: string,
  queries: readonly string[],
  documents: readonly string[],
  config: BaselineLanguage,
): Promise<number[][]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'CREATE TEMPORARY TABLE retrieval_documents (id integer PRIMARY KEY, body tsvector NOT NULL)',
    );
    for (let start = 0; start < documents.length; start += 500) {
      const batch = documents.slice(start, start + 500);
      const params: unknown[] = [];
      const rows = batch.map((text, k) => {
        params.push(start + k, text);
        return `($${params.length - 1}::integer, to_tsvector('${config}', $${params.length}))`;
      });
      await client.query(
        `INSERT INTO retrieval_documents (id, body) VALUES ${rows.join(', ')}`,
        params,
      );
    }
    const out: number[][] = [];
    for (const q of queries) {
      const { rows } = await client.query<{ id: number }>(
        `WITH q AS (SELECT replace(plainto_tsquery('${config}', $1)::text, ' & ', ' | ') AS text)
         SELECT d.id FROM retrieval_documents d, q
         WHERE q.text <> '' AND d.body @@ q.text::tsquery
         ORDER BY ts_rank(d.body, q.text::tsquery) DESC, d.id
         LIMIT 10`,
        [q],
      );
      out.push(rows.map((r) => r.id));
    }
    return out;
  } finally {
    await client.query('DROP TABLE IF EXISTS retrieval_documents').catch(() => undefined);
    await client.end();
  }
}
