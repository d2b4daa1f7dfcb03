import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';

/** One CSV column: its header and the SQL expression (text or number) that fills it. */
type Column = readonly [header: string, sql: string];

interface ExportQuery {
  columns: readonly Column[];
  /** FROM … WHERE … ORDER BY …; `$1` is the arena id, or null for the whole country. */
  from: string;
}

const timestamp = (sql: string) =>
  `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Counties of arena $1 (all counties when $1 is null). */
const ARENA_COUNTIES = `(SELECT c.number::text FROM counties c
  WHERE $1::uuid IS NULL OR c.number IN (SELECT a.county_number FROM mobilization_arena_counties a WHERE a.arena_id = $1::uuid))`;

/**
 * The arena exports, by kind. EXTENSION POINT: the consortium lifecycle (issue 9) adds `consortia` here (columns
 * and FROM over its own tables, filtered by `$1` = arena id or null); the API, the CSV writer, the signed links
 * and the access rules pick a new kind up from this table. No contact persons (personal data) are exported.
 */
export const ARENA_EXPORT_QUERIES = {
  needs: {
    columns: [
      ['id', 'n.id::text'],
      ['title', 'n.title'],
      ['description', 'n.description'],
      ['status', 'n.status'],
      ['organization', 'o.name'],
      ['organization_kind', 'o.kind'],
      ['municipality_number', 'o.municipality_number::text'],
      ['municipality', 'm.name'],
      ['county_number', 'o.county_number::text'],
      ['county', 'c.name'],
      ['population', 'COALESCE(m.population, c.population)'],
      ['size_class', 'm.size_class'],
      ['research_experience', 'o.research_experience'],
      ['project_type', 'n.project_type'],
      ['research_area', 'n.research_area'],
      ['themes', `array_to_string(n.themes, ',')`],
      ['language', 'n.language'],
      ['committed_person_months', 'n.committed_person_months::text'],
      ['committed_contact_freed', 'n.committed_contact_freed::text'],
      ['created_at', timestamp('n.created_at')],
      ['published_at', timestamp('n.published_at')],
      ['updated_at', timestamp('n.updated_at')],
    ],
    from: `knowledge_needs n JOIN organizations o ON o.id = n.organization_id
      LEFT JOIN municipalities m ON m.number = o.municipality_number
      LEFT JOIN counties c ON c.number = o.county_number
      WHERE o.county_number::text IN ${ARENA_COUNTIES}
      ORDER BY n.created_at, n.id`,
  },
  profiles: {
    columns: [
      ['id', 'p.id::text'],
      ['title', 'p.title'],
      ['description', 'p.description'],
      ['status', 'p.status'],
      ['research_group', 'o.name'],
      ['institution', 'ri.name'],
      ['institution_type', 'ri.institution_type'],
      ['capacity', 'p.capacity'],
      ['county_numbers', `array_to_string(p.county_numbers, ',')`],
      ['themes', `array_to_string(p.themes, ',')`],
      ['keywords', `array_to_string(p.keywords, ',')`],
      ['methods', `array_to_string(p.methods, ',')`],
      ['international_partners', `array_to_string(p.international_partners, ',')`],
      ['language', 'p.language'],
      ['created_at', timestamp('p.created_at')],
      ['updated_at', timestamp('p.updated_at')],
    ],
    from: `competence_profiles p JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN research_institutions ri ON ri.id = o.research_institution_id
      WHERE cardinality(p.county_numbers) = 0 OR p.county_numbers && ARRAY${ARENA_COUNTIES}
      ORDER BY p.created_at, p.id`,
  },
  proposals: {
    columns: [
      ['id', 'p.id::text'],
      ['match_run_id', 'p.match_run_id::text'],
      ['created_at', timestamp('p.created_at')],
      ['status', 'p.status'],
      ['project_type', 'p.project_type'],
      ['rank', 'p.rank'],
      ['score', 'round(p.score::numeric, 4)::text'],
      ['lead_organization', 'lead.name'],
      [
        'needs',
        `(SELECT string_agg(n.title, ' | ' ORDER BY pm.position) FROM consortium_proposal_members pm
           JOIN knowledge_needs n ON n.id = pm.knowledge_need_id WHERE pm.proposal_id = p.id)`,
      ],
      [
        'municipalities',
        `(SELECT string_agg(o.name, ' | ' ORDER BY pm.position) FROM consortium_proposal_members pm
           JOIN organizations o ON o.id = pm.organization_id WHERE pm.proposal_id = p.id AND pm.role = 'NEED')`,
      ],
      [
        'research_groups',
        `(SELECT string_agg(o.name || ' (' || cp.title || ')', ' | ' ORDER BY pm.position)
           FROM consortium_proposal_members pm JOIN organizations o ON o.id = pm.organization_id
           JOIN competence_profiles cp ON cp.id = pm.competence_profile_id
          WHERE pm.proposal_id = p.id AND pm.role = 'RESEARCH_GROUP')`,
      ],
      ['decision_reason', 'p.decision_reason'],
      [
        'reason_category',
        `CASE WHEN p.status = 'REJECTED' THEN programme_reason_category(p.decision_reason) END`,
      ],
      ['decided_at', timestamp('p.decided_at')],
      ['explanation', 'p.explanation'],
    ],
    from: `consortium_proposals p JOIN organizations lead ON lead.id = p.lead_organization_id
      WHERE $1::uuid IS NULL OR p.arena_id = $1::uuid
      ORDER BY p.created_at, p.match_run_id, p.rank`,
  },
} as const satisfies Record<string, ExportQuery>;

export type ArenaExportKind = keyof typeof ARENA_EXPORT_QUERIES;
export const ARENA_EXPORT_KINDS = Object.keys(ARENA_EXPORT_QUERIES) as ArenaExportKind[];

/** Rows are fetched from a server-side cursor in batches of this size. */
const BATCH_SIZE = 500;

/** Streams arena exports from PostgreSQL row by row (a cursor; never the whole result in memory). */
export class ProgrammeExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  headers(kind: ArenaExportKind): string[] {
    return ARENA_EXPORT_QUERIES[kind].columns.map(([header]) => header);
  }

  /**
   * The rows of an export as arrays in header order, read through a cursor on one pooled connection. Stopping the
   * iteration early (a client that disconnects) closes the cursor and returns the connection.
   */
  async *rows(kind: ArenaExportKind, arenaId: string | null): AsyncGenerator<unknown[]> {
    const query: ExportQuery = ARENA_EXPORT_QUERIES[kind];
    const sql = `SELECT ${query.columns.map(([, expr]) => expr).join(', ')} FROM ${query.from}`;
    const runner = this.dataSource.createQueryRunner('slave');
    const client = (await runner.connect()) as PoolClient;
    const stream = client.query(
      new QueryStream(sql, [arenaId], { batchSize: BATCH_SIZE, rowMode: 'array' }),
    );
    try {
      for await (const row of stream) yield row as unknown[];
    } finally {
      if (!stream.destroyed) {
        await new Promise<void>((resolve) => {
          stream.once('close', () => resolve());
          stream.destroy();
        });
      }
      await runner.release();
    }
  }
}
