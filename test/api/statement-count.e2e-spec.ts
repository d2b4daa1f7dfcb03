import { DataSource } from 'typeorm';
import { createContact, createMunicipalityOrganization, createNeed } from '../factories';
import { gql, startTestApp, TestApp } from '../support/graphql';
import { StatementCounter } from '../support/statement-counter';

/**
 * DataLoader batching: a page of needs with owner organization, its municipality and county, and the contacts
 * costs the same small number of SQL statements for 10 needs as for 100.
 */
const PAGE = /* GraphQL */ `
  query ($first: Int!, $filter: KnowledgeNeedFilter) {
    knowledgeNeeds(first: $first, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          themes
          status
          organization {
            id
            name
            kind
            municipality {
              number
              name
              population
              county {
                number
                name
              }
            }
            county {
              number
              name
            }
          }
          contacts {
            name
            email
            role
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

interface Page {
  knowledgeNeeds: {
    totalCount?: number;
    edges: Array<{
      node: {
        organization: {
          municipality: { number: string; county: { number: string } } | null;
          county: { number: string } | null;
        };
        contacts: Array<{ email: string }>;
      };
    }>;
  };
}

const INNLANDET = ['3401', '3403', '3405', '3407', '3411', '3412', '3413', '3414', '3415', '3416'];

describe('knowledgeNeeds statement count (DataLoader)', () => {
  let app: TestApp;
  let counter: StatementCounter;

  let before: number;

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.app.get(DataSource);
    const existing = await gql<Page>(app, PAGE, { first: 1, filter: { countyNumbers: ['34'] } });
    before = existing.data!.knowledgeNeeds.totalCount ?? 0;
    const owners = [];
    for (const number of INNLANDET)
      owners.push(await createMunicipalityOrganization(ds, { municipalityNumber: number }));
    for (let i = 0; i < 110; i += 1) {
      const owner = owners[i % owners.length];
      const need = await createNeed(ds, { organizationId: owner.id, status: 'OPEN' });
      await createContact(ds, {
        organizationId: owner.id,
        knowledgeNeedId: need.id,
        email: `a${i}@innlandet.no`,
      });
      if (i % 2 === 0) {
        await createContact(ds, {
          organizationId: owner.id,
          knowledgeNeedId: need.id,
          email: `b${i}@innlandet.no`,
        });
      }
    }
    counter = StatementCounter.attach(ds);
  });

  afterAll(async () => {
    counter.detach();
    await app.close();
  });

  /** The statements of one page request, authentication aside (a verified session is reused for a few seconds). */
  async function statementsFor(
    first: number,
    query = PAGE,
  ): Promise<{ statements: string[]; page: Page }> {
    const { result, statements } = await counter.measure(() =>
      gql<Page>(app, query, { first, filter: { countyNumbers: ['34'] } }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.knowledgeNeeds.edges).toHaveLength(first);
    return {
      statements: statements.filter((sql) => !/FROM users u\b/.test(sql)),
      page: result.data!,
    };
  }

  it('resolves every nested field of a 100-need page', async () => {
    const { page } = await statementsFor(100);
    for (const { node } of page.knowledgeNeeds.edges) {
      expect(node.organization.municipality?.county.number).toBe('34');
      expect(node.organization.county?.number).toBe('34');
      expect(node.contacts.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('sends the same small number of statements for 10 and for 100 needs', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    // page (ids + count + rows), organizations, municipalities, counties, contacts
    expect(hundred.statements.length).toBe(ten.statements.length);
    // The counter sees the statements: at least the page and one batched statement per nested table.
    expect(ten.statements.length).toBeGreaterThanOrEqual(5);
    for (const table of ['organizations', 'municipalities', 'counties', 'contact_persons']) {
      const touching = hundred.statements.filter((sql) =>
        new RegExp(`FROM "?${table}"?\\s`).test(sql),
      );
      expect({ table, statements: touching.length }).toEqual({ table, statements: 1 });
    }
    expect(hundred.statements.length).toBeLessThanOrEqual(8);
  });

  it('counts the matches only when totalCount is selected', async () => {
    const isCount = (sql: string) => /count\(\*\)/i.test(sql);
    const counted = await statementsFor(10);
    // this spec's 110 needs, and those other specs of the run left in Innlandet before it
    expect(counted.page.knowledgeNeeds.totalCount).toBe(before + 110);
    expect(counted.statements.filter(isCount)).toHaveLength(1);
    const withoutTotal = PAGE.replace(/^\s*totalCount\n/m, '');
    expect(withoutTotal).not.toContain('totalCount');
    const uncounted = await statementsFor(10, withoutTotal);
    expect(uncounted.statements.filter(isCount)).toHaveLength(0);
    const viaFragment =
      withoutTotal.replace(
        'knowledgeNeeds(first: $first, filter: $filter) {',
        'knowledgeNeeds(first: $first, filter: $filter) { ...Total',
      ) + ' fragment Total on KnowledgeNeedConnection { totalCount }';
    const fragment = await statementsFor(10, viaFragment);
    expect(fragment.page.knowledgeNeeds.totalCount).toBe(before + 110);
    expect(fragment.statements.filter(isCount)).toHaveLength(1);
  });
});
