import { randomUUID } from 'node:crypto';
import { errorCode, gql, startTestApp, TestApp } from '../support/graphql';
import { createMunicipalityOrganization, createResearchGroup, unique } from './api-fixtures';

const PROFILE_FIELDS = /* GraphQL */ `
  id version title description language keywords methods themes capacity countyNumbers internationalPartners status
  counties { number name }
  organization { id kind researchInstitution { name } }
  references { kind title summary year url }
  contacts { name email phone role }
`;
const CREATE = `mutation ($input: CreateCompetenceProfileInput!) { createCompetenceProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCompetenceProfileInput!) { updateCompetenceProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const GET = `query ($id: ID!) { competenceProfile(id: $id) { ${PROFILE_FIELDS} } }`;
const LIST = /* GraphQL */ `
  query ($filter: CompetenceProfileFilter, $first: Int, $after: String) {
    competenceProfiles(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Profile {
  id: string;
  version: number;
  title: string;
  capacity: number;
  countyNumbers: string[];
  counties: Array<{ number: string }>;
  references: Array<{ kind: string; title: string; year: number | null }>;
  contacts: Array<{ name: string; email: string }>;
}
interface ProfileList {
  competenceProfiles: { totalCount: number; edges: Array<{ node: { id: string; title: string } }> };
}

describe('competence profiles (GraphQL)', () => {
  let app: TestApp;
  let group: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    group = await createResearchGroup(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function createProfile(input: Record<string, unknown>): Promise<Profile> {
    const res = await gql<{ createCompetenceProfile: Profile }>(app, CREATE, {
      input: { organizationId: group.id, title: unique('Profil'), ...input },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.createCompetenceProfile;
  }

  describe('createCompetenceProfile', () => {
    it('creates a profile with references and contacts and resolves nested fields', async () => {
      const profile = await createProfile({
        title: 'Velferdsteknologi og tjenesteinnovasjon',
        description: 'Vi forsker på innføring av velferdsteknologi i hjemmetjenesten.',
        keywords: ['velferdsteknologi', 'hjemmetjenester'],
        methods: ['følgeforskning', 'intervju'],
        themes: ['HEALTH_AND_CARE'],
        capacity: 2,
        countyNumbers: ['46', '11'],
        internationalPartners: ['Aalborg University'],
        references: [
          {
            kind: 'PUBLICATION',
            title: 'Digital tilsyn i praksis',
            year: 2023,
            url: 'https://example.org/a',
          },
          { kind: 'PROJECT', title: 'Trygg hjemme', summary: 'Pilot i tre kommuner', year: 2022 },
        ],
        contacts: [{ name: 'Ola Forsker', email: 'ola@uni.no', role: 'Prosjektleder' }],
      });
      expect(profile).toMatchObject({
        title: 'Velferdsteknologi og tjenesteinnovasjon',
        capacity: 2,
        version: 1,
        contacts: [{ name: 'Ola Forsker', email: 'ola@uni.no' }],
      });
      expect(profile.counties.map((c) => c.number).sort()).toEqual(['11', '46']);
      expect(profile.references.map((r) => r.title)).toEqual([
        'Digital tilsyn i praksis',
        'Trygg hjemme',
      ]);

      const fetched = await gql<{ competenceProfile: Profile }>(app, GET, { id: profile.id });
      expect(fetched.errors).toBeUndefined();
      expect(fetched.data!.competenceProfile.references).toHaveLength(2);
    });

    it('requires a research group as owner, naming input.organizationId', async () => {
      const municipality = await createMunicipalityOrganization(app, '3301');
      const res = await gql(app, CREATE, {
        input: { organizationId: municipality.id, title: 'Feil eier' },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('input.organizationId');
    });

    it('names nested fields of bad references and bad capacity', async () => {
      const badUrl = await gql(app, CREATE, {
        input: {
          organizationId: group.id,
          title: 'Ok',
          references: [{ kind: 'PROJECT', title: 'P', url: 'ftp://x' }],
        },
      });
      expect(errorCode(badUrl)).toBe('BAD_USER_INPUT');
      expect(badUrl.errors![0].extensions!.field).toBe('input.references[0].url');

      const negative = await gql(app, CREATE, {
        input: { organizationId: group.id, title: 'Ok', capacity: -1 },
      });
      expect(errorCode(negative)).toBe('BAD_USER_INPUT');
      expect(negative.errors![0].extensions!.field).toBe('input.capacity');

      const longTitle = await gql(app, CREATE, {
        input: { organizationId: group.id, title: 'x'.repeat(201) },
      });
      expect(longTitle.errors![0].extensions!.field).toBe('input.title');
    });
    it('refuses blank keywords, methods, partners and reference titles, naming the field', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ keywords: ['ok', '  '] }, 'input.keywords'],
        [{ methods: [''] }, 'input.methods'],
        [{ internationalPartners: [' '] }, 'input.internationalPartners'],
        [{ references: [{ title: '   ' }] }, 'input.references[0].title'],
      ];
      for (const [fields, field] of cases) {
        const res = await gql(app, CREATE, {
          input: { organizationId: group.id, title: 'Ok', ...fields },
        });
        expect([field, errorCode(res)]).toEqual([field, 'BAD_USER_INPUT']);
        expect(res.errors![0].extensions!.field).toBe(field);
      }
    });

    it('gives a reference without kind the kind PUBLICATION', async () => {
      const profile = await createProfile({ references: [{ title: 'Uten type' }] });
      expect(profile.references).toEqual([
        { kind: 'PUBLICATION', title: 'Uten type', year: null, summary: null, url: null },
      ]);
    });
  });

  describe('competenceProfile', () => {
    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, GET, { id: randomUUID() });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });
  });

  describe('updateCompetenceProfile', () => {
    it('updates fields, replaces references, and answers CONFLICT for a stale version', async () => {
      const profile = await createProfile({ references: [{ kind: 'PROJECT', title: 'Gammelt' }] });
      const ok = await gql<{ updateCompetenceProfile: Profile }>(app, UPDATE, {
        input: {
          id: profile.id,
          version: profile.version,
          capacity: 3,
          status: 'PAUSED',
          references: [{ kind: 'PUBLICATION', title: 'Nytt', year: 2024 }],
        },
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateCompetenceProfile).toMatchObject({
        capacity: 3,
        version: profile.version + 1,
        references: [{ kind: 'PUBLICATION', title: 'Nytt', year: 2024 }],
      });
      const stale = await gql(app, UPDATE, {
        input: { id: profile.id, version: profile.version, capacity: 5 },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
    });

    it('refuses null for a field that cannot be empty, naming it, and leaves the profile unchanged', async () => {
      const profile = await createProfile({
        description: 'Beskrivelse',
        themes: ['HEALTH_AND_CARE'],
        countyNumbers: ['46'],
      });
      for (const field of [
        'title',
        'description',
        'themes',
        'countyNumbers',
        'keywords',
        'capacity',
        'references',
        'contacts',
      ]) {
        const res = await gql(app, UPDATE, {
          input: { id: profile.id, version: profile.version, [field]: null },
        });
        expect([field, errorCode(res)]).toEqual([field, 'BAD_USER_INPUT']);
        expect(res.errors![0].extensions!.field).toBe(`input.${field}`);
      }
      const fetched = await gql<{
        competenceProfile: Profile & { description: string; themes: string[] };
      }>(app, GET, { id: profile.id });
      expect(fetched.data!.competenceProfile).toMatchObject({
        version: profile.version,
        description: 'Beskrivelse',
        themes: ['HEALTH_AND_CARE'],
        countyNumbers: ['46'],
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await gql(app, UPDATE, { input: { id: randomUUID(), version: 1, title: 'x' } });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });
  });

  describe('competenceProfiles', () => {
    it('filters by county (national profiles serve every county), theme, status and free text', async () => {
      const owner = await createResearchGroup(app);
      const regional = await createProfile({
        organizationId: owner.id,
        title: unique('Kystkommuner og havbruk'),
        countyNumbers: ['18'],
        themes: ['BUSINESS_DEVELOPMENT'],
      });
      const national = await createProfile({
        organizationId: owner.id,
        title: unique('Eldreomsorgen i norske kommuner'),
        countyNumbers: [],
        themes: ['HEALTH_AND_CARE'],
      });
      const paused = await createProfile({
        organizationId: owner.id,
        countyNumbers: ['03'],
        status: 'PAUSED',
      });
      const ids = async (filter: Record<string, unknown>) => {
        const res = await gql<ProfileList>(app, LIST, {
          filter: { organizationId: owner.id, ...filter },
          first: 100,
        });
        expect(res.errors).toBeUndefined();
        return res.data!.competenceProfiles.edges.map((e) => e.node.id).sort();
      };
      expect(await ids({ countyNumbers: ['18'] })).toEqual([regional.id, national.id].sort());
      expect(await ids({ themes: ['HEALTH_AND_CARE'] })).toEqual([national.id]);
      expect(await ids({ statuses: ['PAUSED'] })).toEqual([paused.id]);
      expect(await ids({ text: 'eldreomsorg' })).toEqual([national.id]);
    });

    it('rejects first: 1000 naming `first`', async () => {
      const res = await gql(app, LIST, { first: 1000 });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('first');
    });
  });
});
