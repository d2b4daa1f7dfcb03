/**
 * Reads the reference data (municipalities, research institutions) from data/reference/ in the repository.
 * BROBYGGER_REFERENCE_DIR overrides the folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface MunicipalityRow {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
  lat: number;
  lon: number;
}

export interface InstitutionRow {
  name: string;
  shortName: string;
  kind: string;
  city: string;
  countyNumber: string;
}

export interface ReferenceData {
  municipalities: MunicipalityRow[];
  institutions: InstitutionRow[];
}

export function referenceDir(): string {
  return process.env.BROBYGGER_REFERENCE_DIR ?? resolve(__dirname, '..', '..', 'data', 'reference');
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function read(dir: string, file: string): Record<string, string>[] {
  const path = join(dir, file);
  try {
    return parseCsv(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read reference data ${path}: ${(error as Error).message}`);
  }
}

let cached: ReferenceData | undefined;

export function loadReferenceData(dir = referenceDir()): ReferenceData {
  if (cached) return cached;
  const municipalities = read(dir, 'municipalities.csv').map((r) => ({
    number: r.number,
    name: r.name,
    countyNumber: r.county_number,
    countyName: r.county_name,
    population: Number(r.population),
    lat: Number(r.lat),
    lon: Number(r.lon),
  }));
  const institutions = read(dir, 'research_institutions.csv').map((r) => ({
    name: r.name,
    shortName: r.short_name || r.name,
    kind: r.kind,
    city: r.city,
    countyNumber: r.county_number,
  }));
  if (municipalities.length === 0 || institutions.length === 0) {
    throw new Error(`reference data in ${dir} is empty`);
  }
  cached = { municipalities, institutions };
  return cached;
}
