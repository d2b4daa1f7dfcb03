import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';

/** Population per municipality number, read from the project's reference CSV (not hard-coded in the test). */
function csvPopulations(): Map<string, number> {
  const [header, ...lines] = readFileSync(
    join(__dirname, '../../data/reference/municipalities.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  const numberAt = columns.indexOf('number');
  const populationAt = columns.indexOf('population');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[numberAt], Number(cells[populationAt])];
    }),
  );
}

interface MunicipalityPage {
  municipalities: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        number: string;
        name: string;
        population: number;
        county: { number: string; name: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const MUNICIPALITIES = /* GraphQL */ `
  query ($first: Int, $after: String, $filter: MunicipalityFilter) {
    municipalities(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          number
          name
          population
          sizeClass
          county {
            number
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('reference data (GraphQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describe('counties', () => {
    it('returns the 15 counties of the 2024 structure', async () => {
      const res = await gql<{
        counties: Array<{ number: string; name: string; population: number }>;
      }>(app, '{ counties { number name population } }');
      expect(res.errors).toBeUndefined();
      expect(res.data!.counties).toHaveLength(15);
      expect(res.data!.counties.find((c) => c.number === '03')?.name).toBe('Oslo');
    });
  });

  describe('municipalities', () => {
    it('serves all 357 municipalities over cursor pages, with Oslo and Utsira populations from the CSV', async () => {
      const expected = csvPopulations();
      const seen = new Map<string, number>();
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: Awaited<ReturnType<typeof gql<MunicipalityPage>>> = await gql<MunicipalityPage>(
          app,
          MUNICIPALITIES,
          { first: 100, after },
        );
        expect(res.errors).toBeUndefined();
        const page: MunicipalityPage['municipalities'] = res.data!.municipalities;
        expect(page.totalCount).toBe(357);
        for (const edge of page.edges) seen.set(edge.node.number, edge.node.population);
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(seen.size).toBe(357);
      expect(expected.size).toBe(357);
      expect(seen.get('0301')).toBe(expected.get('0301'));
      expect(seen.get('1151')).toBe(expected.get('1151'));
      expect(seen.get('0301')).toBeGreaterThan(700000);
      expect(seen.get('1151')).toBeLessThan(300);
    });

    it('resolves the county of each municipality', async () => {
      const res = await gql<MunicipalityPage>(app, MUNICIPALITIES, {
        first: 5,
        filter: { countyNumbers: ['11'] },
      });
      expect(res.errors).toBeUndefined();
      const { edges, totalCount } = res.data!.municipalities;
      expect(totalCount).toBe(23);
      expect(
        edges.every((e) => e.node.county.number === '11' && e.node.county.name === 'Rogaland'),
      ).toBe(true);
    });

    it('filters by name text and size class', async () => {
      const res = await gql<MunicipalityPage>(app, MUNICIPALITIES, {
        filter: { text: 'utsira', sizeClasses: ['SMALL'] },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.municipalities.edges.map((e) => e.node.number)).toEqual(['1151']);
    });

    it('rejects first: 1000 with BAD_USER_INPUT naming `first`', async () => {
      const res = await gql(app, MUNICIPALITIES, { first: 1000 });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('first');
      expect(res.errors![0].message).toMatch(/first/);
      expect(res.data?.municipalities ?? null).toBeNull();
    });

    it('rejects first: 0 naming `first`', async () => {
      const res = await gql(app, MUNICIPALITIES, { first: 0 });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('first');
    });

    it('rejects a malformed cursor naming `after`', async () => {
      const res = await gql(app, MUNICIPALITIES, { first: 5, after: 'not-a-cursor' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('after');
    });

    it('rejects a malformed county number naming the filter field', async () => {
      const res = await gql(app, MUNICIPALITIES, { filter: { countyNumbers: ['3'] } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('filter.countyNumbers');
    });
  });

  describe('researchInstitutions', () => {
    it('returns the 87 research institutions with their county', async () => {
      const res = await gql<{
        researchInstitutions: Array<{
          name: string;
          institutionType: string;
          county: { number: string } | null;
        }>;
      }>(app, '{ researchInstitutions { name institutionType county { number } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data!.researchInstitutions).toHaveLength(87);
      const cicero = res.data!.researchInstitutions.find((i) => i.name.startsWith('CICERO'));
      expect(cicero?.county?.number).toBe('03');
    });

    it('filters research institutions by type and county', async () => {
      const res = await gql<{
        researchInstitutions: Array<{ institutionType: string; county: { number: string } | null }>;
      }>(
        app,
        'query ($filter: ResearchInstitutionFilter) { researchInstitutions(filter: $filter) { institutionType county { number } } }',
        { filter: { institutionTypes: ['UNIVERSITY'], countyNumbers: ['03'] } },
      );
      expect(res.errors).toBeUndefined();
      const institutions = res.data!.researchInstitutions;
      expect(institutions.length).toBeGreaterThan(0);
      expect(
        institutions.every((i) => i.institutionType === 'UNIVERSITY' && i.county?.number === '03'),
      ).toBe(true);
    });
  });
});
