import request from 'supertest';
import { gql, startTestApp, TestApp } from '../support/graphql';

describe('GET /health', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports PostgreSQL and Redis up', async () => {
    const res = await request(app.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });
});

describe('GraphQL endpoint basics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers schema validation errors with GRAPHQL_VALIDATION_FAILED and no stack trace outside development', async () => {
    const res = await gql(app, '{ counties { noSuchField } }');
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].extensions!.stacktrace).toBeUndefined();
  });

  it('supports introspection when enabled by config (default outside production)', async () => {
    const res = await gql<{ __schema: { queryType: { name: string } } }>(
      app,
      '{ __schema { queryType { name } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });
});
