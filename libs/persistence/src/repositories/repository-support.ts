import {
  DataSource,
  EntityManager,
  ObjectLiteral,
  QueryFailedError,
  ValueTransformer,
} from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../errors';
import { CursorPosition, decodeCursor, Page, PageRequest, pageSizeOf, toPage } from '../pagination';
import { translateDatabaseError } from '../pg-errors';
import { groupedInKeyOrder, inKeyOrder, isUuid, SqlParams } from '../sql';

/** A DataSource or a transaction's EntityManager; repositories work on either. */
export type Db = DataSource | EntityManager;

export function managerOf(db: Db): EntityManager {
  return db instanceof DataSource ? db.manager : db;
}

/** Runs `work` in a transaction (a savepoint when `db` is already transactional); translates constraint errors. */
export async function inTransaction<T>(
  db: Db,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await managerOf(db).transaction(work);
  } catch (error) {
    return translateDatabaseError(error);
  }
}

/** Runs one statement and translates constraint errors into ValidationError. */
export async function runQuery<T = unknown>(
  db: Db,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  try {
    return (await managerOf(db).query(sql, params)) as T;
  } catch (error) {
    return translateDatabaseError(error);
  }
}

/** Statement names by SQL text, for `readRows`; bounded so that a stray dynamic text cannot grow it forever. */
const STATEMENT_NAMES = new Map<string, string>();
const MAX_STATEMENT_NAMES = 500;

function statementNameOf(sql: string): string | undefined {
  let name = STATEMENT_NAMES.get(sql);
  if (name === undefined && STATEMENT_NAMES.size < MAX_STATEMENT_NAMES) {
    name = `brobygger_read_${STATEMENT_NAMES.size + 1}`;
    STATEMENT_NAMES.set(sql, name);
  }
  return name;
}

/**
 * The one way reads with a fixed SQL text run (DataLoader batches, pages and their counts): outside a transaction
 * straight on the connection pool as a named prepared statement, which PostgreSQL parses and plans once per
 * connection instead of once per request, without TypeORM's query runner around it; inside a transaction through
 * its query runner. Logged like every TypeORM statement (statement-count specs see it); errors are TypeORM's
 * QueryFailedError as from `runQuery`. The text must not contain values (parameters only), or every value would
 * prepare a statement of its own (after MAX_STATEMENT_NAMES texts, statements are sent unnamed).
 */
export async function readRows<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  const manager = managerOf(db);
  if (manager.queryRunner) return runQuery<T[]>(db, sql, params);
  const { connection } = manager;
  connection.logger.logQuery(sql, params);
  try {
    const pool = (connection.driver as PostgresDriver).master as {
      query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
    };
    const { rows } = await pool.query({ name: statementNameOf(sql), text: sql, values: params });
    return rows;
  } catch (error) {
    connection.logger.logQueryError(error as Error, sql, params);
    return translateDatabaseError(new QueryFailedError(sql, params, error as Error));
  }
}

/** How one entity's rows are read with plain SQL: the select list and the mapper, built once per entity. */
export interface EntityRows {
  table: string;
  /** `t."column" AS "property", …` for `FROM <table> t`. */
  columns: string;
  /** `"column" AS "property", …` for `RETURNING`. */
  returning: string;
  map: (row: Record<string, unknown>) => unknown;
}

/** An entity class (what TypeORM's metadata is keyed by). */
export type EntityClass<T> = new (...args: never[]) => T;

const ENTITY_ROWS = new Map<EntityClass<unknown>, EntityRows>();

/**
 * The select list (`t."column" AS "property"`, alias `t`) and the row mapper of an entity, from its TypeORM
 * metadata: columns selected by default, their transformers (e.g. numeric → number) applied. Rows stay plain
 * objects of the entity's shape (no code tests them with `instanceof`), without TypeORM's query building and
 * hydration, which cost more CPU than the statement itself on the API's batch loads.
 */
export function entityRows(db: Db, target: EntityClass<unknown>): EntityRows {
  const known = ENTITY_ROWS.get(target);
  if (known) return known;
  const metadata = managerOf(db).connection.getMetadata(target);
  const columns = metadata.columns.filter((c) => c.isSelect && !c.relationMetadata);
  const transformed = columns
    .filter((c) => c.transformer && !Array.isArray(c.transformer))
    .map((c) => ({ property: c.propertyName, from: (c.transformer as ValueTransformer).from }));
  const rows: EntityRows = {
    table: metadata.tablePath,
    columns: columns.map((c) => `t."${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    returning: columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    map: (row) => {
      for (const { property, from } of transformed) row[property] = from(row[property]);
      return row;
    },
  };
  ENTITY_ROWS.set(target, rows);
  return rows;
}

/**
 * Entities of `target` (table alias `t`) matching `where`, in `orderBy` order (which may end with LIMIT/OFFSET);
 * one plain SQL statement.
 */
export async function selectEntities<T extends ObjectLiteral>(
  db: Db,
  target: EntityClass<T>,
  where: string,
  params: unknown[],
  orderBy?: string,
): Promise<T[]> {
  const { table, columns, map } = entityRows(db, target);
  const rows = await readRows<Record<string, unknown>>(
    db,
    `SELECT ${columns} FROM ${table} t WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
    params,
  );
  return rows.map((row) => map(row) as T);
}

/**
 * The rows an `INSERT/UPDATE/DELETE … RETURNING` statement affected — the one way to read affected rows (TypeORM
 * answers `[rows, count]` for UPDATE and DELETE but the rows alone for INSERT).
 */
export async function returningRows<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  const result = await runQuery<unknown[]>(db, sql, params);
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** `returningRows` mapped to entities (`RETURNING ${entityRows(db, Entity).returning}`). */
export async function returningEntities<T>(
  db: Db,
  target: EntityClass<T>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const { map } = entityRows(db, target);
  const rows = await returningRows<Record<string, unknown>>(db, sql, params);
  return rows.map((row) => map(row) as T);
}

/**
 * Batch load of children by parent id (uuid `column`, entity property `property`): one statement, one array per
 * key in key order (empty for unknown or malformed keys), each in `orderBy` order.
 */
export async function findGroupedByKeys<T extends ObjectLiteral>(
  db: Db,
  target: EntityClass<T>,
  key: { column: string; property: keyof T },
  keys: readonly string[],
  orderBy: string,
): Promise<T[][]> {
  const valid = [...new Set(keys.filter(isUuid).map((k) => k.toLowerCase()))];
  const rows = valid.length
    ? await selectEntities(db, target, `t.${key.column} = ANY($1::uuid[])`, [valid], orderBy)
    : [];
  return groupedInKeyOrder(
    keys.map((k) => k.toLowerCase()),
    rows,
    (row) => row[key.property] as string,
  );
}

/** Loads entities by id in one statement and returns them in key order (null for unknown or malformed ids). */
export async function findByIdsInOrder<T extends ObjectLiteral & { id: string }>(
  db: Db,
  target: EntityClass<T>,
  ids: readonly string[],
): Promise<Array<T | null>> {
  const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (!valid.length) return ids.map(() => null);
  const rows = await selectEntities(db, target, 't.id = ANY($1::uuid[])', [valid]);
  return inKeyOrder(
    ids.map((id) => (isUuid(id) ? id.toLowerCase() : id)),
    rows,
    (row) => row.id,
  );
}

/**
 * `UPDATE <table> SET ..., version = version + 1, updated_at = now() WHERE id = $id AND version = $version`.
 * Zero rows: unknown id → NotFoundError, otherwise ConflictError (stale version) — or InvalidStateError when
 * `blockedStatuses` lists the row's current status.
 */
export async function updateVersioned(
  db: Db,
  options: {
    table: string;
    entity: string;
    id: string;
    version: number;
    set: Record<string, { sql?: string; value?: unknown }>;
    blockedStatuses?: readonly string[];
  },
): Promise<void> {
  const params = new SqlParams();
  const assignments = Object.entries(options.set).map(([column, v]) =>
    v.sql !== undefined ? `${column} = ${v.sql}` : `${column} = ${params.add(v.value)}`,
  );
  assignments.push('version = version + 1', 'updated_at = now()');
  const idParam = params.add(options.id);
  const versionParam = params.add(options.version);
  const statusCondition = options.blockedStatuses?.length
    ? ` AND status <> ALL(${params.add(options.blockedStatuses)}::text[])`
    : '';
  const sql =
    `UPDATE ${options.table} SET ${assignments.join(', ')} ` +
    `WHERE id = ${idParam} AND version = ${versionParam}${statusCondition} RETURNING id`;
  const updatedRows = await returningRows(db, sql, params.values);
  if (updatedRows.length > 0) return;
  await explainMissedUpdate(db, options);
}

async function explainMissedUpdate(
  db: Db,
  options: {
    table: string;
    entity: string;
    id: string;
    version: number;
    blockedStatuses?: readonly string[];
  },
): Promise<never> {
  const withStatus = options.blockedStatuses?.length ? ', status' : '';
  const rows = await managerOf(db).query<Array<{ version: number; status?: string }>>(
    `SELECT version${withStatus} FROM ${options.table} WHERE id = $1`,
    [options.id],
  );
  if (!rows.length) throw new NotFoundError(options.entity, options.id);
  const row = rows[0];
  if (row.version !== options.version) {
    throw new ConflictError(options.entity, options.id, options.version, row.version);
  }
  if (row.status && options.blockedStatuses?.includes(row.status)) {
    throw new InvalidStateError(options.entity, options.id, row.status);
  }
  throw new ConflictError(options.entity, options.id, options.version, row.version);
}

/**
 * Every row of a query, read by keyset in batches of `batchSize`: ordered by (`sortSql`, `idSql`), a stable order by
 * a unique key, each batch continuing after the last row of the one before. No statement returns more than a batch,
 * however large the result; run it in a REPEATABLE READ transaction when the batches must see one snapshot.
 */
export async function readInKeysetBatches<T>(
  db: Db,
  query: {
    /** Select list (without the sort key). */
    select: string;
    /** `FROM …` (joins included) without the keyword. */
    from: string;
    /** Condition over `params` ($1 … $n). */
    where: string;
    params: unknown[];
    sortSql: string;
    /** Cast that reads the sort key back from its text, e.g. `timestamptz`. */
    sortCast: string;
    idSql: string;
  },
  batchSize: number,
): Promise<T[]> {
  const rows: T[] = [];
  let last: { key: string; id: string } | null = null;
  for (;;) {
    const params = new SqlParams();
    params.values.push(...query.params);
    const after: string = last
      ? ` AND (${query.sortSql}, ${query.idSql}) > (${params.add(last.key)}::${query.sortCast}, ${params.add(last.id)}::uuid)`
      : '';
    const batch: Array<T & { keysetKey: string; keysetId: string }> = await runQuery(
      db,
      `SELECT ${query.select}, (${query.sortSql})::text AS "keysetKey", ${query.idSql} AS "keysetId"
         FROM ${query.from} WHERE (${query.where})${after}
        ORDER BY ${query.sortSql}, ${query.idSql} LIMIT ${params.add(batchSize)}`,
      params.values,
    );
    for (const { keysetKey, keysetId, ...row } of batch) {
      rows.push(row as unknown as T);
      last = { key: keysetKey, id: keysetId };
    }
    if (batch.length < batchSize) return rows;
  }
}

/** Ordering of a keyset-paginated list. */
export interface KeysetOrder {
  /** Name stored in cursors. */
  name: string;
  /** SQL expression of the sort key inside the inner select (uses the FROM aliases). */
  sortSql: string;
  /** SQL rendering of `s.sort_key` as cursor text (default: the value itself). */
  keyTextSql?: string;
  /** Cast applied to the cursor's key parameter, e.g. `timestamptz`, `real`, `text`. */
  keyCast: string;
  direction: 'asc' | 'desc';
  idDirection: 'asc' | 'desc';
  /** Cast of the id parameter (`uuid` or `text`). */
  idCast: string;
}

export const CREATED_DESC: Omit<KeysetOrder, 'sortSql'> = {
  name: 'created',
  keyTextSql: `to_char(s.sort_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  keyCast: 'timestamptz',
  direction: 'desc',
  idDirection: 'desc',
  idCast: 'uuid',
};

export const RANK_DESC: Omit<KeysetOrder, 'sortSql'> = {
  name: 'rank',
  keyCast: 'real',
  direction: 'desc',
  idDirection: 'asc',
  idCast: 'uuid',
};

/**
 * One page by keyset: the ids of the page (one statement) and then the rows (one statement via `load`); the total
 * count, when `page.countTotal` is not false, runs in parallel with them (one more statement).
 */
export async function keysetPage<T>(
  db: Db,
  options: {
    from: string;
    idSql: string;
    where: string[];
    params: SqlParams;
    order: KeysetOrder;
    page: PageRequest;
    load: (ids: string[]) => Promise<Array<T | null>>;
  },
): Promise<Page<T>> {
  const size = pageSizeOf(options.page.first);
  const cursor = decodeCursor(options.page.after, options.order.name);
  const { order, params } = options;
  const whereSql = options.where.length ? `WHERE ${options.where.join(' AND ')}` : '';

  const pageParams = new SqlParams();
  pageParams.values.push(...params.values);
  let cursorSql = '';
  if (cursor) {
    if (order.idCast === 'uuid' && !isUuid(cursor.id)) {
      throw new ValidationError('after', 'is not a valid cursor');
    }
    const k = `${pageParams.add(cursor.key)}::${order.keyCast}`;
    const id = `${pageParams.add(cursor.id)}::${order.idCast}`;
    const keyCmp = order.direction === 'desc' ? '<' : '>';
    const idCmp = order.idDirection === 'desc' ? '<' : '>';
    cursorSql = `WHERE (s.sort_key ${keyCmp} ${k} OR (s.sort_key = ${k} AND s.id ${idCmp} ${id}))`;
  }
  const limit = pageParams.add(size + 1);

  const count =
    options.page.countTotal === false
      ? Promise.resolve(null)
      : readRows<{ count: number }>(
          db,
          `SELECT count(*)::int AS count FROM ${options.from} ${whereSql}`,
          params.values,
        ).then((rows) => rows[0].count);
  const page = (async () => {
    const rows = await readRows<{ id: string; key: string | number }>(
      db,
      `SELECT s.id, ${order.keyTextSql ?? 's.sort_key'} AS key
         FROM (SELECT ${options.idSql} AS id, ${order.sortSql} AS sort_key FROM ${options.from} ${whereSql}) s
         ${cursorSql}
        ORDER BY s.sort_key ${order.direction}, s.id ${order.idDirection}
        LIMIT ${limit}`,
      pageParams.values,
    );
    const visible = rows.slice(0, size);
    const nodes = visible.length ? await options.load(visible.map((r) => String(r.id))) : [];
    return { rows, visible, nodes };
  })();
  // Both settle before either error is thrown, so no statement is left running unobserved.
  const [settledCount, settledPage] = await Promise.allSettled([count, page]);
  if (settledPage.status === 'rejected') throw settledPage.reason;
  if (settledCount.status === 'rejected') throw settledCount.reason;
  const { rows, visible, nodes } = settledPage.value;
  const withNodes: Array<{ node: T; position: CursorPosition }> = [];
  visible.forEach((row, i) => {
    const node = nodes[i];
    // A row deleted between the two statements is skipped rather than returned as null.
    if (node !== null && node !== undefined) {
      withNodes.push({ node, position: { order: order.name, key: row.key, id: String(row.id) } });
    }
  });
  return toPage(withNodes, settledCount.value, {
    hasNextPage: rows.length > size,
    hasPreviousPage: cursor !== null,
  });
}
