/**
 * Full-text search of needs and profiles with the matching engine's normalisation (engine text/search-lexemes.ts).
 * PostgreSQL's own configurations cannot do what the engine does (nynorsk → bokmål, compound parts, the
 * English–Norwegian glossary), so the lexemes are computed here and stored as a ready-made tsvector:
 * `search_vector` (GIN-indexed) holds them with their positions and weights (title A, description and keywords B,
 * methods C), and `search_normaliser` the normaliser's fingerprint. Every write through the repositories computes
 * both; rows written otherwise (bulk SQL), or indexed by an older normaliser, are rebuilt by reindexSearch (run by
 * `npm run migration:run` and `npm run db:reindex-search`).
 */
import {
  searchLexemes,
  searchNormaliserVersion,
  searchQueryWords,
} from '@brobygger/engine/text/search-lexemes';
import { Language } from '../enums';
import { SqlParams } from '../sql';
import { Db, managerOf } from './repository-support';

type SearchWeight = 'A' | 'B' | 'C' | 'D';

/** A searched table: its text columns (plain text or text[]) and their weights. */
export interface SearchSpec {
  table: string;
  /** The GIN index on search_vector. */
  index: string;
  fields: ReadonlyArray<{ column: string; weight: SearchWeight }>;
}

export const NEED_SEARCH: SearchSpec = {
  table: 'knowledge_needs',
  index: 'idx_knowledge_needs_search',
  fields: [
    { column: 'title', weight: 'A' },
    { column: 'description', weight: 'B' },
  ],
};

export const PROFILE_SEARCH: SearchSpec = {
  table: 'competence_profiles',
  index: 'idx_competence_profiles_search',
  fields: [
    { column: 'title', weight: 'A' },
    { column: 'description', weight: 'B' },
    { column: 'keywords', weight: 'B' },
    { column: 'methods', weight: 'C' },
  ],
};

type SearchRow = Record<string, unknown> & { language: Language };

/** tsvector positions run from 1 to 16383; later words share the last position. */
const MAX_POSITION = 16383;

function quoted(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.join('. ');
  return typeof value === 'string' ? value : '';
}

/** The tsvector (as text, to be cast with ::tsvector) of a row's searched fields. */
export function searchVectorOf(spec: SearchSpec, row: SearchRow): string {
  const entries: string[] = [];
  let position = 0;
  for (const { column, weight } of spec.fields) {
    for (const lexemes of searchLexemes(textOf(row[column]), row.language)) {
      position = Math.min(position + 1, MAX_POSITION);
      for (const lexeme of lexemes) entries.push(`${quoted(lexeme)}:${position}${weight}`);
    }
  }
  return entries.join(' ');
}

/** The tsquery (as text, to be cast with ::tsquery) of a free-text query; null when it has no searchable word. */
export function searchQueryOf(text: string): string | null {
  const words = searchQueryWords(text);
  if (!words.length) return null;
  return words
    .map(
      (alternatives) => `(${alternatives.map((all) => all.map(quoted).join(' & ')).join(' | ')})`,
    )
    .join(' & ');
}

/**
 * The WHERE condition and ranking expression of a text search on `vectorSql` (e.g. `n.search_vector`). The query
 * is one parameter, so the planner sees its lexemes and can use the GIN index.
 */
export function searchCondition(
  vectorSql: string,
  params: SqlParams,
  text: string,
): { where: string; rank: string } {
  const query = searchQueryOf(text);
  if (query === null) return { where: 'false', rank: '0::real' };
  const param = `${params.add(query)}::tsquery`;
  return { where: `${vectorSql} @@ ${param}`, rank: `ts_rank(${vectorSql}, ${param})` };
}

/**
 * Adds `search_vector` and `search_normaliser` to an update's SET when it changes a searched field or the
 * language, reading the row's other fields first (inside the caller's transaction; the versioned update that
 * follows fails if the row changed in between).
 */
export async function addSearchVector(
  db: Db,
  spec: SearchSpec,
  id: string,
  set: Record<string, { value?: unknown; sql?: string }>,
): Promise<void> {
  const columns = [...spec.fields.map((f) => f.column), 'language'];
  if (!columns.some((column) => set[column] !== undefined)) return;
  const rows = await managerOf(db).query<SearchRow[]>(
    `SELECT ${columns.join(', ')} FROM ${spec.table} WHERE id = $1`,
    [id],
  );
  if (!rows.length) return; // the update reports the unknown id
  const row: SearchRow = { ...rows[0] };
  for (const column of columns) if (set[column] !== undefined) row[column] = set[column].value;
  set.search_vector = { value: searchVectorOf(spec, row) };
  set.search_normaliser = { value: searchNormaliserVersion() };
}

/** The values of INSERT's search columns for a new row: the tsvector text and the normaliser fingerprint. */
export function searchColumnsOf(spec: SearchSpec, row: SearchRow): [string, string] {
  return [searchVectorOf(spec, row), searchNormaliserVersion()];
}

const REINDEX_BATCH = 500;

export interface ReindexOptions {
  /** Rebuild every row, not only stale ones. */
  all?: boolean;
  /** Only these needs or profiles (e.g. rows just written with bulk SQL). */
  ids?: readonly string[];
}

/**
 * Rebuilds the search vectors of every need and profile indexed by another normaliser (or never), or of all rows
 * with `all`. Runs in batches; a row edited meanwhile keeps the vector its edit wrote. Returns the rows rebuilt.
 */
export async function reindexSearch(
  db: Db,
  options: ReindexOptions = {},
): Promise<{ needs: number; profiles: number }> {
  return {
    needs: await reindexTable(db, NEED_SEARCH, options),
    profiles: await reindexTable(db, PROFILE_SEARCH, options),
  };
}

async function reindexTable(db: Db, spec: SearchSpec, options: ReindexOptions): Promise<number> {
  const version = searchNormaliserVersion();
  const columns = [...spec.fields.map((f) => f.column), 'language'];
  const manager = managerOf(db);
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const rows = await manager.query<Array<SearchRow & { id: string; version: number }>>(
      `SELECT id, version, ${columns.join(', ')} FROM ${spec.table}
        WHERE id > $1 AND ($2 OR search_normaliser IS DISTINCT FROM $3)
          AND ($4::uuid[] IS NULL OR id = ANY($4::uuid[]))
        ORDER BY id LIMIT ${REINDEX_BATCH}`,
      [after, options.all ?? false, version, options.ids ?? null],
    );
    if (!rows.length) {
      // Rewritten rows wait in the GIN index's pending list, which every search scans linearly and which makes
      // the planner price the index higher; after a bulk rebuild, merge it into the index at once.
      if (count > 0) await manager.query(`SELECT gin_clean_pending_list($1::regclass)`, [spec.index]);
      return count;
    }
    await manager.query(
      `UPDATE ${spec.table} t SET search_vector = x.vector::tsvector, search_normaliser = $4
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS x(id, version, vector)
        WHERE t.id = x.id AND t.version = x.version`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.version),
        rows.map((r) => searchVectorOf(spec, r)),
        version,
      ],
    );
    count += rows.length;
    after = rows[rows.length - 1].id;
  }
}
