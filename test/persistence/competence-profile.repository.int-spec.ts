import { DataSource } from 'typeorm';
import {
  CompetenceProfileRepository,
  ConflictError,
  ContactPersonRepository,
} from '@brobygger/persistence';
import {
  createArena,
  createMunicipalityOrganization,
  createProfile,
  createResearchGroup,
} from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

describe(CompetenceProfileRepository.name, () => {
  let ds: DataSource;
  let repo: CompetenceProfileRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new CompetenceProfileRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('creates a profile with references and contacts, and loads them in batches', async () => {
    const group = await createResearchGroup(ds, { institutionShortName: 'UiT' });
    const profile = await repo.create({
      organizationId: group.id,
      title: 'Arktisk samfunnsforskning',
      description: 'Vi forsker på lokalsamfunn i nord.',
      keywords: ['lokalsamfunn', 'samisk', 'lokalsamfunn'],
      methods: ['feltarbeid'],
      themes: ['CULTURE_AND_COMMUNITY'],
      capacity: 2,
      countyNumbers: ['56', '55'],
      internationalPartners: ['University of Lapland'],
      references: [
        { kind: 'PROJECT', title: 'Bolyst i nord', year: 2021, url: 'https://example.org/bolyst' },
        { title: 'Artikkel om fraflytting', summary: 'Oppsummering' },
      ],
      contacts: [{ name: 'Áile Somby', email: 'aile@uit.no', gender: 'FEMALE' }],
    });
    expect(profile).toMatchObject({
      keywords: ['lokalsamfunn', 'samisk'],
      countyNumbers: ['55', '56'],
      capacity: 2,
      status: 'ACTIVE',
      version: 1,
    });
    const [references, none] = await repo.findReferencesByProfileIds([
      profile.id,
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(references.map((r) => [r.position, r.kind, r.title])).toEqual([
      [0, 'PROJECT', 'Bolyst i nord'],
      [1, 'PUBLICATION', 'Artikkel om fraflytting'],
    ]);
    expect(none).toEqual([]);
    const [contacts] = await new ContactPersonRepository(ds).findByCompetenceProfileIds([
      profile.id,
    ]);
    expect(contacts.map((c) => [c.name, c.gender, c.organizationId])).toEqual([
      ['Áile Somby', 'FEMALE', group.id],
    ]);
  });

  it('refuses an owner that is not a research group and an unknown county, naming the field', async () => {
    const municipality = await createMunicipalityOrganization(ds);
    await expect(
      repo.create({ organizationId: municipality.id, title: 'Feil eier' }),
    ).rejects.toMatchObject({
      field: 'organizationId',
    });
    const group = await createResearchGroup(ds);
    await expect(
      repo.create({ organizationId: group.id, title: 'x', countyNumbers: ['99'] }),
    ).rejects.toMatchObject({
      field: 'countyNumbers',
    });
    await expect(
      repo.create({
        organizationId: group.id,
        title: 'x',
        references: [{ title: 'r', url: 'ftp://x' }],
      }),
    ).rejects.toMatchObject({ field: 'references.url' });
    await expect(
      repo.create({ organizationId: group.id, title: 'x', capacity: -1 }),
    ).rejects.toMatchObject({
      field: 'capacity',
    });
  });

  it('updates with optimistic concurrency and replaces references', async () => {
    const profile = await createProfile(ds, { references: [{ title: 'Gammel' }] });
    const updated = await repo.update({
      id: profile.id,
      version: profile.version,
      status: 'PAUSED',
      references: [{ title: 'Ny' }],
    });
    expect(updated).toMatchObject({ status: 'PAUSED', version: profile.version + 1 });
    const [refs] = await repo.findReferencesByProfileIds([profile.id]);
    expect(refs.map((r) => r.title)).toEqual(['Ny']);
    await expect(
      repo.update({ id: profile.id, version: profile.version, capacity: 3 }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('searches title, description and keywords (norwegian and english) and filters by served counties', async () => {
    const tag = `profiltest${Date.now()}`;
    const national = await createProfile(ds, {
      title: `${tag} Innovative anskaffelser`,
      keywords: ['anskaffelser', 'innkjøp'],
      countyNumbers: [],
    });
    const north = await createProfile(ds, {
      title: `${tag} Omsorgstjenester`,
      description: 'Forskning på eldreomsorgen i distriktene',
      countyNumbers: ['55'],
    });
    const english = await createProfile(ds, {
      language: 'en',
      title: `${tag} Circular economy`,
      description: 'Reuse of building materials in municipalities',
      keywords: ['recycling'],
      countyNumbers: ['03'],
      themes: ['CIRCULAR_ECONOMY'],
    });
    const ids = async (filter: Parameters<CompetenceProfileRepository['list']>[0]) =>
      (await repo.list(filter, { first: 100 })).nodes.map((p) => p.id).sort();

    expect(await ids({ text: `${tag} eldreomsorg` })).toEqual([north.id]);
    expect(await ids({ text: `${tag} innkjøp` })).toEqual([national.id]);
    expect(await ids({ text: `${tag} recycled` })).toEqual([english.id]);
    expect(await ids({ text: tag, countyNumbers: ['55'] })).toEqual([national.id, north.id].sort());
    expect(await ids({ text: tag, countyNumbers: ['11'] })).toEqual([national.id]);
    const arena = await createArena(ds, { countyNumbers: ['03', '32'] });
    expect(await ids({ text: tag, arenaId: arena.id })).toEqual([national.id, english.id].sort());
    expect(await ids({ text: tag, themes: ['CIRCULAR_ECONOMY'] })).toEqual([english.id]);
  });

  it('filters by the research institution of the owner, alone and with other conditions', async () => {
    const tag = `institusjonstest${Date.now()}`;
    const uit = await createResearchGroup(ds, { institutionShortName: 'UiT' });
    const ntnu = await createResearchGroup(ds, { institutionShortName: 'NTNU' });
    const north = await createProfile(ds, {
      organizationId: uit.id,
      title: `${tag} a`,
      countyNumbers: ['55'],
    });
    const national = await createProfile(ds, { organizationId: uit.id, title: `${tag} b` });
    const other = await createProfile(ds, { organizationId: ntnu.id, title: `${tag} c` });
    const list = (filter: Parameters<CompetenceProfileRepository['list']>[0]) =>
      repo.list({ text: tag, ...filter }, { first: 100 });
    const ids = async (filter: Parameters<CompetenceProfileRepository['list']>[0]) =>
      (await list(filter)).nodes.map((p) => p.id).sort();

    expect(await ids({})).toEqual([north.id, national.id, other.id].sort());
    expect(await ids({ researchInstitutionId: uit.researchInstitutionId })).toEqual(
      [north.id, national.id].sort(),
    );
    expect(await ids({ researchInstitutionId: ntnu.researchInstitutionId })).toEqual([other.id]);
    expect(
      await ids({ researchInstitutionId: uit.researchInstitutionId, countyNumbers: ['03'] }),
    ).toEqual([national.id]);
    expect((await list({ researchInstitutionId: uit.researchInstitutionId })).totalCount).toBe(2);
  });

  it('hides paused profiles outside the paused scope', async () => {
    const tag = `pausetest${Date.now()}`;
    const group = await createResearchGroup(ds);
    const paused = await createProfile(ds, {
      organizationId: group.id,
      title: `${tag} a`,
      status: 'PAUSED',
    });
    const active = await createProfile(ds, { title: `${tag} b` });
    const ids = async (pausedScope: { all: boolean; organizationIds: string[] }) =>
      (await repo.list({ text: tag, pausedScope })).nodes.map((p) => p.id).sort();
    expect(await ids({ all: true, organizationIds: [] })).toEqual([paused.id, active.id].sort());
    expect(await ids({ all: false, organizationIds: [] })).toEqual([active.id]);
    expect(await ids({ all: false, organizationIds: [group.id] })).toEqual(
      [paused.id, active.id].sort(),
    );
  });
});
