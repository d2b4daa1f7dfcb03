import { EntityManager } from 'typeorm';
import { KnowledgeNeed } from '../entities/knowledge-need.entity';
import { ConflictError, InvalidStateError, NotFoundError } from '../errors';
import { Language, NeedStatus, OrganizationKind, ProjectType, ResearchArea, Theme } from '../enums';
import { Page, PageRequest } from '../pagination';
import { isUuid, SqlParams } from '../sql';
import { requireVersion } from '../validation';
import { ContactPersonData, ContactPersonRepository } from './contact-person.repository';
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

export class KnowledgeNeedRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the need and its contacts in one transaction; nothing is written if any part fails. */
  async create(data: CreateKnowledgeNeedData): Promise<KnowledgeNeed> {
    const { organizationId } = data;
    const title = data.title.trim();
    const description = (data.description ?? '').trim();
    const language = data.language ?? 'nb';
    const themes = [...new Set(data.themes ?? [])];
    const researchArea = data.researchArea ?? null;
    const projectType = data.projectType ?? null;
    const personMonths = data.committedPersonMonths ?? null;
    const contactFreed = data.committedContactFreed ?? false;
    const status = data.status ?? 'DRAFT';
    const contacts = data.contacts ?? [];

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
    const { id, version, contacts } = data;
    const set: Record<string, { value?: unknown; sql?: string }> = {};
    if (data.title !== undefined) set.title = { value: data.title.trim() };
    if (data.description !== undefined) set.description = { value: data.description.trim() };
    if (data.language !== undefined) set.language = { value: data.language };
    if (data.themes !== undefined) set.themes = { value: [...new Set(data.themes)] };
    if (data.researchArea !== undefined) set.research_area = { value: data.researchArea };
    if (data.projectType !== undefined) set.project_type = { value: data.projectType };
    if (data.committedPersonMonths !== undefined)
      set.committed_person_months = { value: data.committedPersonMonths };
    if (data.committedContactFreed !== undefined)
      set.committed_contact_freed = { value: data.committedContactFreed };
    if (data.status !== undefined) {
      set.status = { value: data.status };
      if (data.status === 'OPEN') set.published_at = { sql: 'COALESCE(published_at, now())' };
    }

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
    /** Whether a condition reads the owner (`o`); only then are the owners joined. */
    let readsOwner = false;
    if (filter.countyNumbers?.length) {
      readsOwner = true;
      where.push(`o.county_number = ANY(${params.add(filter.countyNumbers)}::text[])`);
    }
    if (filter.arenaId !== undefined && filter.arenaId !== null) {
      readsOwner = true;
      where.push(
        `o.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = ${params.add(filter.arenaId)})`,
      );
    }
    if (filter.themes?.length) {
      where.push(`n.themes && ${params.add(filter.themes)}::text[]`);
    }
    if (filter.projectTypes?.length) {
      where.push(`n.project_type = ANY(${params.add(filter.projectTypes)}::text[])`);
    }
    if (filter.statuses?.length) {
      where.push(`n.status = ANY(${params.add(filter.statuses)}::text[])`);
    }
    if (filter.organizationKinds?.length) {
      readsOwner = true;
      where.push(`o.kind = ANY(${params.add(filter.organizationKinds)}::text[])`);
    }
    if (filter.organizationId !== undefined && filter.organizationId !== null) {
      where.push(`n.organization_id = ${params.add(filter.organizationId)}`);
    }
    if (filter.languages?.length) {
      where.push(`n.language = ANY(${params.add(filter.languages)}::text[])`);
    }
    if (filter.draftScope && !filter.draftScope.all) {
      const organizationIds = filter.draftScope.organizationIds.filter(isUuid);
      const countyNumbers = filter.draftScope.countyNumbers;
      readsOwner = true;
      where.push(
        `(n.status <> 'DRAFT' OR n.organization_id = ANY(${params.add(organizationIds)}::uuid[])` +
          ` OR o.county_number = ANY(${params.add(countyNumbers)}::text[]))`,
      );
    }
    const text = filter.text?.trim();
    let order = { ...CREATED_DESC, sortSql: 'n.created_at' };
    if (text) {
      const search = searchCondition('n.search_vector', params, text);
      where.push(search.where);
      order = { ...RANK_DESC, sortSql: search.rank } as typeof order;
    }
    return keysetPage(this.db, {
      // Every need has exactly one owner (organization_id: NOT NULL, foreign key to the primary key), so joining the
      // owners neither drops nor repeats a need: without a condition on the owner the join is left out (PostgreSQL
      // does not remove an inner join itself; the count then reads only the status index, 5× cheaper).
      from: readsOwner
        ? 'knowledge_needs n JOIN organizations o ON o.id = n.organization_id'
        : 'knowledge_needs n',
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
