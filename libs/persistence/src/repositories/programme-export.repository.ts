import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { Db, managerOf } from './repository-support';

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
 * The arena exports, by kind: columns and FROM, filtered by `$1` = arena id or null. The API, the CSV writer, the
 * signed links and the access rules pick a new kind up from this table. No contact persons (personal data) are
 * exported (a consortium member's contact person neither).
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
        `CASE WHEN p.status = 'REJECTED' THEN COALESCE(p.decision_reason_category, programme_reason_category(p.decision_reason)) END`,
      ],
      ['decided_at', timestamp('p.decided_at')],
      ['explanation', 'p.explanation'],
    ],
    from: `consortium_proposals p JOIN organizations lead ON lead.id = p.lead_organization_id
      WHERE $1::uuid IS NULL OR p.arena_id = $1::uuid
      ORDER BY p.created_at, p.match_run_id, p.rank`,
  },
  consortia: {
    columns: [
      ['id', 'k.id::text'],
      ['proposal_id', 'k.proposal_id::text'],
      ['arena', 'a.name'],
      ['status', 'k.status'],
      ['project_type', 'k.project_type'],
      ['needs_attention', 'k.needs_attention::text'],
      ['attention_reason', 'k.attention_reason'],
      ['lead_organization', 'lead.name'],
      [
        'needs',
        `(SELECT string_agg(n.title, ' | ' ORDER BY m.position) FROM consortium_members m
           JOIN knowledge_needs n ON n.id = m.knowledge_need_id WHERE m.consortium_id = k.id)`,
      ],
      [
        'members',
        `(SELECT string_agg(o.name || COALESCE(' (' || cp.title || ')', '') || ': ' || m.role || ', ' || m.response,
                            ' | ' ORDER BY m.position)
           FROM consortium_members m JOIN organizations o ON o.id = m.organization_id
           LEFT JOIN competence_profiles cp ON cp.id = m.competence_profile_id WHERE m.consortium_id = k.id)`,
      ],
      [
        'members_accepted',
        `(SELECT count(*) FILTER (WHERE m.response = 'ACCEPTED') || '/' || count(*) FROM consortium_members m
           WHERE m.consortium_id = k.id)`,
      ],
      [
        'committed_person_months',
        `(SELECT sum(m.committed_person_months)::text FROM consortium_members m WHERE m.consortium_id = k.id)`,
      ],
      ['formed_at', timestamp('k.created_at')],
      ...(
        [
          'CONFIRMED',
          'APPLICATION_DRAFT',
          'SUBMITTED',
          'FUNDED',
          'NOT_FUNDED',
          'DISSOLVED',
        ] as const
      ).map((status): Column => [
        `${status.toLowerCase()}_at`,
        timestamp(
          `(SELECT min(h.changed_at) FROM consortium_status_changes h WHERE h.consortium_id = k.id AND h.to_status = '${status}')`,
        ),
      ]),
      [
        'status_history',
        `(SELECT string_agg(h.to_status || ' ' || ${timestamp('h.changed_at')}, ' | ' ORDER BY h.changed_at, h.id)
           FROM consortium_status_changes h WHERE h.consortium_id = k.id)`,
      ],
      ['updated_at', timestamp('k.updated_at')],
    ],
    from: `consortia k JOIN mobilization_arenas a ON a.id = k.arena_id
      JOIN organizations lead ON lead.id = k.lead_organization_id
      WHERE $1::uuid IS NULL OR k.arena_id = $1::uuid
      ORDER BY k.created_at, k.id`,
  },
} as const satisfies Record<string, ExportQuery>;

export type ArenaExportKind = keyof typeof ARENA_EXPORT_QUERIES;
export const ARENA_EXPORT_KINDS = Object.keys(ARENA_EXPORT_QUERIES) as ArenaExportKind[];

/** Rows are fetched from a server-side cursor in batches of this size. */
const BATCH_SIZE = 500;

/** Streams arena exports from PostgreSQL row by row (a cursor; never the whole result in memory). */
export class ProgrammeExportRepository {
  constructor(private readonly db: Db) {}

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
    const runner = managerOf(this.db).connection.createQueryRunner('slave');
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
