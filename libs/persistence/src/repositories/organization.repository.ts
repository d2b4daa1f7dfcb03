import { Organization } from '../entities/organization.entity';
import { NotFoundError } from '../errors';
import { OrganizationKind, ResearchExperience } from '../enums';
import { Page, PageRequest } from '../pagination';
import { escapeLike, isUuid, SqlParams } from '../sql';
import {
  CREATED_DESC,
  Db,
  findByIdsInOrder,
  keysetPage,
  runQuery,
  updateVersioned,
} from './repository-support';

export interface CreateOrganizationData {
  kind: OrganizationKind;
  name: string;
  /** Required for MUNICIPALITY; the county is then derived from it. */
  municipalityNumber?: string | null;
  /** Required for COUNTY_MUNICIPALITY; for a research group defaults to its institution's county. */
  countyNumber?: string | null;
  /** Required for RESEARCH_GROUP. */
  researchInstitutionId?: string | null;
  researchExperience?: ResearchExperience | null;
  internationalPartners?: boolean;
}

/** Fields left undefined are unchanged; null clears a nullable field. The kind cannot change. */
export interface UpdateOrganizationData {
  id: string;
  /** The version the caller edited (optimistic concurrency). */
  version: number;
  name?: string;
  municipalityNumber?: string | null;
  countyNumber?: string | null;
  researchInstitutionId?: string | null;
  researchExperience?: ResearchExperience | null;
  internationalPartners?: boolean;
}

export interface OrganizationFilter {
  kinds?: OrganizationKind[] | null;
  countyNumbers?: string[] | null;
  /** Organizations in the counties of this mobilization arena. */
  arenaId?: string | null;
  researchInstitutionId?: string | null;
  municipalityNumbers?: string[] | null;
  /** Case-insensitive part of the name. */
  text?: string | null;
}

export class OrganizationRepository {
  constructor(private readonly db: Db) {}

  async create(data: CreateOrganizationData): Promise<Organization> {
    const { kind } = data;
    const name = data.name.trim();
    const municipalityNumber = data.municipalityNumber ?? null;
    const countyNumber = data.countyNumber ?? null;
    const researchInstitutionId = data.researchInstitutionId ?? null;
    const researchExperience = data.researchExperience ?? null;
    const rows = await runQuery<Array<{ id: string }>>(
      this.db,
      `INSERT INTO organizations (kind, name, municipality_number, county_number, research_institution_id,
                                  research_experience, international_partners)
       VALUES ($1, $2, $3,
               COALESCE($4, (SELECT county_number FROM research_institutions WHERE id = $5::uuid)),
               $5, $6, $7)
       RETURNING id`,
      [
        kind,
        name,
        municipalityNumber,
        countyNumber,
        researchInstitutionId,
        researchExperience,
        data.internationalPartners ?? false,
      ],
    );
    return this.getById(rows[0].id);
  }

  async update(data: UpdateOrganizationData): Promise<Organization> {
    const { id, version } = data;
    const set: Record<string, { value: unknown }> = {};
    if (data.name !== undefined) set.name = { value: data.name.trim() };
    if (data.municipalityNumber !== undefined)
      set.municipality_number = { value: data.municipalityNumber };
    if (data.countyNumber !== undefined) set.county_number = { value: data.countyNumber };
    if (data.researchInstitutionId !== undefined)
      set.research_institution_id = { value: data.researchInstitutionId };
    if (data.researchExperience !== undefined)
      set.research_experience = { value: data.researchExperience };
    if (data.internationalPartners !== undefined)
      set.international_partners = { value: data.internationalPartners };
    await updateVersioned(this.db, {
      table: 'organizations',
      entity: 'Organization',
      id,
      version,
      set,
    });
    return this.getById(id);
  }

  async findById(id: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  /** Like findById, but an unknown id is a NotFoundError. */
  async getById(id: string): Promise<Organization> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError('Organization', id);
    return found;
  }

  /** Batch load for DataLoader: one statement, results in key order (null for unknown ids). */
  findByIds(ids: readonly string[]): Promise<Array<Organization | null>> {
    return findByIdsInOrder(this.db, Organization, ids);
  }

  /** Newest first, keyset-paginated, with totalCount. */
  async list(filter: OrganizationFilter = {}, page: PageRequest = {}): Promise<Page<Organization>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.kinds?.length) {
      where.push(`o.kind = ANY(${params.add(filter.kinds)}::text[])`);
    }
    if (filter.countyNumbers?.length) {
      where.push(`o.county_number = ANY(${params.add(filter.countyNumbers)}::text[])`);
    }
    if (filter.arenaId !== undefined && filter.arenaId !== null) {
      where.push(
        `o.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = ${params.add(filter.arenaId)})`,
      );
    }
    if (filter.researchInstitutionId !== undefined && filter.researchInstitutionId !== null) {
      where.push(`o.research_institution_id = ${params.add(filter.researchInstitutionId)}`);
    }
    if (filter.municipalityNumbers?.length) {
      where.push(`o.municipality_number = ANY(${params.add(filter.municipalityNumbers)}::text[])`);
    }
    const text = filter.text?.trim();
    if (text) where.push(`o.name ILIKE ${params.add(`%${escapeLike(text)}%`)}`);
    return keysetPage(this.db, {
      from: 'organizations o',
      idSql: 'o.id',
      where,
      params,
      order: { ...CREATED_DESC, sortSql: 'o.created_at' },
      page,
      load: (ids) => this.findByIds(ids),
    });
  }
}
