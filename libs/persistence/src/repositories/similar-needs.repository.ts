import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProblemNeed } from '@brobygger/engine/exchange/types';
import type { DraftScope } from './knowledge-need.repository';

/** The texts the engine compares to find other municipalities' needs like one need. */
export interface NeedCorpus {
  /** The need itself, first. */
  need: ProblemNeed;
  /** Needs of other organizations the caller may see (not withdrawn; drafts only within `draftScope`) that share a
   *  search lexeme or a theme with it. */
  others: ProblemNeed[];
}

@Injectable()
export class SimilarNeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The need and at most `limit` candidates: other organizations' needs sharing a search lexeme (the engine's
   * normalisation, stored in search_vector) or a theme with it, best full-text rank first. Null when the need does
   * not exist.
   */
  async corpus(needId: string, draftScope: DraftScope, limit: number): Promise<NeedCorpus | null> {
    const rows: Array<ProblemNeed & { description: string | null; language: string | null }> =
      await this.dataSource.query(
        `WITH t AS (SELECT id, organization_id, themes, search_vector FROM knowledge_needs WHERE id = $1),
              q AS (SELECT (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(t.search_vector)) l)::tsquery AS query
                      FROM t),
              candidates AS (
                SELECT n.id FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id, t, q
                 WHERE n.organization_id <> t.organization_id AND n.status <> 'WITHDRAWN'
                   AND (n.status <> 'DRAFT' OR $2::boolean OR n.organization_id = ANY($3::uuid[])
                        OR o.county_number::text = ANY($4::text[]))
                   AND (n.search_vector @@ q.query OR n.themes && t.themes)
                 ORDER BY ts_rank(n.search_vector, q.query) DESC, n.id
                 LIMIT $5)
         SELECT n.id, n.organization_id AS "organizationId", n.title, n.description, n.themes, n.language
           FROM knowledge_needs n
          WHERE n.id = $1 OR n.id IN (SELECT id FROM candidates)
          ORDER BY (n.id = $1) DESC, n.created_at, n.id`,
        [needId, draftScope.all, draftScope.organizationIds, draftScope.countyNumbers, limit],
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
