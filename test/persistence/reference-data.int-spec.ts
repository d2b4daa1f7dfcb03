import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  ReferenceDataRepository,
  seedReferenceData,
  ValidationError,
} from '@brobygger/persistence';
import { parseCsv } from '@brobygger/persistence/seed/csv';
import { createArena } from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

const referenceDir = join(__dirname, '..', '..', 'data', 'reference');
const csvRows = (file: string) => parseCsv(readFileSync(join(referenceDir, file), 'utf8'));

describe(ReferenceDataRepository.name, () => {
  let ds: DataSource;
  let repo: ReferenceDataRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new ReferenceDataRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  describe('seeded reference data', () => {
    it('has the 15 counties, 357 municipalities and 87 research institutions of the CSV files', async () => {
      expect(await repo.counts()).toEqual({
        counties: 15,
        municipalities: 357,
        researchInstitutions: 87,
      });
      expect(csvRows('municipalities.csv')).toHaveLength(357);
    });

    it.each(['0301', '1151'])(
      'stores the population of municipality %s exactly as in the CSV',
      async (number) => {
        const row = csvRows('municipalities.csv').find((r) => r.number === number)!;
        const municipality = (await repo.municipalityByNumber(number))!;
        expect(municipality.name).toBe(row.name);
        expect(municipality.countyNumber).toBe(row.county_number);
        expect(municipality.population).toBe(Number(row.population));
        expect(municipality.populationYear).toBe(Number(row.population_year));
        expect(municipality.population2024).toBe(Number(row.population_2024));
        expect(municipality.population2025).toBe(Number(row.population_2025));
        expect(municipality.lat).toBeCloseTo(Number(row.lat), 5);
      },
    );

    it('derives the size class from the population (small < 5,000, medium < 20,000, large)', async () => {
      expect((await repo.municipalityByNumber('1151'))!.sizeClass).toBe('SMALL');
      expect((await repo.municipalityByNumber('0301'))!.sizeClass).toBe('LARGE');
      const wrong = await ds.query(
        `SELECT number FROM municipalities WHERE size_class <> CASE WHEN population < 5000 THEN 'SMALL'
           WHEN population < 20000 THEN 'MEDIUM' ELSE 'LARGE' END`,
      );
      expect(wrong).toEqual([]);
    });

    it('keeps county populations equal to the CSV', async () => {
      const counties = await repo.counties();
      const expected = csvRows('counties.csv');
      expect(counties.map((c) => [c.number, c.name, c.population])).toEqual(
        expected.map((r) => [r.county_number, r.county_name, Number(r.population)]).sort(),
      );
    });

    it('maps research institution kinds to institution types and keeps empty cells empty', async () => {
      const institutions = await repo.researchInstitutions();
      expect(institutions).toHaveLength(87);
      const byShort = (s: string) => institutions.find((i) => i.shortName === s)!;
      expect(byShort('NTNU').institutionType).toBe('UNIVERSITY');
      expect(byShort('HVL').institutionType).toBe('UNIVERSITY_COLLEGE');
      expect(byShort('NIVA').institutionType).toBe('RESEARCH_INSTITUTE');
      const emptyCountyInCsv = csvRows('research_institutions.csv').filter(
        (r) => r.county_number === '',
      );
      expect(emptyCountyInCsv.length).toBeGreaterThan(0);
      for (const row of emptyCountyInCsv) {
        expect(institutions.find((i) => i.name === row.name)!.countyNumber).toBeNull();
      }
      const universities = await repo.researchInstitutions({ institutionTypes: ['UNIVERSITY'] });
      expect(universities.every((i) => i.institutionType === 'UNIVERSITY')).toBe(true);
    });

    it('is idempotent: seeding twice leaves the same rows and ids', async () => {
      const before = await ds.query(`SELECT id, name FROM research_institutions ORDER BY name`);
      await seedReferenceData(ds);
      await seedReferenceData(ds);
      expect(await repo.counts()).toEqual({
        counties: 15,
        municipalities: 357,
        researchInstitutions: 87,
      });
      expect(await ds.query(`SELECT id, name FROM research_institutions ORDER BY name`)).toEqual(
        before,
      );
    });
  });

  describe('municipalities', () => {
    it('pages through all 357 by number with a stable totalCount', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await repo.municipalities({}, { first: 100, after });
        expect(page.totalCount).toBe(357);
        seen.push(...page.nodes.map((m) => m.number));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(357);
      expect([...seen].sort()).toEqual(seen);
      expect(new Set(seen).size).toBe(357);
    });

    it('filters by county, size class, name and arena', async () => {
      const rogalandSmall = await repo.municipalities(
        { countyNumbers: ['11'], sizeClasses: ['SMALL'] },
        { first: 100 },
      );
      expect(rogalandSmall.nodes.map((m) => m.number)).toContain('1151');
      expect(
        rogalandSmall.nodes.every((m) => m.countyNumber === '11' && m.sizeClass === 'SMALL'),
      ).toBe(true);

      const heroy = await repo.municipalities({ text: 'herøy' });
      expect(heroy.nodes.map((m) => m.number).sort()).toEqual(['1515', '1818']);

      const arena = await createArena(ds, { countyNumbers: ['03', '56'] });
      const inArena = await repo.municipalities({ arenaId: arena.id }, { first: 100 });
      const osloAndFinnmark = csvRows('municipalities.csv').filter((r) =>
        ['03', '56'].includes(r.county_number),
      );
      expect(inArena.totalCount).toBe(osloAndFinnmark.length);
    });

    it('rejects a page size above 100 and a malformed cursor, naming the field', async () => {
      await expect(repo.municipalities({}, { first: 101 })).rejects.toMatchObject({
        field: 'first',
      });
      await expect(repo.municipalities({}, { after: 'not-a-cursor' })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(repo.municipalities({}, { after: 'not-a-cursor' })).rejects.toMatchObject({
        field: 'after',
      });
    });

    it('batch-loads by number in key order with null for unknown numbers', async () => {
      const rows = await repo.municipalitiesByNumbers(['1151', '9999', '0301', '1151']);
      expect(rows.map((m) => m?.number ?? null)).toEqual(['1151', null, '0301', '1151']);
      const counties = await repo.countiesByNumbers(['46', '03', '99']);
      expect(counties.map((c) => c?.name ?? null)).toEqual(['Vestland', 'Oslo', null]);
    });
  });
});
