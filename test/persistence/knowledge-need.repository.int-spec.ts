import { DataSource } from 'typeorm';
import {
  ConflictError,
  InvalidStateError,
  KnowledgeNeedRepository,
  NotFoundError,
  ValidationError,
} from '@brobygger/persistence';
import {
  createArena,
  createCountyMunicipalityOrganization,
  createMunicipalityOrganization,
  createNeed,
  createResearchGroup,
} from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

describe(KnowledgeNeedRepository.name, () => {
  let ds: DataSource;
  let repo: KnowledgeNeedRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new KnowledgeNeedRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const countRows = async (sql: string, params: unknown[]) =>
    Number((await ds.query<Array<{ n: string }>>(sql, params))[0].n);

  describe('create', () => {
    it('stores the need with its contacts and publishes it when created OPEN', async () => {
      const owner = await createMunicipalityOrganization(ds, { municipalityNumber: '4601' });
      const need = await repo.create({
        organizationId: owner.id,
        title: '  Digital hjemmeoppfølging  ',
        description: 'Vi vil prøve ut digital hjemmeoppfølging.',
        themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
        projectType: 'INNOVATION_PROJECT',
        committedPersonMonths: 6.5,
        committedContactFreed: true,
        status: 'OPEN',
        contacts: [{ name: 'Ola Nordmann', email: 'Ola@Bergen.kommune.no', role: 'Rådgiver' }],
      });
      expect(need).toMatchObject({
        title: 'Digital hjemmeoppfølging',
        status: 'OPEN',
        version: 1,
        committedPersonMonths: 6.5,
        language: 'nb',
      });
      expect(need.publishedAt).toBeInstanceOf(Date);
      const contacts = await ds.query(
        'SELECT name, email, organization_id FROM contact_persons WHERE knowledge_need_id = $1',
        [need.id],
      );
      expect(contacts).toEqual([
        { name: 'Ola Nordmann', email: 'ola@bergen.kommune.no', organization_id: owner.id },
      ]);
    });

    it('rejects an owner that is not a municipality or county municipality, naming organizationId', async () => {
      const group = await createResearchGroup(ds);
      await expect(
        repo.create({ organizationId: group.id, title: 'Feil eier' }),
      ).rejects.toMatchObject({
        field: 'organizationId',
        code: 'BAD_USER_INPUT',
      });
    });

    it('rejects an unknown owner and input refused by a database constraint with the field name', async () => {
      await expect(
        repo.create({
          organizationId: '00000000-0000-4000-8000-000000000000',
          title: 'Ukjent eier',
        }),
      ).rejects.toMatchObject({ field: 'organizationId' });
      const owner = await createMunicipalityOrganization(ds);
      await expect(
        repo.create({ organizationId: owner.id, title: 'ok', description: 'x'.repeat(10001) }),
      ).rejects.toMatchObject({ field: 'description' });
      await expect(
        repo.create({
          organizationId: owner.id,
          title: 'ok',
          themes: ['HEALTH_AND_CARE', 'NOPE' as never],
        }),
      ).rejects.toMatchObject({ field: 'themes' });
      await expect(
        repo.create({
          organizationId: owner.id,
          title: 'ok',
          contacts: [{ name: 'A', email: 'not-an-email' }],
        }),
      ).rejects.toMatchObject({ field: 'contacts.email' });
    });

    it('writes nothing when a contact is rejected by the database (transaction rolled back)', async () => {
      const owner = await createMunicipalityOrganization(ds, { municipalityNumber: '1103' });
      const title = `Rulles tilbake ${Date.now()}`;
      const error = await repo
        .create({
          organizationId: owner.id,
          title,
          contacts: [
            { name: 'Kari', email: 'kari@stavanger.kommune.no' },
            { name: 'Kari igjen', email: 'KARI@stavanger.kommune.no' },
          ],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('contacts.email');
      expect(
        await countRows('SELECT count(*) AS n FROM knowledge_needs WHERE title = $1', [title]),
      ).toBe(0);
      expect(
        await countRows('SELECT count(*) AS n FROM contact_persons WHERE email = $1', [
          'kari@stavanger.kommune.no',
        ]),
      ).toBe(0);
    });
  });

  describe('update', () => {
    it('increments the version and replaces the contacts', async () => {
      const need = await createNeed(ds, {
        contacts: [{ name: 'Gammel', email: 'gammel@example.no' }],
      });
      const updated = await repo.update({
        id: need.id,
        version: need.version,
        title: 'Ny tittel',
        contacts: [{ name: 'Ny', email: 'ny@example.no' }],
      });
      expect(updated.version).toBe(need.version + 1);
      expect(updated.title).toBe('Ny tittel');
      const contacts = await ds.query(
        'SELECT name FROM contact_persons WHERE knowledge_need_id = $1',
        [need.id],
      );
      expect(contacts).toEqual([{ name: 'Ny' }]);
    });

    it('fails with ConflictError on a stale version and leaves the row unchanged', async () => {
      const need = await createNeed(ds, { title: 'Original' });
      await repo.update({ id: need.id, version: need.version, title: 'Først' });
      const error = await repo
        .update({ id: need.id, version: need.version, title: 'Sist' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      expect((await repo.getById(need.id)).title).toBe('Først');
    });

    it('does not replace contacts when the version is stale (nothing half-written)', async () => {
      const need = await createNeed(ds, {
        contacts: [{ name: 'Beholdes', email: 'beholdes@example.no' }],
      });
      await repo.update({ id: need.id, version: 1, title: 'Endret' });
      await expect(
        repo.update({
          id: need.id,
          version: 1,
          contacts: [{ name: 'Ny', email: 'ny2@example.no' }],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(
        await ds.query('SELECT name FROM contact_persons WHERE knowledge_need_id = $1', [need.id]),
      ).toEqual([{ name: 'Beholdes' }]);
    });

    it('rolls back the field changes when the new contacts are rejected', async () => {
      const need = await createNeed(ds, { title: 'Før' });
      await expect(
        repo.update({
          id: need.id,
          version: need.version,
          title: 'Etter',
          contacts: [
            { name: 'A', email: 'same@example.no' },
            { name: 'B', email: 'same@example.no' },
          ],
        }),
      ).rejects.toMatchObject({ field: 'contacts.email' });
      const reloaded = await repo.getById(need.id);
      expect(reloaded).toMatchObject({ title: 'Før', version: need.version });
    });

    it('gives NotFoundError for an unknown id', async () => {
      await expect(
        repo.update({ id: '00000000-0000-4000-8000-000000000001', version: 1, title: 'x' }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('withdraw', () => {
    it('withdraws an open need once; a second time is an InvalidStateError', async () => {
      const need = await createNeed(ds, { status: 'OPEN' });
      const withdrawn = await repo.withdraw(need.id);
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', version: need.version + 1 });
      await expect(repo.withdraw(need.id)).rejects.toBeInstanceOf(InvalidStateError);
      await expect(
        repo.update({ id: need.id, version: withdrawn.version, title: 'x' }),
      ).rejects.toBeInstanceOf(InvalidStateError);
      await expect(repo.withdraw('00000000-0000-4000-8000-000000000002')).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  });

  describe('findByIds', () => {
    it('returns rows in key order with null for unknown and malformed ids, in one statement', async () => {
      const a = await createNeed(ds);
      const b = await createNeed(ds);
      const rows = await repo.findByIds([
        b.id,
        'nope',
        a.id,
        '00000000-0000-4000-8000-000000000003',
      ]);
      expect(rows.map((r) => r?.id ?? null)).toEqual([b.id, null, a.id, null]);
    });
  });

  describe('list', () => {
    it('finds "eldreomsorgen" when searching for "eldreomsorg" (norwegian stemming)', async () => {
      const owner = await createMunicipalityOrganization(ds, { municipalityNumber: '1151' });
      const need = await createNeed(ds, {
        organizationId: owner.id,
        title: 'Velferdsteknologi i eldreomsorgen',
        description: 'Hvordan kan små kommuner ta i bruk velferdsteknologi?',
      });
      // other specs' needs on elderly care may fill a first page: look among this owner's needs
      const page = await repo.list({ text: 'eldreomsorg', organizationId: owner.id });
      expect(page.nodes.map((n) => n.id)).toEqual([need.id]);
      expect(await repo.list({ text: 'skolefravær', organizationId: owner.id })).toMatchObject({
        nodes: [],
      });
    });

    it('finds an English need by an inflected English word and ranks title matches first', async () => {
      const titleHit = await createNeed(ds, {
        language: 'en',
        title: 'Flooding risks for coastal municipalities',
        description: 'Adapting planning to climate change.',
        themes: ['CLIMATE_AND_ENVIRONMENT'],
      });
      const descriptionHit = await createNeed(ds, {
        language: 'en',
        title: 'Climate adaptation of roads',
        description: 'Roads are damaged when rivers are flooded.',
        themes: ['CLIMATE_AND_ENVIRONMENT'],
      });
      const page = await repo.list({ text: 'flood', themes: ['CLIMATE_AND_ENVIRONMENT'] });
      const ids = page.nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining([titleHit.id, descriptionHit.id]));
      expect(ids.indexOf(titleHit.id)).toBeLessThan(ids.indexOf(descriptionHit.id));
    });

    it('filters by county, arena, theme, project type, status and organization kind', async () => {
      const tag = `Filtertest ${Date.now()}`;
      const troms = await createMunicipalityOrganization(ds, { municipalityNumber: '5501' });
      const county = await createCountyMunicipalityOrganization(ds, { countyNumber: '56' });
      const inTroms = await createNeed(ds, {
        organizationId: troms.id,
        title: `${tag} skole`,
        themes: ['EDUCATION_AND_CHILDHOOD'],
        projectType: 'PRE_PROJECT',
      });
      const inFinnmark = await createNeed(ds, {
        organizationId: county.id,
        title: `${tag} samferdsel`,
        themes: ['PLANNING_AND_TRANSPORT'],
        projectType: 'INNOVATION_PROJECT',
        status: 'DRAFT',
      });
      const arena = await createArena(ds, { countyNumbers: ['55', '56'] });
      const ids = async (filter: Parameters<KnowledgeNeedRepository['list']>[0]) =>
        (await repo.list({ ...filter, text: tag }, { first: 100 })).nodes.map((n) => n.id).sort();

      expect(await ids({})).toEqual([inTroms.id, inFinnmark.id].sort());
      expect(await ids({ countyNumbers: ['55'] })).toEqual([inTroms.id]);
      expect(await ids({ arenaId: arena.id })).toEqual([inTroms.id, inFinnmark.id].sort());
      expect(await ids({ themes: ['PLANNING_AND_TRANSPORT', 'HEALTH_AND_CARE'] })).toEqual([
        inFinnmark.id,
      ]);
      expect(await ids({ projectTypes: ['PRE_PROJECT'] })).toEqual([inTroms.id]);
      expect(await ids({ statuses: ['DRAFT'] })).toEqual([inFinnmark.id]);
      expect(await ids({ organizationKinds: ['COUNTY_MUNICIPALITY'] })).toEqual([inFinnmark.id]);
      expect(await ids({ organizationId: troms.id })).toEqual([inTroms.id]);
      const other = await createArena(ds, { countyNumbers: ['03'] });
      expect(await ids({ arenaId: other.id })).toEqual([]);
    });

    it('pages newest first with keyset cursors: no duplicates, no gaps, stable totalCount', async () => {
      const owner = await createMunicipalityOrganization(ds, { municipalityNumber: '3201' });
      const created = [];
      for (let i = 0; i < 7; i++)
        created.push(await createNeed(ds, { organizationId: owner.id, title: `Side ${i}` }));
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await repo.list({ organizationId: owner.id }, { first: 3, after });
        expect(page.totalCount).toBe(7);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.nodes.map((n) => n.id));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(created.map((n) => n.id).reverse());
    });

    it('pages ranked full-text results without duplicates', async () => {
      const tag = `rangering${Date.now()}`;
      for (let i = 0; i < 5; i++) {
        await createNeed(ds, {
          title: i % 2 ? `${tag} i tittel` : 'Annet',
          description: `${tag} beskrivelse ${i}`,
        });
      }
      const first = await repo.list({ text: tag }, { first: 2 });
      expect(first.totalCount).toBe(5);
      const rest = await repo.list({ text: tag }, { first: 10, after: first.pageInfo.endCursor });
      const all = [...first.nodes, ...rest.nodes].map((n) => n.id);
      expect(new Set(all).size).toBe(5);
      // A ranked cursor cannot be used for the unranked ordering.
      await expect(repo.list({}, { after: first.pageInfo.endCursor })).rejects.toMatchObject({
        field: 'after',
      });
    });

    it('hides drafts outside the draft scope (owner organizations or counties)', async () => {
      const tag = `Utkast${Date.now()}`;
      const bergen = await createMunicipalityOrganization(ds, { municipalityNumber: '4601' });
      const oslo = await createMunicipalityOrganization(ds, { municipalityNumber: '0301' });
      const draftBergen = await createNeed(ds, {
        organizationId: bergen.id,
        title: `${tag} a`,
        status: 'DRAFT',
      });
      const draftOslo = await createNeed(ds, {
        organizationId: oslo.id,
        title: `${tag} b`,
        status: 'DRAFT',
      });
      const openOslo = await createNeed(ds, {
        organizationId: oslo.id,
        title: `${tag} c`,
        status: 'OPEN',
      });
      const ids = async (draftScope: {
        all: boolean;
        organizationIds: string[];
        countyNumbers: string[];
      }) =>
        (await repo.list({ text: tag, draftScope }, { first: 100 })).nodes.map((n) => n.id).sort();
      expect(await ids({ all: true, organizationIds: [], countyNumbers: [] })).toEqual(
        [draftBergen.id, draftOslo.id, openOslo.id].sort(),
      );
      expect(await ids({ all: false, organizationIds: [], countyNumbers: [] })).toEqual([
        openOslo.id,
      ]);
      expect(await ids({ all: false, organizationIds: [oslo.id], countyNumbers: [] })).toEqual(
        [draftOslo.id, openOslo.id].sort(),
      );
      expect(await ids({ all: false, organizationIds: [], countyNumbers: ['46'] })).toEqual(
        [draftBergen.id, openOslo.id].sort(),
      );
      expect(
        (
          await repo.list({
            text: tag,
            draftScope: { all: false, organizationIds: [], countyNumbers: [] },
          })
        ).totalCount,
      ).toBe(1);
    });

    it('rejects a bad page size naming the field', async () => {
      await expect(repo.list({}, { first: 0 })).rejects.toMatchObject({ field: 'first' });
    });
  });
});
