/**
 * The bench:api baseline: a plain GraphQL server for the same knowledgeNeeds query — Apollo Server 5 on express,
 * `pg`, DataLoader and a JWT check, nothing else (no NestJS, no TypeORM, no guards, no audit, no rate limit,
 * no logging). It sends the statements Brobygger sends for the page (keyset ids, count, rows by id) and for the
 * nested fields (one batch per table) and returns the same JSON. Started by bench/api/main.ts as a child process:
 * DATABASE_URL, JWT_SECRET and PORT from the environment; with BASELINE_PREPARED=1 every statement is a named
 * prepared statement, as Brobygger's fixed reads are.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import DataLoader from 'dataloader';
import express from 'express';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';
import { searchQueryOf } from '@brobygger/persistence';

const typeDefs = /* GraphQL */ `
  type County {
    number: String!
    name: String!
  }
  type Municipality {
    number: String!
    name: String!
    population: Int!
    sizeClass: String!
  }
  type Organization {
    id: ID!
    name: String!
    kind: String!
    researchExperience: String
    municipality: Municipality
    county: County
  }
  type Contact {
    name: String
    email: String
    role: String
  }
  type KnowledgeNeed {
    id: ID!
    title: String!
    status: String!
    themes: [String!]!
    projectType: String
    language: String!
    createdAt: String!
    organization: Organization!
    contacts: [Contact!]!
  }
  type KnowledgeNeedEdge {
    cursor: String!
    node: KnowledgeNeed!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type KnowledgeNeedConnection {
    totalCount: Int!
    edges: [KnowledgeNeedEdge!]!
    pageInfo: PageInfo!
  }
  input KnowledgeNeedFilter {
    statuses: [String!]
    text: String
  }
  type Query {
    knowledgeNeeds(first: Int!, filter: KnowledgeNeedFilter): KnowledgeNeedConnection!
  }
`;

type Row = Record<string, unknown>;

const PREPARED = process.env.BASELINE_PREPARED === '1';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  application_name: PREPARED ? 'bench-baseline-prepared' : 'bench-baseline',
  max: 10,
  idleTimeoutMillis: 0,
});

const statementNames = new Map<string, string>();

/** One statement; named (prepared once per connection) with BASELINE_PREPARED=1. */
function query<R extends Row>(text: string, values: unknown[]) {
  let name: string | undefined;
  if (PREPARED) {
    name = statementNames.get(text) ?? `baseline_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return pool.query<R>({ name, text, values });
}

async function byKeys(
  sql: string,
  keys: readonly string[],
  key: string,
): Promise<Array<Row | null>> {
  const { rows } = await query<Row>(sql, [[...new Set(keys)]]);
  const map = new Map(rows.map((row) => [String(row[key]), row]));
  return keys.map((k) => map.get(k) ?? null);
}

function loaders() {
  return {
    organization: new DataLoader((ids: readonly string[]) =>
      byKeys('SELECT * FROM organizations WHERE id = ANY($1::uuid[])', ids, 'id'),
    ),
    municipality: new DataLoader((numbers: readonly string[]) =>
      byKeys('SELECT * FROM municipalities WHERE number = ANY($1::text[])', numbers, 'number'),
    ),
    county: new DataLoader((numbers: readonly string[]) =>
      byKeys('SELECT * FROM counties WHERE number = ANY($1::text[])', numbers, 'number'),
    ),
    contacts: new DataLoader(async (needIds: readonly string[]) => {
      const { rows } = await query<Row>(
        'SELECT * FROM contact_persons WHERE knowledge_need_id = ANY($1::uuid[]) ORDER BY created_at, id',
        [[...new Set(needIds)]],
      );
      return needIds.map((id) => rows.filter((row) => row.knowledge_need_id === id));
    }),
  };
}

type Context = { loaders: ReturnType<typeof loaders> };

const cursorOf = (order: string, key: unknown, id: string) =>
  Buffer.from(JSON.stringify([order, key, id])).toString('base64url');

async function knowledgeNeeds(
  first: number,
  filter: { statuses?: string[]; text?: string } | null,
  withCount: boolean,
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.statuses?.length) {
    params.push(filter.statuses);
    where.push(`n.status = ANY($${params.length}::text[])`);
  }
  let order = {
    name: 'created',
    sort: 'n.created_at',
    key: `to_char(s.sort_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    id: 'DESC',
  };
  if (filter?.text) {
    params.push(searchQueryOf(filter.text));
    where.push(`n.search_vector @@ $${params.length}::tsquery`);
    const sort = `ts_rank(n.search_vector, $${params.length}::tsquery)`;
    order = { name: 'rank', sort, key: 's.sort_key', id: 'ASC' };
  }
  const from = 'knowledge_needs n JOIN organizations o ON o.id = n.organization_id';
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = withCount
    ? query<{ count: number }>(`SELECT count(*)::int AS count FROM ${from} ${whereSql}`, params)
    : null;
  const ids = await query<{ id: string; key: unknown }>(
    `SELECT s.id, ${order.key} AS key FROM (SELECT n.id AS id, ${order.sort} AS sort_key FROM ${from} ${whereSql}) s
      ORDER BY s.sort_key DESC, s.id ${order.id} LIMIT $${params.length + 1}`,
    [...params, first + 1],
  );
  const visible = ids.rows.slice(0, first);
  const needs = await byKeys(
    'SELECT * FROM knowledge_needs WHERE id = ANY($1::uuid[])',
    visible.map((r) => r.id),
    'id',
  );
  const edges = visible.map((row, i) => ({
    cursor: cursorOf(order.name, row.key, row.id),
    node: needs[i],
  }));
  return {
    totalCount: count ? (await count).rows[0].count : null,
    edges,
    pageInfo: {
      hasNextPage: ids.rows.length > first,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

const resolvers = {
  Query: {
    knowledgeNeeds: (
      _: unknown,
      args: { first: number; filter: { statuses?: string[]; text?: string } | null },
      _context: Context,
      info: {
        fieldNodes: Array<{ selectionSet?: { selections: Array<{ name?: { value: string } }> } }>;
      },
    ) =>
      knowledgeNeeds(
        args.first,
        args.filter,
        info.fieldNodes.some((node) =>
          node.selectionSet?.selections.some((s) => s.name?.value === 'totalCount'),
        ),
      ),
  },
  KnowledgeNeed: {
    projectType: (need: Row) => need.project_type,
    createdAt: (need: Row) => (need.created_at as Date).toISOString(),
    organization: (need: Row, _: unknown, { loaders }: Context) =>
      loaders.organization.load(String(need.organization_id)),
    contacts: (need: Row, _: unknown, { loaders }: Context) =>
      loaders.contacts.load(String(need.id)),
  },
  Organization: {
    researchExperience: (organization: Row) => organization.research_experience,
    municipality: (organization: Row, _: unknown, { loaders }: Context) =>
      organization.municipality_number
        ? loaders.municipality.load(String(organization.municipality_number))
        : null,
    county: (organization: Row, _: unknown, { loaders }: Context) =>
      organization.county_number ? loaders.county.load(String(organization.county_number)) : null,
  },
  Municipality: { sizeClass: (municipality: Row) => municipality.size_class },
};

async function main(): Promise<void> {
  const secret = process.env.JWT_SECRET ?? '';
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  const app = express();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        jwt.verify(token, secret, { algorithms: ['HS256'] }); // throws: the request fails
        return { loaders: loaders() };
      },
    }),
  );
  app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
