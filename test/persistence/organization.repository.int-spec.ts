import { DataSource } from 'typeorm';
import {
  ConflictError,
  NotFoundError,
  OrganizationRepository,
  ReferenceDataRepository,
} from '@brobygger/persistence';
import { createArena } from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

describe(OrganizationRepository.name, () => {
  let ds: DataSource;
  let repo: OrganizationRepository;
  let ntnuId: string;

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new OrganizationRepository(ds);
    const institutions = await new ReferenceDataRepository(ds).researchInstitutions({
      text: 'NTNU',
    });
    ntnuId = institutions.find((i) => i.shortName === 'NTNU')!.id;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  describe('create', () => {
    it('derives the county of a municipality organization from its municipality', async () => {
      const org = await repo.create({
        kind: 'MUNICIPALITY',
        name: 'Utsira kommune',
        municipalityNumber: '1151',
      });
      expect(org).toMatchObject({
        kind: 'MUNICIPALITY',
        countyNumber: '11',
        version: 1,
        internationalPartners: false,
      });
    });

    it("gives a research group its institution's county unless one is given", async () => {
      const group = await repo.create({
        kind: 'RESEARCH_GROUP',
        name: 'Gruppe for helsetjenesteforskning',
        researchInstitutionId: ntnuId,
        researchExperience: 'EXTENSIVE',
        internationalPartners: true,
      });
      expect(group).toMatchObject({
        countyNumber: '50',
        researchInstitutionId: ntnuId,
        internationalPartners: true,
      });
    });

    it('requires the reference of each kind and names the field', async () => {
      await expect(
        repo.create({ kind: 'MUNICIPALITY', name: 'Uten nummer' }),
      ).rejects.toMatchObject({
        field: 'municipalityNumber',
      });
      await expect(
        repo.create({ kind: 'COUNTY_MUNICIPALITY', name: 'Uten fylke' }),
      ).rejects.toMatchObject({
        field: 'countyNumber',
      });
      await expect(
        repo.create({ kind: 'RESEARCH_GROUP', name: 'Uten institusjon' }),
      ).rejects.toMatchObject({
        field: 'researchInstitutionId',
      });
      await expect(
        repo.create({ kind: 'MUNICIPALITY', name: 'Ukjent', municipalityNumber: '9999' }),
      ).rejects.toMatchObject({ field: 'municipalityNumber', code: 'BAD_USER_INPUT' });
      await expect(repo.create({ kind: 'BUSINESS', name: '   ' })).rejects.toMatchObject({
        field: 'name',
      });
      await expect(repo.create({ kind: 'CHURCH' as never, name: 'x' })).rejects.toMatchObject({
        field: 'kind',
      });
    });
  });

  describe('update', () => {
    it('updates based on the version and refuses a stale one', async () => {
      const org = await repo.create({ kind: 'BUSINESS', name: 'Bedrift AS', countyNumber: '42' });
      const updated = await repo.update({
        id: org.id,
        version: 1,
        name: 'Bedrift Agder AS',
        researchExperience: 'SOME',
      });
      expect(updated).toMatchObject({
        name: 'Bedrift Agder AS',
        researchExperience: 'SOME',
        version: 2,
      });
      expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(org.updatedAt.getTime());
      await expect(repo.update({ id: org.id, version: 1, name: 'Gammel' })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(
        repo.update({ id: '00000000-0000-4000-8000-00000000000a', version: 1, name: 'x' }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('list', () => {
    it('filters by kind, county, arena, institution and name', async () => {
      const tag = `Orgtest${Date.now()}`;
      const a = await repo.create({
        kind: 'MUNICIPALITY',
        name: `${tag} Hammerfest`,
        municipalityNumber: '5603',
      });
      const b = await repo.create({
        kind: 'RESEARCH_GROUP',
        name: `${tag} gruppe`,
        researchInstitutionId: ntnuId,
      });
      const c = await repo.create({ kind: 'VOLUNTARY_ORGANIZATION', name: `${tag} lag` });
      const arena = await createArena(ds, { countyNumbers: ['56'] });
      const ids = async (filter: Parameters<OrganizationRepository['list']>[0]) =>
        (await repo.list({ ...filter, text: tag }, { first: 100 })).nodes.map((o) => o.id).sort();
      expect(await ids({})).toEqual([a.id, b.id, c.id].sort());
      expect(await ids({ kinds: ['MUNICIPALITY', 'VOLUNTARY_ORGANIZATION'] })).toEqual(
        [a.id, c.id].sort(),
      );
      expect(await ids({ countyNumbers: ['50'] })).toEqual([b.id]);
      expect(await ids({ arenaId: arena.id })).toEqual([a.id]);
      expect(await ids({ researchInstitutionId: ntnuId })).toEqual([b.id]);
      expect(await ids({ municipalityNumbers: ['5603'] })).toEqual([a.id]);
      expect((await repo.list({ text: `${tag} LAG` })).nodes.map((o) => o.id)).toEqual([c.id]);
      // LIKE wildcards in the text are literal.
      expect((await repo.list({ text: `${tag}%` })).totalCount).toBe(0);
    });
  });
});
