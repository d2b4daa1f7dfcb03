import { randomUUID } from 'node:crypto';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { createOrganization, createResearchGroup, unique } from './api-fixtures';

const ORG_FIELDS = /* GraphQL */ `
  id kind name version internationalPartners researchExperience municipalityNumber countyNumber
  municipality { number name population } county { number name } researchInstitution { id name }
`;
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORG_FIELDS} } }`;
const GET = `query ($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`;
const LIST = /* GraphQL */ `
  query ($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Org {
  id: string;
  kind: string;
  name: string;
  version: number;
  countyNumber: string | null;
  municipality: { number: string; name: string } | null;
  county: { number: string; name: string } | null;
  researchInstitution: { id: string; name: string } | null;
}

describe('organizations (GraphQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describe('createOrganization', () => {
    it('creates a municipality organization and derives its county', async () => {
      const name = unique('Utsira kommune');
      const res = await gql<{ createOrganization: Org }>(app, CREATE, {
        input: {
          kind: 'MUNICIPALITY',
          name,
          municipalityNumber: '1151',
          researchExperience: 'NONE',
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createOrganization).toMatchObject({
        kind: 'MUNICIPALITY',
        name,
        version: 1,
        countyNumber: '11',
        municipality: { number: '1151', name: 'Utsira' },
        county: { number: '11', name: 'Rogaland' },
        researchInstitution: null,
      });
    });

    it('creates a research group under a research institution', async () => {
      const group = await createResearchGroup(app);
      const res = await gql<{ organization: Org }>(app, GET, { id: group.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.organization.kind).toBe('RESEARCH_GROUP');
      expect(res.data!.organization.researchInstitution?.name).toEqual(expect.any(String));
    });

    it('requires municipalityNumber for a municipality, naming input.municipalityNumber', async () => {
      const res = await gql(app, CREATE, {
        input: { kind: 'MUNICIPALITY', name: unique('Uten nummer') },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.municipalityNumber');
    });

    it('rejects an unknown municipality number naming input.municipalityNumber', async () => {
      const res = await gql(app, CREATE, {
        input: { kind: 'MUNICIPALITY', name: unique('Ukjent'), municipalityNumber: '9999' },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.municipalityNumber');
    });

    it('requires researchInstitutionId for a research group', async () => {
      const res = await gql(app, CREATE, {
        input: { kind: 'RESEARCH_GROUP', name: unique('Gruppe') },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.researchInstitutionId');
    });

    it('rejects a blank name, a name over 200 characters and a malformed county number', async () => {
      const blank = await gql(app, CREATE, { input: { kind: 'BUSINESS', name: '   ' } });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].message).toBe('input.name must not be empty');

      const long = await gql(app, CREATE, { input: { kind: 'BUSINESS', name: 'n'.repeat(201) } });
      expect(errorCode(long)).toBe('BAD_USER_INPUT');
      expect(long.errors![0].extensions!.field).toBe('input.name');

      const county = await gql(app, CREATE, {
        input: { kind: 'BUSINESS', name: 'Ok', countyNumber: '123' },
      });
      expect(errorCode(county)).toBe('BAD_USER_INPUT');
      expect(county.errors![0].extensions!.field).toBe('input.countyNumber');
    });
  });

  describe('organization', () => {
    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, GET, { id: randomUUID() });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.data?.organization ?? null).toBeNull();
    });
  });

  describe('updateOrganization', () => {
    it('updates with the current version and answers CONFLICT for a stale one', async () => {
      const org = await createOrganization(app, {
        kind: 'VOLUNTARY_ORGANIZATION',
        name: unique('Frivillig lag'),
      });
      const ok = await gql<{ updateOrganization: Org }>(app, UPDATE, {
        input: { id: org.id, version: org.version, name: 'Nytt lag', internationalPartners: true },
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateOrganization).toMatchObject({
        name: 'Nytt lag',
        version: org.version + 1,
      });

      const stale = await gql(app, UPDATE, {
        input: { id: org.id, version: org.version, name: 'Gammelt' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors![0].message).toMatch(/version/);
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, UPDATE, { input: { id: randomUUID(), version: 1, name: 'x' } });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('requires version', async () => {
      const res = await gql(app, UPDATE, { input: { id: randomUUID(), name: 'x' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('organizations', () => {
    it('filters by kind, county and name text', async () => {
      const marker = unique('Filtertest');
      const business = await createOrganization(app, {
        kind: 'BUSINESS',
        name: `${marker} AS`,
        countyNumber: '50',
      });
      await createOrganization(app, {
        kind: 'VOLUNTARY_ORGANIZATION',
        name: `${marker} lag`,
        countyNumber: '50',
      });
      const res = await gql<{
        organizations: { totalCount: number; edges: Array<{ node: { id: string } }> };
      }>(app, LIST, { filter: { kinds: ['BUSINESS'], countyNumbers: ['50'], text: marker } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.organizations.totalCount).toBe(1);
      expect(res.data!.organizations.edges[0].node.id).toBe(business.id);
    });

    it('rejects first: 1000 naming `first`', async () => {
      const res = await gql(app, LIST, { first: 1000 });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('first');
    });
  });
});
