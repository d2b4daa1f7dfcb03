import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { InstitutionType, sizeClassOf } from '../enums';
import { parseCsv } from './csv';

export interface ReferenceDataCounts {
  counties: number;
  municipalities: number;
  researchInstitutions: number;
}

/**
 * Finds data/reference/ of the repository: REFERENCE_DATA_DIR if set, else relative to this file (source or
 * dist layout), else the working directory.
 */
export function resolveReferenceDataDir(): string {
  const candidates = [
    process.env.REFERENCE_DATA_DIR,
    resolve(__dirname, '../../../../data/reference'),
    resolve(__dirname, '../../../../../data/reference'),
    resolve(process.cwd(), 'data/reference'),
  ].filter((c): c is string => !!c);
  const found = candidates.find((dir) => existsSync(join(dir, 'municipalities.csv')));
  if (!found) throw new Error(`Reference data not found; looked in: ${candidates.join(', ')}`);
  return found;
}

function readCsv(dir: string, file: string): Array<Record<string, string>> {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

/** Empty cell → null; never a guessed value. */
function optional(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function required(row: Record<string, string>, column: string, file: string): string {
  const value = optional(row[column]);
  if (value === null)
    throw new Error(`${file}: column ${column} is empty in row ${JSON.stringify(row)}`);
  return value;
}

function optionalNumber(value: string | undefined): number | null {
  const text = optional(value);
  if (text === null) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return n;
}

function requiredInt(row: Record<string, string>, column: string, file: string): number {
  const n = Number(required(row, column, file));
  if (!Number.isInteger(n))
    throw new Error(`${file}: column ${column} is not an integer: ${row[column]}`);
  return n;
}

/** Maps the Research Council's sector labels to the programme's three institution types. */
export function institutionTypeOf(kind: string): InstitutionType {
  if (/^UoH-sektor\s*\/\s*Universitet/i.test(kind)) return 'UNIVERSITY';
  if (/^UoH-sektor\s*\//i.test(kind)) return 'UNIVERSITY_COLLEGE';
  if (/^Instituttsektor\s*\//i.test(kind)) return 'RESEARCH_INSTITUTE';
  throw new Error(`research_institutions.csv: unknown kind "${kind}"`);
}

export function readReferenceData(dir = resolveReferenceDataDir()) {
  const counties = readCsv(dir, 'counties.csv').map((r) => ({
    number: required(r, 'county_number', 'counties.csv'),
    name: required(r, 'county_name', 'counties.csv'),
    population: requiredInt(r, 'population', 'counties.csv'),
    population_year: requiredInt(r, 'population_year', 'counties.csv'),
    population_2024: optionalNumber(r.population_2024),
    municipality_count: requiredInt(r, 'n_municipalities', 'counties.csv'),
  }));
  const municipalities = readCsv(dir, 'municipalities.csv').map((r) => {
    const population = requiredInt(r, 'population', 'municipalities.csv');
    return {
      number: required(r, 'number', 'municipalities.csv'),
      name: required(r, 'name', 'municipalities.csv'),
      name_ssb: optional(r.name_ssb) ?? required(r, 'name', 'municipalities.csv'),
      county_number: required(r, 'county_number', 'municipalities.csv'),
      population,
      population_year: requiredInt(r, 'population_year', 'municipalities.csv'),
      population_2024: optionalNumber(r.population_2024),
      population_2025: optionalNumber(r.population_2025),
      size_class: sizeClassOf(population),
      lat: optionalNumber(r.lat),
      lon: optionalNumber(r.lon),
      area_km2: optionalNumber(r.area_km2_approx),
    };
  });
  const researchInstitutions = readCsv(dir, 'research_institutions.csv').map((r) => {
    const kind = required(r, 'kind', 'research_institutions.csv');
    return {
      name: required(r, 'name', 'research_institutions.csv'),
      short_name: optional(r.short_name),
      kind,
      institution_type: institutionTypeOf(kind),
      city: optional(r.city),
      municipality_number: optional(r.municipality_number),
      county_number: optional(r.county_number),
      org_number: optional(r.org_number),
      source_period: optional(r.source_period),
    };
  });
  return { counties, municipalities, researchInstitutions };
}

/**
 * Idempotent upsert of counties, municipalities and research institutions from data/reference/*.csv, in one
 * transaction (three statements). Running it again updates changed values and adds nothing twice.
 */
export async function seedReferenceData(
  dataSource: DataSource | EntityManager,
  dir = resolveReferenceDataDir(),
): Promise<ReferenceDataCounts> {
  const data = readReferenceData(dir);
  const run = async (manager: EntityManager) => {
    await manager.query(
      `INSERT INTO counties (number, name, population, population_year, population_2024, municipality_count)
       SELECT number, name, population, population_year, population_2024, municipality_count
         FROM jsonb_to_recordset($1::jsonb) AS r(number text, name text, population int, population_year int,
                                                  population_2024 int, municipality_count int)
       ON CONFLICT (number) DO UPDATE SET
         name = EXCLUDED.name, population = EXCLUDED.population, population_year = EXCLUDED.population_year,
         population_2024 = EXCLUDED.population_2024, municipality_count = EXCLUDED.municipality_count`,
      [JSON.stringify(data.counties)],
    );
    await manager.query(
      `INSERT INTO municipalities (number, name, name_ssb, county_number, population, population_year,
                                   population_2024, population_2025, size_class, lat, lon, area_km2)
       SELECT number, name, name_ssb, county_number, population, population_year,
              population_2024, population_2025, size_class, lat, lon, area_km2
         FROM jsonb_to_recordset($1::jsonb) AS r(number text, name text, name_ssb text, county_number text,
                                                  population int, population_year int, population_2024 int,
                                                  population_2025 int, size_class text, lat float8, lon float8,
                                                  area_km2 float8)
       ON CONFLICT (number) DO UPDATE SET
         name = EXCLUDED.name, name_ssb = EXCLUDED.name_ssb, county_number = EXCLUDED.county_number,
         population = EXCLUDED.population, population_year = EXCLUDED.population_year,
         population_2024 = EXCLUDED.population_2024, population_2025 = EXCLUDED.population_2025,
         size_class = EXCLUDED.size_class, lat = EXCLUDED.lat, lon = EXCLUDED.lon, area_km2 = EXCLUDED.area_km2`,
      [JSON.stringify(data.municipalities)],
    );
    await manager.query(
      `INSERT INTO research_institutions (name, short_name, kind, institution_type, city, municipality_number,
                                          county_number, org_number, source_period)
       SELECT name, short_name, kind, institution_type, city, municipality_number, county_number, org_number,
              source_period
         FROM jsonb_to_recordset($1::jsonb) AS r(name text, short_name text, kind text, institution_type text,
                                                  city text, municipality_number text, county_number text,
                                                  org_number text, source_period text)
       ON CONFLICT (name) DO UPDATE SET
         short_name = EXCLUDED.short_name, kind = EXCLUDED.kind, institution_type = EXCLUDED.institution_type,
         city = EXCLUDED.city, municipality_number = EXCLUDED.municipality_number,
         county_number = EXCLUDED.county_number, org_number = EXCLUDED.org_number,
         source_period = EXCLUDED.source_period`,
      [JSON.stringify(data.researchInstitutions)],
    );
  };
  if (dataSource instanceof DataSource) {
    await dataSource.transaction(run);
  } else {
    await run(dataSource);
  }
  return {
    counties: data.counties.length,
    municipalities: data.municipalities.length,
    researchInstitutions: data.researchInstitutions.length,
  };
}
