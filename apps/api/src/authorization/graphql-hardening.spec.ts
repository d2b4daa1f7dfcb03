import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { loadConfig } from '@brobygger/config';
import { graphqlHardening, maskError } from './graphql-hardening';

const schema = buildSchema(`
  type Item { id: ID! name: String! parent: Item children(first: Int = 20): [Item!]! }
  type Query { item: Item items(first: Int = 20): [Item!] }
`);

/** Sends the requests one after the other to one hardened server; returns their results. */
async function runAll(requests: Array<{ query: string; variables?: Record<string, unknown> }>) {
  const config = loadConfig({ GRAPHQL_MAX_DEPTH: '10', GRAPHQL_MAX_COMPLEXITY: '1000' });
  const { validationRules, plugins } = graphqlHardening(config);
  const server = new ApolloServer({ schema, validationRules, plugins });
  await server.start();
  try {
    const results = [];
    for (const request of requests) {
      const response = await server.executeOperation(request);
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      results.push(response.body.singleResult);
    }
    return results;
  } finally {
    await server.stop();
  }
}

async function run(query: string, variables?: Record<string, unknown>) {
  const [result] = await runAll([{ query, variables }]);
  return result;
}

describe('graphqlHardening', () => {
  it('refuses a 50-level deep query with reason MAX_DEPTH_EXCEEDED', async () => {
    const deep = `{ item { ${'parent { '.repeat(49)}id${' }'.repeat(49)} } }`;
    const result = await run(deep);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MAX_DEPTH_EXCEEDED',
      maxDepth: 10,
    });
  });

  it('accepts a query within the depth limit', async () => {
    const result = await run(`{ item { parent { parent { id } } } }`);
    expect(result.errors).toBeUndefined();
  });

  it('counts page sizes from variables into the complexity', async () => {
    const query = `query ($n: Int) { items(first: $n) { id children(first: $n) { id name } } }`;
    expect((await run(query, { n: 5 })).errors).toBeUndefined();
    const result = await run(query, { n: 60 });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MAX_COMPLEXITY_EXCEEDED',
      maxComplexity: 1000,
    });
  });

  it('keeps the estimated cost per variable set when the same query text comes again', async () => {
    const query = `query ($n: Int) { items(first: $n) { id children(first: $n) { id name } } }`;
    const results = await runAll([5, 60, 5, 60].map((n) => ({ query, variables: { n } })));
    expect(results.map((r) => r.errors?.[0].extensions?.reason ?? 'OK')).toEqual([
      'OK',
      'MAX_COMPLEXITY_EXCEEDED',
      'OK',
      'MAX_COMPLEXITY_EXCEEDED',
    ]);
  });
});

describe('maskError', () => {
  it('masks errors without a known code in production and drops stack traces', () => {
    const masked = maskError(
      {
        message: 'relation "x" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] },
      },
      true,
    );
    expect(masked).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const known = maskError(
      { message: 'Need x was not found', extensions: { code: 'NOT_FOUND', stacktrace: ['…'] } },
      true,
    );
    expect(known).toEqual({ message: 'Need x was not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('drops field suggestions in production', () => {
    const masked = maskError(
      {
        message: 'Cannot query field "auditLogs" on type "Query". Did you mean "auditLog"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      true,
    );
    expect(masked.message).toBe('Cannot query field "auditLogs" on type "Query".');
  });

  it('leaves errors alone outside production', () => {
    const error = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(maskError(error, false)).toBe(error);
  });
});
