import { Organization } from '../entities/organization.entity';
import { NotFoundError, ValidationError } from '../errors';
import {
  ORGANIZATION_KINDS,
  OrganizationKind,
  RESEARCH_EXPERIENCE,
  ResearchExperience,
} from '../enums';
import { Page, PageRequest } from '../pagination';
import { escapeLike, isUuid, SqlParams } from '../sql';
import {
  optionalOneOf,
  optionalText,
  requireCountyNumbers,
  requireOneOf,
  requireSubsetOf,
  requireText,
  requireUuid,
  requireVersion,
} from '../validation';
import { NAME_MAX, SEARCH_TEXT_MAX } from '../limits';
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

function municipalityNumberOf(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) {
    throw new ValidationError(field, 'must be a four-digit municipality number');
  }
  return value;
}

function countyNumberOf(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^\d{2}$/.test(value)) {
    throw new ValidationError(field, 'must be a two-digit county number');
  }
  return value;
}

export class OrganizationRepository {
  constructor(private readonly db: Db) {}

  async create(data: CreateOrganizationData): Promise<Organization> {
    const kind = requireOneOf('kind', data.kind, ORGANIZATION_KINDS);
    const name = requireText('name', data.name, NAME_MAX);
    const municipalityNumber = municipalityNumberOf('municipalityNumber', data.municipalityNumber);
    const countyNumber = countyNumberOf('countyNumber', data.countyNumber);
    const researchInstitutionId =
      data.researchInstitutionId === undefined || data.researchInstitutionId === null
        ? null
        : requireUuid('researchInstitutionId', data.researchInstitutionId);
    if (kind === 'MUNICIPALITY' && !municipalityNumber) {
      throw new ValidationError('municipalityNumber', 'is required for a municipality');
    }
    if (kind === 'COUNTY_MUNICIPALITY' && !countyNumber) {
      throw new ValidationError('countyNumber', 'is required for a county municipality');
    }
    if (kind === 'RESEARCH_GROUP' && !researchInstitutionId) {
      throw new ValidationError('researchInstitutionId', 'is required for a research group');
    }
    const researchExperience = optionalOneOf(
      'researchExperience',
      data.researchExperience,
      RESEARCH_EXPERIENCE,
    );
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
    const id = requireUuid('id', data.id);
    const version = requireVersion(data.version);
    const set: Record<string, { value: unknown }> = {};
    if (data.name !== undefined) set.name = { value: requireText('name', data.name, NAME_MAX) };
    if (data.municipalityNumber !== undefined) {
      set.municipality_number = {
        value: municipalityNumberOf('municipalityNumber', data.municipalityNumber),
      };
    }
    if (data.countyNumber !== undefined) {
      set.county_number = { value: countyNumberOf('countyNumber', data.countyNumber) };
    }
    if (data.researchInstitutionId !== undefined) {
      set.research_institution_id = {
        value:
          data.researchInstitutionId === null
            ? null
            : requireUuid('researchInstitutionId', data.researchInstitutionId),
      };
    }
    if (data.researchExperience !== undefined) {
      set.research_experience = {
        value: optionalOneOf('researchExperience', data.researchExperience, RESEARCH_EXPERIENCE),
      };
    }
    if (data.internationalPartners !== undefined) {
      if (typeof data.internationalPartners !== 'boolean') {
        throw new ValidationError('internationalPartners', 'must be true or false');
      }
      set.international_partners = { value: data.internationalPartners };
    }
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
      where.push(
        `o.kind = ANY(${params.add(requireSubsetOf('filter.kinds', filter.kinds, ORGANIZATION_KINDS))}::text[])`,
      );
    }
    if (filter.countyNumbers?.length) {
      const counties = requireCountyNumbers('filter.countyNumbers', filter.countyNumbers);
      where.push(`o.county_number = ANY(${params.add(counties)}::text[])`);
    }
    if (filter.arenaId !== undefined && filter.arenaId !== null) {
      const arenaId = requireUuid('filter.arenaId', filter.arenaId);
      where.push(
        `o.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = ${params.add(arenaId)})`,
      );
    }
    if (filter.researchInstitutionId !== undefined && filter.researchInstitutionId !== null) {
      const institutionId = requireUuid(
        'filter.researchInstitutionId',
        filter.researchInstitutionId,
      );
      where.push(`o.research_institution_id = ${params.add(institutionId)}`);
    }
    if (filter.municipalityNumbers?.length) {
      filter.municipalityNumbers.forEach((n, i) =>
        municipalityNumberOf(`filter.municipalityNumbers[${i}]`, n),
      );
      where.push(`o.municipality_number = ANY(${params.add(filter.municipalityNumbers)}::text[])`);
    }
    const text = optionalText('filter.text', filter.text, SEARCH_TEXT_MAX);
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
