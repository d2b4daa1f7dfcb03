import { DataSource } from 'typeorm';
import { openTestDataSource } from '../setup/test-data-source';
import {
  createArena,
  createContact,
  createCountyMunicipalityOrganization,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';

describe('test factories', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('create a municipality organization whose county is derived from the municipality', async () => {
    const org = await createMunicipalityOrganization(ds, { municipalityNumber: '0301' });
    expect(org).toMatchObject({
      kind: 'MUNICIPALITY',
      municipalityNumber: '0301',
      countyNumber: '03',
      version: 1,
    });
  });

  it('create a need with contacts, a profile with references, an arena and a county municipality', async () => {
    const need = await createNeed(ds, {
      contacts: [{ name: 'Kari Nordmann', email: 'kari@utsira.kommune.no' }],
    });
    expect(need.status).toBe('OPEN');
    const group = await createResearchGroup(ds, { institutionShortName: 'UiB' });
    expect(group.researchInstitutionId).toBeTruthy();
    const profile = await createProfile(ds, {
      organizationId: group.id,
      references: [{ title: 'Artikkel' }],
    });
    expect(profile.organizationId).toBe(group.id);
    const arena = await createArena(ds, { countyNumbers: ['46', '11'] });
    expect(arena.counties.map((c) => c.number).sort()).toEqual(['11', '46']);
    const county = await createCountyMunicipalityOrganization(ds, { countyNumber: '50' });
    expect(county.countyNumber).toBe('50');
    const contact = await createContact(ds, { organizationId: county.id });
    expect(contact.email).toMatch(/@example\.no$/);
  });
});
