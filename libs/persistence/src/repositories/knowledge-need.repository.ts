import { EntityManager } from 'typeorm';
import { KnowledgeNeed } from '../entities/knowledge-need.entity';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../errors';
import {
  Language,
  LANGUAGES,
  NEED_STATUSES,
  NeedStatus,
  ORGANIZATION_KINDS,
  OrganizationKind,
  PROJECT_TYPES,
  ProjectType,
  RESEARCH_AREAS,
  ResearchArea,
  Theme,
  THEMES,
} from '../enums';
import { Page, PageRequest } from '../pagination';
import { isUuid, SqlParams } from '../sql';
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
import { DESCRIPTION_MAX, PERSON_MONTHS_MAX, SEARCH_TEXT_MAX, TITLE_MAX } from '../limits';
import {
  ContactPersonData,
  ContactPersonRepository,
  validateContacts,
} from './contact-person.repository';
import { ProgrammeEventRepository } from './programme-event.repository';
import {
  CREATED_DESC,
  Db,
  findByIdsInOrder,
  inTransaction,
  keysetPage,
  RANK_DESC,
  returningRows,
  updateVersioned,
} from './repository-support';
import { addSearchVector, NEED_SEARCH, searchColumnsOf, searchCondition } from './search-index';

/** Needs in these states can no longer be edited or withdrawn. */
export const FINAL_NEED_STATUSES: readonly NeedStatus[] = ['CLOSED', 'WITHDRAWN'];

export interface CreateKnowledgeNeedData {
  organizationId: string;
  title: string;
  description?: string;
  language?: Language;
  themes?: Theme[];
  researchArea?: ResearchArea | null;
  projectType?: ProjectType | null;
  committedPersonMonths?: number | null;
  committedContactFreed?: boolean;
  /** DRAFT (default) or OPEN. */
  status?: NeedStatus;
  contacts?: ContactPersonData[];
}

/** Fields left undefined are unchanged; `contacts`, when given, replaces the whole set. */
export interface UpdateKnowledgeNeedData {
  id: string;
  version: number;
  title?: string;
  description?: string;
  language?: Language;
  themes?: Theme[];
  researchArea?: ResearchArea | null;
  projectType?: ProjectType | null;
  committedPersonMonths?: number | null;
  committedContactFreed?: boolean;
  status?: NeedStatus;
  contacts?: ContactPersonData[];
}

export interface KnowledgeNeedFilter {
  /** Owner's county is one of these. */
  countyNumbers?: string[] | null;
  /** Owner's county is covered by this arena. */
  arenaId?: string | null;
  /** Has at least one of these themes. */
  themes?: Theme[] | null;
  projectTypes?: ProjectType[] | null;
  statuses?: NeedStatus[] | null;
  /** Owner's kind. */
  organizationKinds?: OrganizationKind[] | null;
  organizationId?: string | null;
  languages?: Language[] | null;
  /** Full-text search with the engine's normalisation (search-index.ts); results ranked by relevance. */
  text?: string | null;
  /**
   * Who may see DRAFT needs (access control): unless `all`, a draft is listed only if its owner is one of
   * `organizationIds` or lies in one of `countyNumbers`. Omitted = no restriction (internal callers).
   */
  draftScope?: DraftScope | null;
}

/** Same shape as the API's DraftReadScope. */
export interface DraftScope {
  all: boolean;
  organizationIds: string[];
  countyNumbers: string[];
}

function personMonthsOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    value > PERSON_MONTHS_MAX
  ) {
    throw new ValidationError(
      'committedPersonMonths',
      `must be a number from 0 to ${PERSON_MONTHS_MAX}`,
    );
  }
  return Math.round(value * 10) / 10;
}

function booleanOf(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(field, 'must be true or false');
  return value;
}

export class KnowledgeNeedRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the need and its contacts in one transaction; nothing is written if any part fails. */
  async create(data: CreateKnowledgeNeedData): Promise<KnowledgeNeed> {
    const organizationId = requireUuid('organizationId', data.organizationId);
    const title = requireText('title', data.title, TITLE_MAX);
    const description = requireText('description', data.description ?? '', DESCRIPTION_MAX, {
      allowEmpty: true,
    });
    const language = requireOneOf('language', data.language ?? 'nb', LANGUAGES);
    const themes = requireSubsetOf('themes', data.themes ?? [], THEMES);
    const researchArea = optionalOneOf('researchArea', data.researchArea, RESEARCH_AREAS);
    const projectType = optionalOneOf('projectType', data.projectType, PROJECT_TYPES);
    const personMonths = personMonthsOf(data.committedPersonMonths);
    const contactFreed = booleanOf('committedContactFreed', data.committedContactFreed ?? false);
    const status = requireOneOf('status', data.status ?? 'DRAFT', ['DRAFT', 'OPEN'] as const);
    const contacts = validateContacts('contacts', data.contacts ?? []);

    const id = await inTransaction(this.db, async (tx) => {
      const rows = await tx.query<Array<{ id: string }>>(
        `INSERT INTO knowledge_needs (organization_id, title, description, language, themes, research_area,
                                      project_type, committed_person_months, committed_contact_freed, status,
                                      published_at, search_vector, search_normaliser)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, CASE WHEN $10 = 'OPEN' THEN now() END,
                 $11::tsvector, $12)
         RETURNING id`,
        [
          organizationId,
          title,
          description,
          language,
          themes,
          researchArea,
          projectType,
          personMonths,
          contactFreed,
          status,
          ...searchColumnsOf(NEED_SEARCH, { title, description, language }),
        ],
      );
      const needId = rows[0].id;
      await new ContactPersonRepository(tx).replaceFor(
        tx,
        { organizationId, knowledgeNeedId: needId },
        contacts,
      );
      await new ProgrammeEventRepository(tx).recordNeeds([needId]);
      return needId;
    });
    return this.getById(id);
  }

  /**
   * Updates the fields given, based on `version` (stale → ConflictError), and replaces the contacts when given —
   * all in one transaction. Closed or withdrawn needs cannot be edited (InvalidStateError).
   */
  async update(data: UpdateKnowledgeNeedData): Promise<KnowledgeNeed> {
    const id = requireUuid('id', data.id);
    const version = requireVersion(data.version);
    const set: Record<string, { value?: unknown; sql?: string }> = {};
    if (data.title !== undefined)
      set.title = { value: requireText('title', data.title, TITLE_MAX) };
    if (data.description !== undefined) {
      set.description = {
        value: requireText('description', data.description, DESCRIPTION_MAX, {
          allowEmpty: true,
        }),
      };
    }
    if (data.language !== undefined)
      set.language = { value: requireOneOf('language', data.language, LANGUAGES) };
    if (data.themes !== undefined)
      set.themes = { value: requireSubsetOf('themes', data.themes, THEMES) };
    if (data.researchArea !== undefined) {
      set.research_area = {
        value: optionalOneOf('researchArea', data.researchArea, RESEARCH_AREAS),
      };
    }
    if (data.projectType !== undefined) {
      set.project_type = { value: optionalOneOf('projectType', data.projectType, PROJECT_TYPES) };
    }
    if (data.committedPersonMonths !== undefined) {
      set.committed_person_months = { value: personMonthsOf(data.committedPersonMonths) };
    }
    if (data.committedContactFreed !== undefined) {
      set.committed_contact_freed = {
        value: booleanOf('committedContactFreed', data.committedContactFreed),
      };
    }
    if (data.status !== undefined) {
      const status = requireOneOf('status', data.status, NEED_STATUSES);
      set.status = { value: status };
      if (status === 'OPEN') set.published_at = { sql: 'COALESCE(published_at, now())' };
    }
    const contacts =
      data.contacts === undefined ? undefined : validateContacts('contacts', data.contacts);

    await inTransaction(this.db, async (tx) => {
      await addSearchVector(tx, NEED_SEARCH, id, set);
      await updateVersioned(tx, {
        table: 'knowledge_needs',
        entity: 'KnowledgeNeed',
        id,
        version,
        set,
        blockedStatuses: FINAL_NEED_STATUSES,
      });
      if (contacts) {
        const [{ organization_id }] = await tx.query<Array<{ organization_id: string }>>(
          'SELECT organization_id FROM knowledge_needs WHERE id = $1',
          [id],
        );
        await new ContactPersonRepository(tx).replaceFor(
          tx,
          { organizationId: organization_id, knowledgeNeedId: id },
          contacts,
        );
      }
      await new ProgrammeEventRepository(tx).recordNeeds([id]);
    });
    return this.getById(id);
  }

  /** Withdraws a need (any state but CLOSED/WITHDRAWN). With `version`, a stale version is a ConflictError. */
  async withdraw(id: string, version?: number): Promise<KnowledgeNeed> {
    return this.transition(id, 'WITHDRAWN', ['DRAFT', 'OPEN', 'IN_CONSORTIUM'], version);
  }

  /**
   * Moves a need to `to` if its status is one of `from` (InvalidStateError otherwise). Used by workflows such as
   * forming a consortium (OPEN → IN_CONSORTIUM).
   */
  async transition(
    id: string,
    to: NeedStatus,
    from: readonly NeedStatus[],
    version?: number,
  ): Promise<KnowledgeNeed> {
    requireOneOf('status', to, NEED_STATUSES);
    if (!isUuid(id)) throw new NotFoundError('KnowledgeNeed', id);
    const expected = version === undefined ? null : requireVersion(version);
    const updated = await inTransaction(this.db, async (tx) => {
      const rows = await returningRows(
        tx,
        `UPDATE knowledge_needs
              SET status = $2, version = version + 1, updated_at = now(),
                  published_at = CASE WHEN $2 = 'OPEN' THEN COALESCE(published_at, now()) ELSE published_at END
            WHERE id = $1 AND status = ANY($3::text[]) AND ($4::int IS NULL OR version = $4::int)
            RETURNING id`,
        [id, to, from, expected],
      );
      if (rows.length) await new ProgrammeEventRepository(tx).recordNeeds([id]);
      return rows;
    });
    if (!updated.length) await this.explainRejectedTransition(id, to, expected);
    return this.getById(id);
  }

  private async explainRejectedTransition(
    id: string,
    to: NeedStatus,
    version: number | null,
  ): Promise<never> {
    const current = await this.findById(id);
    if (!current) throw new NotFoundError('KnowledgeNeed', id);
    if (version !== null && current.version !== version) {
      throw new ConflictError('KnowledgeNeed', id, version, current.version);
    }
    throw new InvalidStateError(
      'KnowledgeNeed',
      id,
      current.status,
      `KnowledgeNeed ${id} cannot go from ${current.status} to ${to}`,
    );
  }

  async findById(id: string): Promise<KnowledgeNeed | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  /** Like findById, but an unknown id is a NotFoundError. */
  async getById(id: string): Promise<KnowledgeNeed> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError('KnowledgeNeed', id);
    return found;
  }

  /** Batch load for DataLoader: one statement, results in key order (null for unknown ids). */
  findByIds(ids: readonly string[]): Promise<Array<KnowledgeNeed | null>> {
    return findByIdsInOrder(this.db, KnowledgeNeed, ids);
  }

  /**
   * Filtered, keyset-paginated list with totalCount. Newest first; with `text`, only needs that have every query
   * word (as the engine normalises it), ranked by ts_rank (title weighs more than description).
   */
  async list(
    filter: KnowledgeNeedFilter = {},
    page: PageRequest = {},
  ): Promise<Page<KnowledgeNeed>> {
    const params = new SqlParams();
    const where: string[] = [];
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
    if (filter.themes?.length) {
      where.push(
        `n.themes && ${params.add(requireSubsetOf('filter.themes', filter.themes, THEMES))}::text[]`,
      );
    }
    if (filter.projectTypes?.length) {
      const types = requireSubsetOf('filter.projectTypes', filter.projectTypes, PROJECT_TYPES);
      where.push(`n.project_type = ANY(${params.add(types)}::text[])`);
    }
    if (filter.statuses?.length) {
      const statuses = requireSubsetOf('filter.statuses', filter.statuses, NEED_STATUSES);
      where.push(`n.status = ANY(${params.add(statuses)}::text[])`);
    }
    if (filter.organizationKinds?.length) {
      const kinds = requireSubsetOf(
        'filter.organizationKinds',
        filter.organizationKinds,
        ORGANIZATION_KINDS,
      );
      where.push(`o.kind = ANY(${params.add(kinds)}::text[])`);
    }
    if (filter.organizationId !== undefined && filter.organizationId !== null) {
      where.push(
        `n.organization_id = ${params.add(requireUuid('filter.organizationId', filter.organizationId))}`,
      );
    }
    if (filter.languages?.length) {
      const languages = requireSubsetOf('filter.languages', filter.languages, LANGUAGES);
      where.push(`n.language = ANY(${params.add(languages)}::text[])`);
    }
    if (filter.draftScope && !filter.draftScope.all) {
      const organizationIds = filter.draftScope.organizationIds.filter(isUuid);
      const countyNumbers = filter.draftScope.countyNumbers;
      where.push(
        `(n.status <> 'DRAFT' OR n.organization_id = ANY(${params.add(organizationIds)}::uuid[])` +
          ` OR o.county_number = ANY(${params.add(countyNumbers)}::text[]))`,
      );
    }
    const text = optionalText('filter.text', filter.text, SEARCH_TEXT_MAX);
    let order = { ...CREATED_DESC, sortSql: 'n.created_at' };
    if (text) {
      const search = searchCondition('n.search_vector', params, text);
      where.push(search.where);
      order = { ...RANK_DESC, sortSql: search.rank } as typeof order;
    }
    return keysetPage(this.db, {
      from: 'knowledge_needs n JOIN organizations o ON o.id = n.organization_id',
      idSql: 'n.id',
      where,
      params,
      order,
      page,
      load: (ids) => this.findByIds(ids),
    });
  }

  /** The same repository bound to a transaction's EntityManager (for services writing several tables). */
  withManager(tx: EntityManager): KnowledgeNeedRepository {
    return new KnowledgeNeedRepository(tx);
  }
}
