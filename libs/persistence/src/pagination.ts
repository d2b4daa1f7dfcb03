import { ValidationError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** Page size, 1..100 (default 20). */
  first?: number | null;
  /** Cursor of the edge to continue after. */
  after?: string | null;
  /** Count the matches over all pages (default true); the API asks only when `totalCount` is selected. */
  countTotal?: boolean;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  /** Matches over all pages; null when the request said `countTotal: false`. */
  totalCount: number | null;
  pageInfo: PageInfo;
}

/** What a keyset cursor remembers: the ordering it belongs to, the sort key and the id of the last row. */
export interface CursorPosition {
  /** Ordering name, e.g. `created`, `rank`, `number`, `name`; a cursor is only valid for its own ordering. */
  order: string;
  key: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.order, position.key, position.id]), 'utf8').toString(
    'base64url',
  );
}

/** Decodes `after` for the given ordering; a malformed or foreign cursor is a ValidationError on `after`. */
export function decodeCursor(
  after: string | null | undefined,
  order: string,
): CursorPosition | null {
  if (after === undefined || after === null || after === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('after', 'is not a valid cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    (typeof parsed[1] !== 'string' && typeof parsed[1] !== 'number') ||
    typeof parsed[2] !== 'string'
  ) {
    throw new ValidationError('after', 'is not a valid cursor');
  }
  if (parsed[0] !== order) {
    throw new ValidationError(
      'after',
      'belongs to a different ordering (was the free-text filter changed?)',
    );
  }
  return { order: parsed[0], key: parsed[1], id: parsed[2] };
}

/** Validates `first` (1..100, default 20). */
export function pageSizeOf(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Builds a page from the visible rows and what the keyset query found around them. */
export function toPage<T>(
  rows: Array<{ node: T; position: CursorPosition }>,
  totalCount: number | null,
  info: { hasNextPage: boolean; hasPreviousPage: boolean },
): Page<T> {
  const edges = rows.map((row) => ({ node: row.node, cursor: encodeCursor(row.position) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: {
      hasNextPage: info.hasNextPage,
      hasPreviousPage: info.hasPreviousPage,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
