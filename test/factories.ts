import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CompetenceProfile,
  ContactPerson,
  KnowledgeNeed,
  MobilizationArena,
  Organization,
  ProfileReference,
} from '@brobygger/persistence/entities';
import type {
  Language,
  NeedStatus,
  ProfileStatus,
  ProjectType,
  ReferenceKind,
  ResearchArea,
  ResearchExperience,
  Theme,
} from '@brobygger/persistence/enums';
import { reindexSearch } from '@brobygger/persistence/repositories/search-index';

/**
 * Factories that insert rows straight into the per-run test database (no API, no repositories), so that specs of
 * every layer can arrange data in one line. Every name gets a unique suffix: specs share one database per run.
 */

let sequence = 0;
function unique(prefix: string): string {
  sequence += 1;
  return `${prefix} ${sequence}-${randomUUID().slice(0, 8)}`;
}

export async function createMunicipalityOrganization(
  ds: DataSource,
  input: {
    municipalityNumber?: string;
    name?: string;
    researchExperience?: ResearchExperience | null;
  } = {},
): Promise<Organization> {
  const municipalityNumber = input.municipalityNumber ?? '1151';
  const [{ name }] = await ds.query<Array<{ name: string }>>(
    'SELECT name FROM municipalities WHERE number = $1',
    [municipalityNumber],
  );
  return insertOrganization(ds, {
    kind: 'MUNICIPALITY',
    name: input.name ?? `${name} kommune`,
    municipalityNumber,
    researchExperience: input.researchExperience ?? 'NONE',
  });
}

export async function createCountyMunicipalityOrganization(
  ds: DataSource,
  input: { countyNumber?: string; name?: string } = {},
): Promise<Organization> {
  const countyNumber = input.countyNumber ?? '46';
  return insertOrganization(ds, {
    kind: 'COUNTY_MUNICIPALITY',
    name: input.name ?? unique(`Fylkeskommune ${countyNumber}`),
    countyNumber,
    researchExperience: 'SOME',
  });
}

/** A research group at a seeded institution (by short name, default NTNU). */
export async function createResearchGroup(
  ds: DataSource,
  input: {
    institutionShortName?: string;
    researchInstitutionId?: string;
    name?: string;
    internationalPartners?: boolean;
    researchExperience?: ResearchExperience;
  } = {},
): Promise<Organization> {
  let researchInstitutionId = input.researchInstitutionId;
  let countyNumber: string | null = null;
  if (!researchInstitutionId) {
    const rows = await ds.query<Array<{ id: string; county_number: string | null }>>(
      'SELECT id, county_number FROM research_institutions WHERE upper(short_name) = upper($1) ORDER BY name LIMIT 1',
      [input.institutionShortName ?? 'NTNU'],
    );
    if (!rows.length)
      throw new Error(`no research institution with short name ${input.institutionShortName}`);
    researchInstitutionId = rows[0].id;
    countyNumber = rows[0].county_number;
  }
  return insertOrganization(ds, {
    kind: 'RESEARCH_GROUP',
    name: input.name ?? unique('Forskningsgruppe'),
    researchInstitutionId,
    countyNumber,
    researchExperience: input.researchExperience ?? 'EXTENSIVE',
    internationalPartners: input.internationalPartners ?? false,
  });
}

export async function createOrganization(
  ds: DataSource,
  input: {
    kind: 'BUSINESS' | 'VOLUNTARY_ORGANIZATION';
    name?: string;
    countyNumber?: string | null;
  },
): Promise<Organization> {
  return insertOrganization(ds, {
    kind: input.kind,
    name: input.name ?? unique(input.kind === 'BUSINESS' ? 'Bedrift' : 'Frivillig lag'),
    countyNumber: input.countyNumber ?? null,
  });
}

async function insertOrganization(
  ds: DataSource,
  values: Partial<Organization>,
): Promise<Organization> {
  const repo = ds.getRepository(Organization);
  const saved = await repo.save(repo.create(values));
  return repo.findOneByOrFail({ id: saved.id });
}

export async function createArena(
  ds: DataSource,
  input: { name?: string; description?: string | null; countyNumbers?: string[] } = {},
): Promise<MobilizationArena> {
  const repo = ds.getRepository(MobilizationArena);
  const saved = await repo.save(
    repo.create({ name: input.name ?? unique('Arena'), description: input.description ?? null }),
  );
  for (const countyNumber of input.countyNumbers ?? ['46']) {
    await ds.query(
      'INSERT INTO mobilization_arena_counties (arena_id, county_number) VALUES ($1, $2)',
      [saved.id, countyNumber],
    );
  }
  return repo.findOneOrFail({ where: { id: saved.id }, relations: { counties: true } });
}

export interface NeedFactoryInput {
  organizationId?: string;
  title?: string;
  description?: string;
  language?: Language;
  themes?: Theme[];
  researchArea?: ResearchArea | null;
  projectType?: ProjectType | null;
  status?: NeedStatus;
  committedPersonMonths?: number | null;
  committedContactFreed?: boolean;
  contacts?: Array<{ name: string; email: string; role?: string }>;
}

/** A knowledge need; without organizationId it creates a municipality organization (Utsira) for it. */
export async function createNeed(
  ds: DataSource,
  input: NeedFactoryInput = {},
): Promise<KnowledgeNeed> {
  const organizationId = input.organizationId ?? (await createMunicipalityOrganization(ds)).id;
  const repo = ds.getRepository(KnowledgeNeed);
  const status = input.status ?? 'OPEN';
  const saved = await repo.save(
    repo.create({
      organizationId,
      title: input.title ?? unique('Kunnskapsbehov'),
      description: input.description ?? 'Kommunen trenger kunnskap om tjenesteutvikling.',
      language: input.language ?? 'nb',
      themes: input.themes ?? ['HEALTH_AND_CARE'],
      researchArea: input.researchArea ?? null,
      projectType: input.projectType === undefined ? 'INNOVATION_PROJECT' : input.projectType,
      status,
      committedPersonMonths: input.committedPersonMonths ?? null,
      committedContactFreed: input.committedContactFreed ?? false,
      publishedAt: status === 'DRAFT' ? null : new Date(),
    }),
  );
  await reindexSearch(ds, { all: true, ids: [saved.id] }); // saved without the repository
  for (const contact of input.contacts ?? []) {
    await createContact(ds, { organizationId, knowledgeNeedId: saved.id, ...contact });
  }
  return repo.findOneByOrFail({ id: saved.id });
}

export interface ProfileFactoryInput {
  organizationId?: string;
  title?: string;
  description?: string;
  language?: Language;
  keywords?: string[];
  methods?: string[];
  themes?: Theme[];
  capacity?: number;
  countyNumbers?: string[];
  internationalPartners?: string[];
  status?: ProfileStatus;
  references?: Array<{
    kind?: ReferenceKind;
    title: string;
    summary?: string;
    year?: number;
    url?: string;
  }>;
}

/** A competence profile; without organizationId it creates a research group (NTNU) for it. */
export async function createProfile(
  ds: DataSource,
  input: ProfileFactoryInput = {},
): Promise<CompetenceProfile> {
  const organizationId = input.organizationId ?? (await createResearchGroup(ds)).id;
  const repo = ds.getRepository(CompetenceProfile);
  const saved = await repo.save(
    repo.create({
      organizationId,
      title: input.title ?? unique('Kompetanseprofil'),
      description: input.description ?? 'Forskning på kommunale tjenester.',
      language: input.language ?? 'nb',
      keywords: input.keywords ?? [],
      methods: input.methods ?? [],
      themes: input.themes ?? ['HEALTH_AND_CARE'],
      capacity: input.capacity ?? 1,
      countyNumbers: input.countyNumbers ?? [],
      internationalPartners: input.internationalPartners ?? [],
      status: input.status ?? 'ACTIVE',
    }),
  );
  await reindexSearch(ds, { all: true, ids: [saved.id] }); // saved without the repository
  const references = ds.getRepository(ProfileReference);
  for (const [position, ref] of (input.references ?? []).entries()) {
    await references.insert({
      profileId: saved.id,
      kind: ref.kind ?? 'PUBLICATION',
      title: ref.title,
      summary: ref.summary ?? null,
      year: ref.year ?? null,
      url: ref.url ?? null,
      position,
    });
  }
  return repo.findOneByOrFail({ id: saved.id });
}

export async function createContact(
  ds: DataSource,
  input: {
    organizationId: string;
    knowledgeNeedId?: string | null;
    competenceProfileId?: string | null;
    name?: string;
    email?: string;
    phone?: string | null;
    role?: string | null;
  },
): Promise<ContactPerson> {
  const repo = ds.getRepository(ContactPerson);
  const saved = await repo.save(
    repo.create({
      organizationId: input.organizationId,
      knowledgeNeedId: input.knowledgeNeedId ?? null,
      competenceProfileId: input.competenceProfileId ?? null,
      name: input.name ?? unique('Kontakt'),
      email: input.email ?? `kontakt-${randomUUID().slice(0, 8)}@example.no`,
      phone: input.phone ?? null,
      role: input.role ?? null,
    }),
  );
  return repo.findOneByOrFail({ id: saved.id });
}
