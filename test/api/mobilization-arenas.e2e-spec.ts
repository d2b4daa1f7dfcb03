import { randomUUID } from 'node:crypto';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { unique } from './api-fixtures';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateMobilizationArenaInput!) {
    createMobilizationArena(input: $input) {
      id
      name
      description
      version
      counties {
        number
        name
      }
    }
  }
`;

interface Arena {
  id: string;
  name: string;
  description: string | null;
  version: number;
  counties: Array<{ number: string; name: string }>;
}

describe('mobilization arenas (GraphQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates an arena covering counties, lists it and fetches it by id', async () => {
    const name = unique('Arena Vestland og Rogaland');
    const res = await gql<{ createMobilizationArena: Arena }>(app, CREATE, {
      input: { name, description: 'Regional arena', countyNumbers: ['46', '11'] },
    });
    expect(res.errors).toBeUndefined();
    const arena = res.data!.createMobilizationArena;
    expect(arena).toMatchObject({ name, version: 1 });
    expect(arena.counties.map((c) => c.number).sort()).toEqual(['11', '46']);

    const list = await gql<{ mobilizationArenas: Arena[] }>(
      app,
      '{ mobilizationArenas { id name counties { number } } }',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.mobilizationArenas.map((a) => a.id)).toContain(arena.id);

    const one = await gql<{ mobilizationArena: Arena }>(
      app,
      'query ($id: ID!) { mobilizationArena(id: $id) { id name counties { number name } } }',
      { id: arena.id },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.mobilizationArena.name).toBe(name);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const res = await gql(app, 'query ($id: ID!) { mobilizationArena(id: $id) { id } }', {
      id: randomUUID(),
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('rejects a duplicate name naming input.name', async () => {
    const name = unique('Arena Nord');
    const first = await gql(app, CREATE, { input: { name, countyNumbers: ['18'] } });
    expect(first.errors).toBeUndefined();
    const again = await gql(app, CREATE, { input: { name, countyNumbers: ['18'] } });
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCode(again));
    expect(again.errors![0].extensions!.field).toBe('input.name');
  });

  it('rejects an unknown county naming input.countyNumbers, and writes nothing', async () => {
    const name = unique('Arena Ukjent');
    const res = await gql(app, CREATE, { input: { name, countyNumbers: ['46', '99'] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('input.countyNumbers');
    const list = await gql<{ mobilizationArenas: Arena[] }>(app, '{ mobilizationArenas { name } }');
    expect(list.data!.mobilizationArenas.map((a) => a.name)).not.toContain(name);
  });

  it('requires at least one county and a name', async () => {
    const noCounties = await gql(app, CREATE, {
      input: { name: unique('Arena'), countyNumbers: [] },
    });
    expect(errorCode(noCounties)).toBe('BAD_USER_INPUT');
    expect(noCounties.errors![0].extensions!.field).toBe('input.countyNumbers');

    const noName = await gql(app, CREATE, { input: { name: '', countyNumbers: ['03'] } });
    expect(errorCode(noName)).toBe('BAD_USER_INPUT');
    expect(noName.errors![0].extensions!.field).toBe('input.name');

    const blankName = await gql(app, CREATE, { input: { name: '   ', countyNumbers: ['03'] } });
    expect(errorCode(blankName)).toBe('BAD_USER_INPUT');
    expect(blankName.errors![0].message).toBe('input.name must not be empty');
  });
});
