import { randomUUID } from 'node:crypto';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import {
  createMunicipalityOrganization,
  createNeed,
  createOrganization,
  unique,
} from './api-fixtures';

const NEED_FIELDS = /* GraphQL */ `
  id version title description language themes researchArea projectType committedPersonMonths
  committedContactFreed status publishedAt createdAt updatedAt
  organization { id name kind municipality { number name } county { number name } }
  contacts { name email phone role }
`;

const CREATE = `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateKnowledgeNeedInput!) { updateKnowledgeNeed(input: $input) { ${NEED_FIELDS} } }`;
const GET = `query ($id: ID!) { knowledgeNeed(id: $id) { ${NEED_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $version: Int) { withdrawKnowledgeNeed(id: $id, version: $version) { id status version } }`;
const LIST = /* GraphQL */ `
  query ($filter: KnowledgeNeedFilter, $first: Int, $after: String) {
    knowledgeNeeds(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          organization {
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

interface Need {
  id: string;
  version: number;
  title: string;
  status: string;
  themes: string[];
  organization: {
    id: string;
    municipality: { number: string } | null;
    county: { number: string } | null;
  };
  contacts: Array<{ name: string; email: string; phone: string | null; role: string | null }>;
}

interface NeedList {
  knowledgeNeeds: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; title: string; status: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('knowledge needs (GraphQL)', () => {
  let app: TestApp;
  let utsira: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    utsira = await createMunicipalityOrganization(app, '1151');
  });
  afterAll(async () => {
    await app.close();
  });

  describe('createKnowledgeNeed', () => {
    it('creates a need with contacts and resolves owner, municipality, county and contacts', async () => {
      const res = await gql<{ createKnowledgeNeed: Need }>(app, CREATE, {
        input: {
          organizationId: utsira.id,
          title: 'Digital hjemmeoppfølging i en øykommune',
          description: 'Vi vil prøve ut digitalt tilsyn for hjemmeboende eldre.',
          language: 'nb',
          themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
          researchArea: 'CONCRETE_INNOVATION',
          projectType: 'INNOVATION_PROJECT',
          committedPersonMonths: 6.5,
          committedContactFreed: true,
          status: 'OPEN',
          contacts: [
            {
              name: 'Kari Nordmann',
              email: 'kari@utsira.kommune.no',
              phone: '+47 52 75 00 00',
              role: 'Helsesjef',
            },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
      const need = res.data!.createKnowledgeNeed;
      expect(need).toMatchObject({
        title: 'Digital hjemmeoppfølging i en øykommune',
        status: 'OPEN',
        version: 1,
        themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
        organization: { id: utsira.id, municipality: { number: '1151' }, county: { number: '11' } },
        contacts: [{ name: 'Kari Nordmann', email: 'kari@utsira.kommune.no', role: 'Helsesjef' }],
      });

      const fetched = await gql<{ knowledgeNeed: Need }>(app, GET, { id: need.id });
      expect(fetched.errors).toBeUndefined();
      expect(fetched.data!.knowledgeNeed.id).toBe(need.id);
      expect(fetched.data!.knowledgeNeed.contacts).toHaveLength(1);
    });

    it('rejects a title over 200 characters naming input.title', async () => {
      const res = await gql(app, CREATE, {
        input: { organizationId: utsira.id, title: 'x'.repeat(201) },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.title');
      expect(res.errors![0].message).toMatch(/input\.title/);
    });

    it('rejects a description over 10,000 characters naming input.description', async () => {
      const res = await gql(app, CREATE, {
        input: { organizationId: utsira.id, title: 'Ok', description: 'y'.repeat(10_001) },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.description');
    });

    it('rejects a bad contact e-mail naming input.contacts[0].email', async () => {
      const res = await gql(app, CREATE, {
        input: {
          organizationId: utsira.id,
          title: 'Ok',
          contacts: [{ name: 'A', email: 'not-an-email' }],
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.contacts[0].email');
    });

    it('rejects an empty title and an unknown enum value', async () => {
      const empty = await gql(app, CREATE, { input: { organizationId: utsira.id, title: '' } });
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      expect(empty.errors![0].extensions!.field).toBe('input.title');

      const badTheme = await gql(app, CREATE, {
        input: { organizationId: utsira.id, title: 'Ok', themes: ['ASTROLOGY'] },
      });
      expect(errorCode(badTheme)).toBe('BAD_USER_INPUT');
    });

    it('rejects a blank title and a blank contact name with the messages of the stored rules', async () => {
      const blank = await gql(app, CREATE, { input: { organizationId: utsira.id, title: '  ' } });
      expect(blank.errors![0].message).toBe('input.title must not be empty');

      const contact = await gql(app, CREATE, {
        input: {
          organizationId: utsira.id,
          title: 'Ok',
          contacts: [{ name: ' ', email: 'a@example.no' }],
        },
      });
      expect(contact.errors![0].message).toBe('input.contacts[0].name must not be empty');
    });

    it('rejects bad filter values naming the field', async () => {
      const county = await gql(app, LIST, { filter: { countyNumbers: ['1'] } });
      expect(errorCode(county)).toBe('BAD_USER_INPUT');
      expect(county.errors![0].extensions!.field).toBe('filter.countyNumbers');

      const arena = await gql(app, LIST, { filter: { arenaId: 'x' } });
      expect(errorCode(arena)).toBe('BAD_USER_INPUT');
      expect(arena.errors![0].extensions!.field).toBe('filter.arenaId');
    });

    it('rejects an owner that is not a municipality or county municipality, naming input.organizationId', async () => {
      const business = await createOrganization(app, {
        kind: 'BUSINESS',
        name: unique('Bedrift AS'),
      });
      const res = await gql(app, CREATE, { input: { organizationId: business.id, title: 'Ok' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.organizationId');
    });

    it('rejects an unknown owner naming input.organizationId', async () => {
      const res = await gql(app, CREATE, { input: { organizationId: randomUUID(), title: 'Ok' } });
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(errorCode(res));
      expect(res.errors![0].extensions!.field ?? 'input.organizationId').toBe(
        'input.organizationId',
      );
    });

    it('writes nothing when a contact is rejected by the database (duplicate e-mail)', async () => {
      const owner = await createMunicipalityOrganization(app, '4601');
      const title = unique('Halvskrevet behov');
      const res = await gql(app, CREATE, {
        input: {
          organizationId: owner.id,
          title,
          contacts: [
            { name: 'A', email: 'same@bergen.kommune.no' },
            { name: 'B', email: 'same@bergen.kommune.no' },
          ],
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(String(res.errors![0].extensions!.field)).toMatch(/^input\.contacts/);
      const list = await gql<NeedList>(app, LIST, { filter: { organizationId: owner.id } });
      expect(list.errors).toBeUndefined();
      expect(list.data!.knowledgeNeeds.totalCount).toBe(0);
    });
  });

  describe('knowledgeNeed', () => {
    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, GET, { id: randomUUID() });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('answers BAD_USER_INPUT naming id for a malformed id', async () => {
      const res = await gql(app, GET, { id: 'nope' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('id');
    });
  });

  describe('updateKnowledgeNeed', () => {
    it('updates with the current version, bumps the version, replaces contacts', async () => {
      const created = await createNeed(app, {
        organizationId: utsira.id,
        contacts: [{ name: 'Old', email: 'old@x.no' }],
      });
      const res = await gql<{ updateKnowledgeNeed: Need }>(app, UPDATE, {
        input: {
          id: created.id,
          version: created.version,
          title: 'Nytt navn',
          themes: ['CLIMATE_AND_ENVIRONMENT'],
          contacts: [{ name: 'New', email: 'new@x.no' }],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateKnowledgeNeed).toMatchObject({
        title: 'Nytt navn',
        themes: ['CLIMATE_AND_ENVIRONMENT'],
        version: created.version + 1,
        contacts: [{ name: 'New', email: 'new@x.no' }],
      });
    });

    it('refuses null for a field that may only be left out, naming it', async () => {
      const created = await createNeed(app, { organizationId: utsira.id });
      for (const field of ['title', 'language', 'themes', 'contacts']) {
        const res = await gql(app, UPDATE, {
          input: { id: created.id, version: created.version, [field]: null },
        });
        expect([field, errorCode(res)]).toEqual([field, 'BAD_USER_INPUT']);
        expect(res.errors![0].extensions!.field).toBe(`input.${field}`);
      }
    });

    it('fails with CONFLICT on a stale version and keeps the newer change', async () => {
      const created = await createNeed(app, { organizationId: utsira.id });
      const first = await gql<{ updateKnowledgeNeed: Need }>(app, UPDATE, {
        input: { id: created.id, version: created.version, title: 'Første endring' },
      });
      expect(first.errors).toBeUndefined();
      const stale = await gql(app, UPDATE, {
        input: { id: created.id, version: created.version, title: 'Utdatert' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      const now = await gql<{ knowledgeNeed: Need }>(app, GET, { id: created.id });
      expect(now.data!.knowledgeNeed.title).toBe('Første endring');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, UPDATE, { input: { id: randomUUID(), version: 1, title: 'x' } });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('rejects a too long title naming input.title', async () => {
      const created = await createNeed(app, { organizationId: utsira.id });
      const res = await gql(app, UPDATE, {
        input: { id: created.id, version: 1, title: 't'.repeat(201) },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.title');
    });
  });

  describe('withdrawKnowledgeNeed', () => {
    it('withdraws a need, then refuses to withdraw it again', async () => {
      const created = await createNeed(app, { organizationId: utsira.id, status: 'OPEN' });
      const res = await gql<{ withdrawKnowledgeNeed: Need }>(app, WITHDRAW, { id: created.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.withdrawKnowledgeNeed.status).toBe('WITHDRAWN');
      const again = await gql(app, WITHDRAW, { id: created.id });
      expect(errorCode(again)).toBe('INVALID_STATE');
    });

    it('answers CONFLICT for a stale version and NOT_FOUND for an unknown id', async () => {
      const created = await createNeed(app, { organizationId: utsira.id, status: 'OPEN' });
      await gql(app, UPDATE, {
        input: { id: created.id, version: created.version, title: 'Endret' },
      });
      const stale = await gql(app, WITHDRAW, { id: created.id, version: created.version });
      expect(errorCode(stale)).toBe('CONFLICT');
      const unknown = await gql(app, WITHDRAW, { id: randomUUID() });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });
  });

  describe('knowledgeNeeds', () => {
    it('finds "eldreomsorgen" when searching for "eldreomsorg" (Norwegian full-text search)', async () => {
      const owner = await createMunicipalityOrganization(app, '1101');
      const hit = await createNeed(app, {
        organizationId: owner.id,
        title: unique('Bemanning i eldreomsorgen'),
        description: 'Hvordan kan vi rekruttere og beholde fagfolk i eldreomsorgen i distriktet?',
        status: 'OPEN',
      });
      await createNeed(app, {
        organizationId: owner.id,
        title: unique('Skolevei og trafikksikkerhet'),
        status: 'OPEN',
      });
      const res = await gql<NeedList>(app, LIST, {
        filter: { text: 'eldreomsorg', organizationId: owner.id },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.knowledgeNeeds.edges.map((e) => e.node.id)).toEqual([hit.id]);
    });

    it('finds English needs with English stemming', async () => {
      const owner = await createMunicipalityOrganization(app, '1103');
      const hit = await createNeed(app, {
        organizationId: owner.id,
        language: 'en',
        title: unique('Flooding risks for harbours'),
        description: 'Planning for rising sea levels and flooded roads.',
      });
      const res = await gql<NeedList>(app, LIST, {
        filter: { text: 'flood', organizationId: owner.id },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.knowledgeNeeds.edges.map((e) => e.node.id)).toEqual([hit.id]);
    });

    it('ranks a title match above a description match', async () => {
      const owner = await createMunicipalityOrganization(app, '1106');
      const inDescription = await createNeed(app, {
        organizationId: owner.id,
        title: unique('Tjenesteutvikling'),
        description: 'Gjelder også barnevernet i kommunen.',
      });
      const inTitle = await createNeed(app, {
        organizationId: owner.id,
        title: unique('Barnevernet i endring'),
        description: 'Om tjenester for familier.',
      });
      const res = await gql<NeedList>(app, LIST, {
        filter: { text: 'barnevern', organizationId: owner.id },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.knowledgeNeeds.edges.map((e) => e.node.id)).toEqual([
        inTitle.id,
        inDescription.id,
      ]);
    });

    it('filters by county, theme, project type, status and organization kind', async () => {
      const tromso = await createMunicipalityOrganization(app, '5501');
      const county = await createOrganization(app, {
        kind: 'COUNTY_MUNICIPALITY',
        name: unique('Troms fylkeskommune'),
        countyNumber: '55',
      });
      const a = await createNeed(app, {
        organizationId: tromso.id,
        themes: ['PLANNING_AND_TRANSPORT'],
        projectType: 'PRE_PROJECT',
        status: 'OPEN',
      });
      const b = await createNeed(app, {
        organizationId: county.id,
        themes: ['EDUCATION_AND_CHILDHOOD'],
        projectType: 'COMPETENCE_PROJECT',
        status: 'DRAFT',
      });
      const ids = async (filter: Record<string, unknown>) => {
        const res = await gql<NeedList>(app, LIST, {
          filter: { countyNumbers: ['55'], ...filter },
          first: 100,
        });
        expect(res.errors).toBeUndefined();
        return res.data!.knowledgeNeeds.edges.map((e) => e.node.id);
      };
      expect(await ids({})).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(await ids({ themes: ['PLANNING_AND_TRANSPORT'] })).toContain(a.id);
      expect(await ids({ themes: ['PLANNING_AND_TRANSPORT'] })).not.toContain(b.id);
      expect(await ids({ projectTypes: ['COMPETENCE_PROJECT'] })).toEqual([b.id]);
      expect(await ids({ statuses: ['DRAFT'] })).toContain(b.id);
      expect(await ids({ statuses: ['DRAFT'] })).not.toContain(a.id);
      expect(await ids({ organizationKinds: ['COUNTY_MUNICIPALITY'] })).toEqual([b.id]);
      const elsewhere = await gql<NeedList>(app, LIST, {
        filter: { countyNumbers: ['03'], organizationId: tromso.id },
      });
      expect(elsewhere.data!.knowledgeNeeds.totalCount).toBe(0);
    });

    it('filters by mobilization arena (counties it covers)', async () => {
      const arena = await gql<{ createMobilizationArena: { id: string } }>(
        app,
        'mutation ($input: CreateMobilizationArenaInput!) { createMobilizationArena(input: $input) { id } }',
        { input: { name: unique('Arena Agder'), countyNumbers: ['42'] } },
      );
      expect(arena.errors).toBeUndefined();
      const arendal = await createMunicipalityOrganization(app, '4203');
      const need = await createNeed(app, { organizationId: arendal.id, status: 'OPEN' });
      const other = await createNeed(app, { organizationId: utsira.id, status: 'OPEN' });
      const res = await gql<NeedList>(app, LIST, {
        filter: { arenaId: arena.data!.createMobilizationArena.id },
        first: 100,
      });
      expect(res.errors).toBeUndefined();
      const ids = res.data!.knowledgeNeeds.edges.map((e) => e.node.id);
      expect(ids).toContain(need.id);
      expect(ids).not.toContain(other.id);
    });

    it('pages with first/after and reports totalCount over all pages', async () => {
      const owner = await createMunicipalityOrganization(app, '1108');
      for (let i = 0; i < 5; i += 1) await createNeed(app, { organizationId: owner.id });
      const first = await gql<NeedList>(app, LIST, {
        filter: { organizationId: owner.id },
        first: 2,
      });
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.knowledgeNeeds;
      expect(page1.totalCount).toBe(5);
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const ids = new Set(page1.edges.map((e) => e.node.id));
      let after = page1.pageInfo.endCursor;
      let hasNext = page1.pageInfo.hasNextPage;
      while (hasNext) {
        const next = await gql<NeedList>(app, LIST, {
          filter: { organizationId: owner.id },
          first: 2,
          after,
        });
        expect(next.errors).toBeUndefined();
        next.data!.knowledgeNeeds.edges.forEach((e) => ids.add(e.node.id));
        after = next.data!.knowledgeNeeds.pageInfo.endCursor;
        hasNext = next.data!.knowledgeNeeds.pageInfo.hasNextPage;
      }
      expect(ids.size).toBe(5);
    });

    it('rejects first: 1000 naming `first`, and bad filter values naming the filter field', async () => {
      const big = await gql(app, LIST, { first: 1000 });
      expect(errorCode(big)).toBe('BAD_USER_INPUT');
      expect(big.errors![0].extensions!.field).toBe('first');

      const longText = await gql(app, LIST, { filter: { text: 'a'.repeat(201) } });
      expect(errorCode(longText)).toBe('BAD_USER_INPUT');
      expect(longText.errors![0].extensions!.field).toBe('filter.text');

      const badArena = await gql(app, LIST, { filter: { arenaId: 'x' } });
      expect(errorCode(badArena)).toBe('BAD_USER_INPUT');
      expect(badArena.errors![0].extensions!.field).toBe('filter.arenaId');
    });
  });
});
