/** Generated problems (bench/matching/generator.ts) as rows: used by bench:queue and the flow-run spec. */
import { DataSource } from 'typeorm';
import type { Problem } from '@brobygger/engine';
import { uuidFromKey } from '@brobygger/queue';

/**
 * Loads a generated exchange-format problem into the schema as one arena over all counties (ids mapped to UUIDs
 * derived from `key` and the problem's ids, so that several problems can share a database).
 */
export async function loadGenerated(
  ds: DataSource,
  problem: Problem,
  key = 'bench',
): Promise<{ arenaId: string }> {
  const id = (k: string) => uuidFromKey(`${key}:${k}`);
  const institutions = new Map(
    (
      await ds.query<Array<{ id: string; name: string }>>(
        `SELECT id, name FROM research_institutions`,
      )
    ).map((r) => [r.name, r.id]),
  );
  const orgs = problem.organizations.map((o) => ({
    id: id(o.id),
    kind: o.kind,
    name: o.name ?? o.id,
    municipality_number: o.kind === 'MUNICIPALITY' ? (o.municipalityNumber ?? null) : null,
    county_number: o.kind === 'MUNICIPALITY' ? null : (o.countyNumber ?? null),
    research_institution_id:
      o.kind === 'RESEARCH_GROUP'
        ? (institutions.get(o.institution ?? '') ?? [...institutions.values()][0])
        : null,
    research_experience: o.researchExperience ?? null,
    international_partners: o.internationalPartners ?? false,
  }));
  await ds.query(
    `INSERT INTO organizations (id, kind, name, municipality_number, county_number, research_institution_id, research_experience, international_partners)
     SELECT t.id, t.kind, t.name, t.municipality_number,
       COALESCE(t.county_number, (SELECT county_number FROM municipalities WHERE number = t.municipality_number)),
       t.research_institution_id, t.research_experience, t.international_partners
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, kind text, name text, municipality_number text, county_number text,
       research_institution_id uuid, research_experience text, international_partners boolean)`,
    [JSON.stringify(orgs)],
  );
  const needs = problem.needs.map((n) => ({
    id: id(n.id),
    organization_id: id(n.organizationId),
    title: n.title.slice(0, 200),
    description: (n.description ?? '').slice(0, 10000),
    language: n.language ?? 'nb',
    themes: n.themes ?? [],
    project_type: n.projectType ?? null,
  }));
  await ds.query(
    `INSERT INTO knowledge_needs (id, organization_id, title, description, language, themes, project_type, status, published_at)
     SELECT t.id, t.organization_id, t.title, t.description, t.language, ARRAY(SELECT jsonb_array_elements_text(t.themes)), t.project_type, 'OPEN', now()
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, organization_id uuid, title text, description text, language text, themes jsonb, project_type text)`,
    [JSON.stringify(needs)],
  );
  const profiles = problem.profiles.map((p) => ({
    id: id(p.id),
    organization_id: id(p.organizationId),
    title: p.title.slice(0, 200),
    description: (p.description ?? '').slice(0, 10000),
    language: p.language ?? 'nb',
    keywords: (p.keywords ?? []).slice(0, 50),
    methods: (p.methods ?? []).slice(0, 50),
    themes: p.themes ?? [],
    capacity: p.capacity ?? 1,
    county_numbers: p.countyNumbers ?? [],
  }));
  await ds.query(
    `INSERT INTO competence_profiles (id, organization_id, title, description, language, keywords, methods, themes, capacity, county_numbers, status)
     SELECT t.id, t.organization_id, t.title, t.description, t.language,
       ARRAY(SELECT jsonb_array_elements_text(t.keywords)), ARRAY(SELECT jsonb_array_elements_text(t.methods)),
       ARRAY(SELECT jsonb_array_elements_text(t.themes)), t.capacity, ARRAY(SELECT jsonb_array_elements_text(t.county_numbers)), 'ACTIVE'
     FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, organization_id uuid, title text, description text, language text,
       keywords jsonb, methods jsonb, themes jsonb, capacity int, county_numbers jsonb)`,
    [JSON.stringify(profiles)],
  );
  const refs = problem.profiles.flatMap((p) =>
    (p.references ?? []).map((r, position) => ({
      id: id(`${p.id}#${position}`),
      profile_id: id(p.id),
      title: r.title.slice(0, 500),
      summary: r.abstract?.slice(0, 5000) ?? null,
      year: r.year && r.year >= 1900 && r.year <= 2100 ? r.year : null,
      position,
    })),
  );
  if (refs.length) {
    await ds.query(
      `INSERT INTO profile_references (id, profile_id, kind, title, summary, year, position)
       SELECT t.id, t.profile_id, 'PUBLICATION', t.title, t.summary, t.year, t.position
       FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, profile_id uuid, title text, summary text, year int, position int)`,
      [JSON.stringify(refs)],
    );
  }
  const arenaId = id('arena-norway');
  await ds.query(
    `INSERT INTO mobilization_arenas (id, name, description) VALUES ($1, $2, 'Alle fylker')`,
    [arenaId, `Hele Norge (${key})`],
  );
  await ds.query(
    `INSERT INTO mobilization_arena_counties (arena_id, county_number) SELECT $1, number FROM counties`,
    [arenaId],
  );
  return { arenaId };
}
