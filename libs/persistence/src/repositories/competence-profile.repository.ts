import { EntityManager } from 'typeorm';
import { CompetenceProfile } from '../entities/competence-profile.entity';
import { ProfileReference } from '../entities/profile-reference.entity';
import { NotFoundError } from '../errors';
import { Language, ProfileStatus, ReferenceKind, Theme } from '../enums';
import { Page, PageRequest } from '../pagination';
import { isUuid, SqlParams } from '../sql';
import { ContactPersonData, ContactPersonRepository } from './contact-person.repository';
import {
  CREATED_DESC,
  Db,
  findByIdsInOrder,
  inTransaction,
  findGroupedByKeys,
  keysetPage,
  RANK_DESC,
  updateVersioned,
} from './repository-support';
import { addSearchVector, PROFILE_SEARCH, searchColumnsOf, searchCondition } from './search-index';

export interface ProfileReferenceData {
  kind?: ReferenceKind;
  title: string;
  summary?: string | null;
  year?: number | null;
  url?: string | null;
}

export interface CreateCompetenceProfileData {
  /** A RESEARCH_GROUP organization. */
  organizationId: string;
  title: string;
  description?: string;
  language?: Language;
  keywords?: string[];
  methods?: string[];
  themes?: Theme[];
  capacity?: number;
  /** Counties served; empty = national. */
  countyNumbers?: string[];
  internationalPartners?: string[];
  status?: ProfileStatus;
  references?: ProfileReferenceData[];
  contacts?: ContactPersonData[];
}

/** Fields left undefined are unchanged; `references` and `contacts`, when given, replace the whole set. */
export interface UpdateCompetenceProfileData extends Partial<
  Omit<CreateCompetenceProfileData, 'organizationId'>
> {
  id: string;
  version: number;
}

export interface CompetenceProfileFilter {
  /** Serves one of these counties (national profiles included). */
  countyNumbers?: string[] | null;
  /** Serves a county of this arena (national profiles included). */
  arenaId?: string | null;
  themes?: Theme[] | null;
  statuses?: ProfileStatus[] | null;
  organizationId?: string | null;
  /** Owner research group belongs to this institution. */
  researchInstitutionId?: string | null;
  languages?: Language[] | null;
  /** Full-text search over title, description, keywords and methods (engine normalisation); ranked. */
  text?: string | null;
  /**
   * Who may see PAUSED profiles (access control): unless `all`, a paused profile is listed only if its owner is
   * one of `organizationIds`. Omitted = no restriction (internal callers).
   */
  pausedScope?: { all: boolean; organizationIds: string[] } | null;
}

/** Trimmed entries, each once, in the order given. */
function entriesOf(list: string[]): string[] {
  return [...new Set(list.map((entry) => entry.trim()))];
}

/** Trimmed references; empty optional texts are stored as null; the kind defaults to PUBLICATION. */
function referencesOf(references: ProfileReferenceData[]): ProfileReferenceData[] {
  return references.map((r) => ({
    kind: r.kind ?? 'PUBLICATION',
    title: r.title.trim(),
    summary: r.summary?.trim() || null,
    year: r.year ?? null,
    url: r.url?.trim() || null,
  }));
}

export class CompetenceProfileRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the profile, its references and contacts in one transaction. */
  async create(data: CreateCompetenceProfileData): Promise<CompetenceProfile> {
    const { organizationId } = data;
    const values = {
      title: data.title.trim(),
      description: (data.description ?? '').trim(),
      language: data.language ?? 'nb',
      keywords: entriesOf(data.keywords ?? []),
      methods: entriesOf(data.methods ?? []),
      themes: [...new Set(data.themes ?? [])],
      capacity: data.capacity ?? 1,
      countyNumbers: [...new Set(data.countyNumbers ?? [])].sort(),
      internationalPartners: entriesOf(data.internationalPartners ?? []),
      status: data.status ?? 'ACTIVE',
    };
    const references = referencesOf(data.references ?? []);
    const contacts = data.contacts ?? [];

    const id = await inTransaction(this.db, async (tx) => {
      const rows = await tx.query<Array<{ id: string }>>(
        `INSERT INTO competence_profiles (organization_id, title, description, language, keywords, methods, themes,
                                          capacity, county_numbers, international_partners, status,
                                          search_vector, search_normaliser)
         VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8, $9::text[], $10::text[], $11,
                 $12::tsvector, $13)
         RETURNING id`,
        [
          organizationId,
          values.title,
          values.description,
          values.language,
          values.keywords,
          values.methods,
          values.themes,
          values.capacity,
          values.countyNumbers,
          values.internationalPartners,
          values.status,
          ...searchColumnsOf(PROFILE_SEARCH, values),
        ],
      );
      const profileId = rows[0].id;
      await this.replaceReferences(tx, profileId, references);
      await new ContactPersonRepository(tx).replaceFor(
        tx,
        { organizationId, competenceProfileId: profileId },
        contacts,
      );
      return profileId;
    });
    return this.getById(id);
  }

  /** Updates the fields given based on `version`; replaces references/contacts when given; one transaction. */
  async update(data: UpdateCompetenceProfileData): Promise<CompetenceProfile> {
    const { id, version } = data;
    const set: Record<string, { value: unknown }> = {};
    if (data.title !== undefined) set.title = { value: data.title.trim() };
    if (data.description !== undefined) set.description = { value: data.description.trim() };
    if (data.language !== undefined) set.language = { value: data.language };
    if (data.keywords !== undefined) {
      set.keywords = { value: entriesOf(data.keywords) };
    }
    if (data.methods !== undefined) {
      set.methods = { value: entriesOf(data.methods) };
    }
    if (data.themes !== undefined) set.themes = { value: [...new Set(data.themes)] };
    if (data.capacity !== undefined) set.capacity = { value: data.capacity };
    if (data.countyNumbers !== undefined)
      set.county_numbers = { value: [...new Set(data.countyNumbers)].sort() };
    if (data.internationalPartners !== undefined) {
      set.international_partners = {
        value: entriesOf(data.internationalPartners),
      };
    }
    if (data.status !== undefined) set.status = { value: data.status };
    const references = data.references === undefined ? undefined : referencesOf(data.references);
    const { contacts } = data;

    await inTransaction(this.db, async (tx) => {
      await addSearchVector(tx, PROFILE_SEARCH, id, set);
      await updateVersioned(tx, {
        table: 'competence_profiles',
        entity: 'CompetenceProfile',
        id,
        version,
        set,
      });
      if (references) await this.replaceReferences(tx, id, references);
      if (contacts) {
        const [{ organization_id }] = await tx.query<Array<{ organization_id: string }>>(
          'SELECT organization_id FROM competence_profiles WHERE id = $1',
          [id],
        );
        await new ContactPersonRepository(tx).replaceFor(
          tx,
          { organizationId: organization_id, competenceProfileId: id },
          contacts,
        );
      }
    });
    return this.getById(id);
  }

  private async replaceReferences(
    tx: EntityManager,
    profileId: string,
    references: ProfileReferenceData[],
  ) {
    await tx.query('DELETE FROM profile_references WHERE profile_id = $1', [profileId]);
    if (!references.length) return;
    await tx.query(
      `INSERT INTO profile_references (profile_id, kind, title, summary, year, url, position)
       SELECT $1, r.kind, r.title, r.summary, r.year, r.url, r.position
         FROM jsonb_to_recordset($2::jsonb) AS r(kind text, title text, summary text, year int, url text, position int)`,
      [profileId, JSON.stringify(references.map((r, position) => ({ ...r, position })))],
    );
  }

  async findById(id: string): Promise<CompetenceProfile | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  /** Like findById, but an unknown id is a NotFoundError. */
  async getById(id: string): Promise<CompetenceProfile> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError('CompetenceProfile', id);
    return found;
  }

  /** Batch load for DataLoader: one statement, results in key order (null for unknown ids). */
  findByIds(ids: readonly string[]): Promise<Array<CompetenceProfile | null>> {
    return findByIdsInOrder(this.db, CompetenceProfile, ids);
  }

  /** Batch load for DataLoader: references of each profile ordered by position (one statement). */
  findReferencesByProfileIds(profileIds: readonly string[]): Promise<ProfileReference[][]> {
    return findGroupedByKeys(
      this.db,
      ProfileReference,
      { column: 'profile_id', property: 'profileId' },
      profileIds,
      't.position',
    );
  }

  /** Filtered, keyset-paginated list with totalCount; newest first, or ranked by relevance with `text`. */
  async list(
    filter: CompetenceProfileFilter = {},
    page: PageRequest = {},
  ): Promise<Page<CompetenceProfile>> {
    const params = new SqlParams();
    const where: string[] = [];
    /** Whether a condition reads the owner (`o`); only then are the owners joined. */
    let readsOwner = false;
    if (filter.countyNumbers?.length) {
      where.push(
        `(p.county_numbers = '{}' OR p.county_numbers && ${params.add(filter.countyNumbers)}::text[])`,
      );
    }
    if (filter.arenaId !== undefined && filter.arenaId !== null) {
      where.push(
        `(p.county_numbers = '{}' OR p.county_numbers && ARRAY(SELECT county_number::text FROM mobilization_arena_counties WHERE arena_id = ${params.add(filter.arenaId)}))`,
      );
    }
    if (filter.themes?.length) {
      where.push(`p.themes && ${params.add(filter.themes)}::text[]`);
    }
    if (filter.statuses?.length) {
      where.push(`p.status = ANY(${params.add(filter.statuses)}::text[])`);
    }
    if (filter.organizationId !== undefined && filter.organizationId !== null) {
      where.push(`p.organization_id = ${params.add(filter.organizationId)}`);
    }
    if (filter.researchInstitutionId !== undefined && filter.researchInstitutionId !== null) {
      readsOwner = true;
      where.push(`o.research_institution_id = ${params.add(filter.researchInstitutionId)}`);
    }
    if (filter.languages?.length) {
      where.push(`p.language = ANY(${params.add(filter.languages)}::text[])`);
    }
    if (filter.pausedScope && !filter.pausedScope.all) {
      const organizationIds = filter.pausedScope.organizationIds.filter(isUuid);
      where.push(
        `(p.status <> 'PAUSED' OR p.organization_id = ANY(${params.add(organizationIds)}::uuid[]))`,
      );
    }
    const text = filter.text?.trim();
    let order = { ...CREATED_DESC, sortSql: 'p.created_at' };
    if (text) {
      const search = searchCondition('p.search_vector', params, text);
      where.push(search.where);
      order = { ...RANK_DESC, sortSql: search.rank } as typeof order;
    }
    return keysetPage(this.db, {
      // Every profile has exactly one owner (organization_id: NOT NULL, foreign key to the primary key), so joining
      // the owners neither drops nor repeats a profile: it is left out unless a condition reads the owner.
      from: readsOwner
        ? 'competence_profiles p JOIN organizations o ON o.id = p.organization_id'
        : 'competence_profiles p',
      idSql: 'p.id',
      where,
      params,
      order,
      page,
      load: (ids) => this.findByIds(ids),
    });
  }
}
