import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { reindexSearch } from '../repositories/search-index';
import { ProgrammeEventRepository } from '../repositories/programme-event.repository';

/**
 * Loads the fictional demo data set (data/demo/*.json) idempotently: every row gets a UUID derived from its stable
 * key, and inserts skip rows that exist already, so running the demo twice changes nothing (and decisions a
 * broker made on the demo data stay). Needs a database with the reference data loaded.
 */

interface DemoOrganization {
  key: string;
  kind:
    | 'MUNICIPALITY'
    | 'COUNTY_MUNICIPALITY'
    | 'RESEARCH_GROUP'
    | 'BUSINESS'
    | 'VOLUNTARY_ORGANIZATION';
  name: string;
  municipalityNumber?: string;
  countyNumber?: string;
  institutionOrgNumber?: string;
  institutionName?: string;
  researchExperience?: string;
  internationalPartners?: boolean;
}

interface DemoContact {
  name: string;
  email: string;
  role?: string;
  phone?: string;
}

interface DemoNeed {
  key: string;
  organizationKey: string;
  title: string;
  description: string;
  language: string;
  themes: string[];
  researchArea?: string | null;
  projectType?: string | null;
  committedPersonMonths?: number | null;
  committedContactFreed?: boolean;
  status: string;
  contacts?: DemoContact[];
}

interface DemoProfile {
  key: string;
  organizationKey: string;
  title: string;
  description: string;
  language: string;
  keywords: string[];
  methods: string[];
  themes: string[];
  capacity: number;
  countyNumbers: string[];
  internationalPartners: string[];
  status: string;
  references?: Array<{
    kind: string;
    title: string;
    summary?: string;
    year?: number;
    url?: string;
  }>;
  contacts?: DemoContact[];
}

interface DemoArena {
  key: string;
  name: string;
  description?: string;
  countyNumbers: string[];
}

export interface DemoSeedResult {
  organizations: number;
  needs: number;
  profiles: number;
  arenas: Array<{ key: string; id: string; name: string; countyNumbers: string[] }>;
  /** Rows inserted by this call (0 when the data was there already). */
  inserted: number;
}

export function resolveDemoDataDir(): string {
  const candidates = [
    process.env.DEMO_DATA_DIR,
    resolve(__dirname, '../../../../data/demo'),
    resolve(__dirname, '../../../../../data/demo'),
    resolve(process.cwd(), 'data/demo'),
  ].filter((c): c is string => !!c);
  const found = candidates.find((dir) => existsSync(join(dir, 'needs.json')));
  if (!found) throw new Error(`Demo data not found; looked in: ${candidates.join(', ')}`);
  return found;
}

/** Stable UUID for a demo key (the same key always gives the same id). */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`brobygger-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

async function insert(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: unknown[] = await m.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params);
  return rows.length;
}

export async function seedDemoData(
  ds: DataSource,
  dir = resolveDemoDataDir(),
): Promise<DemoSeedResult> {
  const organizations = readJson<DemoOrganization[]>(dir, 'organizations.json');
  const needs = readJson<DemoNeed[]>(dir, 'needs.json');
  const profiles = readJson<DemoProfile[]>(dir, 'profiles.json');
  const arenas = readJson<DemoArena[]>(dir, 'arenas.json');

  return ds.transaction(async (m) => {
    let inserted = 0;
    const institutions = new Map<string, { id: string; county: string | null }>(
      (
        await m.query<
          Array<{ id: string; org_number: string | null; county_number: string | null }>
        >(`SELECT id, org_number, county_number FROM research_institutions`)
      ).flatMap((r) =>
        r.org_number ? [[r.org_number, { id: r.id, county: r.county_number }] as const] : [],
      ),
    );
    for (const o of organizations) {
      let institution: { id: string; county: string | null } | undefined;
      if (o.kind === 'RESEARCH_GROUP') {
        institution = institutions.get(o.institutionOrgNumber ?? '');
        if (!institution)
          throw new Error(
            `demo organization ${o.key}: unknown institution org number ${o.institutionOrgNumber}`,
          );
      }
      inserted += await insert(
        m,
        `INSERT INTO organizations (id, kind, name, municipality_number, county_number, research_institution_id, research_experience, international_partners)
         VALUES ($1, $2, $3, $4, COALESCE($5, (SELECT county_number FROM municipalities WHERE number = $4)), $6, $7, $8)`,
        [
          demoId(o.key),
          o.kind,
          o.name,
          o.municipalityNumber ?? null,
          o.countyNumber ?? institution?.county ?? null,
          institution?.id ?? null,
          o.researchExperience ?? null,
          o.internationalPartners ?? false,
        ],
      );
    }
    const newNeedIds: string[] = [];
    for (const n of needs) {
      const id = demoId(n.key);
      const orgId = demoId(n.organizationKey);
      const needInserted = await insert(
        m,
        `INSERT INTO knowledge_needs (id, organization_id, title, description, language, themes, research_area, project_type,
           committed_person_months, committed_contact_freed, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $11 = 'DRAFT' THEN NULL ELSE now() END)`,
        [
          id,
          orgId,
          n.title,
          n.description,
          n.language,
          n.themes,
          n.researchArea ?? null,
          n.projectType ?? null,
          n.committedPersonMonths ?? null,
          n.committedContactFreed ?? false,
          n.status,
        ],
      );
      inserted += needInserted;
      if (needInserted) newNeedIds.push(id);
      for (const [i, c] of (n.contacts ?? []).entries()) {
        inserted += await insert(
          m,
          `INSERT INTO contact_persons (id, organization_id, knowledge_need_id, name, email, phone, role) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            demoId(`${n.key}#contact${i}`),
            orgId,
            id,
            c.name,
            c.email,
            c.phone ?? null,
            c.role ?? null,
          ],
        );
      }
    }
    await new ProgrammeEventRepository(m).recordNeeds(newNeedIds);
    for (const p of profiles) {
      const id = demoId(p.key);
      const orgId = demoId(p.organizationKey);
      inserted += await insert(
        m,
        `INSERT INTO competence_profiles (id, organization_id, title, description, language, keywords, methods, themes, capacity,
           county_numbers, international_partners, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          orgId,
          p.title,
          p.description,
          p.language,
          p.keywords,
          p.methods,
          p.themes,
          p.capacity,
          p.countyNumbers,
          p.internationalPartners ?? [],
          p.status,
        ],
      );
      for (const [position, r] of (p.references ?? []).entries()) {
        inserted += await insert(
          m,
          `INSERT INTO profile_references (id, profile_id, kind, title, summary, year, url, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            demoId(`${p.key}#ref${position}`),
            id,
            r.kind,
            r.title,
            r.summary ?? null,
            r.year ?? null,
            r.url ?? null,
            position,
          ],
        );
      }
      for (const [i, c] of (p.contacts ?? []).entries()) {
        inserted += await insert(
          m,
          `INSERT INTO contact_persons (id, organization_id, competence_profile_id, name, email, phone, role) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            demoId(`${p.key}#contact${i}`),
            orgId,
            id,
            c.name,
            c.email,
            c.phone ?? null,
            c.role ?? null,
          ],
        );
      }
    }
    const arenaRows: DemoSeedResult['arenas'] = [];
    for (const a of arenas) {
      const id = demoId(a.key);
      inserted += await insert(
        m,
        `INSERT INTO mobilization_arenas (id, name, description) VALUES ($1, $2, $3)`,
        [id, a.name, a.description ?? null],
      );
      const [row] = await m.query<Array<{ id: string }>>(
        `SELECT id FROM mobilization_arenas WHERE name = $1`,
        [a.name],
      );
      for (const county of a.countyNumbers) {
        inserted += await insert(
          m,
          `INSERT INTO mobilization_arena_counties (arena_id, county_number) VALUES ($1, $2)`,
          [row.id, county],
        );
      }
      arenaRows.push({ key: a.key, id: row.id, name: a.name, countyNumbers: a.countyNumbers });
    }
    await reindexSearch(m); // the needs and profiles inserted above have no search vector yet
    return {
      organizations: organizations.length,
      needs: needs.length,
      profiles: profiles.length,
      arenas: arenaRows,
      inserted,
    };
  });
}
