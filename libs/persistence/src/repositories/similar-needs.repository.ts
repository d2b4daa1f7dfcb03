import type { ProblemNeed } from '@brobygger/engine/exchange/types';
import type { DraftScope } from './knowledge-need.repository';
import { Db } from './repository-support';

/** The texts the engine compares to find other municipalities' needs like one need. */
export interface NeedCorpus {
  /** The need itself, first. */
  need: ProblemNeed;
  /** Needs of other organizations the caller may see: not withdrawn; drafts only within `draftScope`. */
  others: ProblemNeed[];
}

export class SimilarNeedsRepository {
  constructor(private readonly db: Db) {}

  /** Null when the need does not exist. */
  async corpus(needId: string, draftScope: DraftScope): Promise<NeedCorpus | null> {
    const rows: Array<ProblemNeed & { description: string | null; language: string | null }> =
      await this.db.query(
        `WITH target AS (SELECT id, organization_id FROM knowledge_needs WHERE id = $1)
         SELECT n.id, n.organization_id AS "organizationId", n.title, n.description, n.themes, n.language
           FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id, target t
          WHERE n.id = t.id
             OR (n.organization_id <> t.organization_id AND n.status <> 'WITHDRAWN'
                 AND (n.status <> 'DRAFT' OR $2::boolean OR n.organization_id = ANY($3::uuid[])
                      OR o.county_number::text = ANY($4::text[])))
          ORDER BY (n.id = t.id) DESC, n.created_at, n.id`,
        [needId, draftScope.all, draftScope.organizationIds, draftScope.countyNumbers],
      );
    if (rows.length === 0 || rows[0].id !== needId) return null;
    const needs: ProblemNeed[] = rows.map((r) => ({
      id: r.id,
      organizationId: r.organizationId,
      title: r.title,
      description: r.description ?? '',
      themes: r.themes ?? [],
      ...(r.language ? { language: r.language as ProblemNeed['language'] } : {}),
    }));
    return { need: needs[0], others: needs.slice(1) };
  }
}
