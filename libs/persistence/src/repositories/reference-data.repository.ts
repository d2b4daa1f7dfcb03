import { County } from '../entities/county.entity';
import { Municipality } from '../entities/municipality.entity';
import { ResearchInstitution } from '../entities/research-institution.entity';
import { InstitutionType, SizeClass } from '../enums';
import { Page, PageRequest } from '../pagination';
import { escapeLike, inKeyOrder, isUuid, SqlParams } from '../sql';
import { Db, findByIdsInOrder, keysetPage, managerOf, selectEntities } from './repository-support';

export interface MunicipalityFilter {
  countyNumbers?: string[] | null;
  /** Municipalities in the counties of this mobilization arena. */
  arenaId?: string | null;
  sizeClasses?: SizeClass[] | null;
  /** Case-insensitive part of the name (or SSB name). */
  text?: string | null;
}

export interface ResearchInstitutionFilter {
  countyNumbers?: string[] | null;
  institutionTypes?: InstitutionType[] | null;
  /** Case-insensitive part of the name or short name. */
  text?: string | null;
}

/** Counties, municipalities and research institutions (read-only reference data). */
export class ReferenceDataRepository {
  constructor(private readonly db: Db) {}

  /** All 15 counties ordered by number. */
  counties(): Promise<County[]> {
    return managerOf(this.db)
      .getRepository(County)
      .find({ order: { number: 'ASC' } });
  }

  async countyByNumber(number: string): Promise<County | null> {
    return (await this.countiesByNumbers([number]))[0];
  }

  /** Batch load for DataLoader: one statement, results in key order (null for unknown numbers). */
  async countiesByNumbers(numbers: readonly string[]): Promise<Array<County | null>> {
    const unique = [...new Set(numbers)];
    const rows = unique.length
      ? await selectEntities(this.db, County, 't.number = ANY($1::text[])', [unique])
      : [];
    return inKeyOrder(numbers, rows, (row) => row.number);
  }

  /** Municipalities ordered by number, keyset-paginated, with totalCount. */
  async municipalities(
    filter: MunicipalityFilter = {},
    page: PageRequest = {},
  ): Promise<Page<Municipality>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.countyNumbers?.length) {
      where.push(`m.county_number = ANY(${params.add(filter.countyNumbers)}::text[])`);
    }
    if (filter.arenaId !== undefined && filter.arenaId !== null) {
      where.push(
        `m.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = ${params.add(filter.arenaId)})`,
      );
    }
    if (filter.sizeClasses?.length) {
      where.push(`m.size_class = ANY(${params.add(filter.sizeClasses)}::text[])`);
    }
    const text = filter.text?.trim();
    if (text) {
      const p = params.add(`%${escapeLike(text)}%`);
      where.push(`(m.name ILIKE ${p} OR m.name_ssb ILIKE ${p})`);
    }
    return keysetPage(this.db, {
      from: 'municipalities m',
      idSql: 'm.number',
      where,
      params,
      order: {
        name: 'number',
        sortSql: 'm.number::text',
        keyCast: 'text',
        direction: 'asc',
        idDirection: 'asc',
        idCast: 'text',
      },
      page,
      load: (numbers) => this.municipalitiesByNumbers(numbers),
    });
  }

  async municipalityByNumber(number: string): Promise<Municipality | null> {
    return (await this.municipalitiesByNumbers([number]))[0];
  }

  /** Batch load for DataLoader: one statement, results in key order. */
  async municipalitiesByNumbers(numbers: readonly string[]): Promise<Array<Municipality | null>> {
    const unique = [...new Set(numbers)];
    const rows = unique.length
      ? await selectEntities(this.db, Municipality, 't.number = ANY($1::text[])', [unique])
      : [];
    return inKeyOrder(numbers, rows, (row) => row.number);
  }

  /** Research institutions ordered by name (87 rows, not paginated). */
  async researchInstitutions(
    filter: ResearchInstitutionFilter = {},
  ): Promise<ResearchInstitution[]> {
    const qb = managerOf(this.db).getRepository(ResearchInstitution).createQueryBuilder('ri');
    if (filter.countyNumbers?.length) {
      qb.andWhere('ri.county_number IN (:...counties)', {
        counties: filter.countyNumbers,
      });
    }
    if (filter.institutionTypes?.length) {
      qb.andWhere('ri.institution_type IN (:...types)', {
        types: filter.institutionTypes,
      });
    }
    const text = filter.text?.trim();
    if (text) {
      qb.andWhere('(ri.name ILIKE :text OR ri.short_name ILIKE :text)', {
        text: `%${escapeLike(text)}%`,
      });
    }
    return qb.orderBy('ri.name', 'ASC').getMany();
  }

  async researchInstitutionById(id: string): Promise<ResearchInstitution | null> {
    if (!isUuid(id)) return null;
    return (await this.researchInstitutionsByIds([id]))[0];
  }

  /** Batch load for DataLoader: one statement, results in key order. */
  researchInstitutionsByIds(ids: readonly string[]): Promise<Array<ResearchInstitution | null>> {
    return findByIdsInOrder(this.db, ResearchInstitution, ids);
  }

  /** Row counts of the reference tables (for health checks and tests). */
  async counts(): Promise<{
    counties: number;
    municipalities: number;
    researchInstitutions: number;
  }> {
    const [row] = await managerOf(this.db).query<
      Array<{ counties: number; municipalities: number; research_institutions: number }>
    >(
      `SELECT (SELECT count(*) FROM counties)::int AS counties,
              (SELECT count(*) FROM municipalities)::int AS municipalities,
              (SELECT count(*) FROM research_institutions)::int AS research_institutions`,
    );
    return {
      counties: row.counties,
      municipalities: row.municipalities,
      researchInstitutions: row.research_institutions,
    };
  }
}
