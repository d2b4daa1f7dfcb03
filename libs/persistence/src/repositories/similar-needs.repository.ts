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

/** Lexemes in more needs than this share say little about a topic (the engine's needNeedMaxDfFraction). */
const MAX_DF_FRACTION = 0.1;

@Injectable()
export class SimilarNeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The need and at most `limit` candidates: other organizations' needs that share a distinctive search lexeme with
   * it (the engine's normalisation, stored in search_vector), ranked by the summed inverse document frequency of
   * the lexemes they share — from 500 needs on, lexemes in more than a tenth of them are left out, as the engine's
   * need-to-need index does — then needs sharing a theme. Null when the need does not exist.
   */
  async corpus(needId: string, draftScope: DraftScope, limit: number): Promise<NeedCorpus | null> {
    const rows: Array<ProblemNeed & { description: string | null; language: string | null }> =
      await this.dataSource.query(
        `WITH t AS (SELECT id, organization_id, themes, search_vector FROM knowledge_needs WHERE id = $1),
              total AS (SELECT count(*)::float AS n FROM knowledge_needs),
              lexemes AS (
                SELECT quote_literal(l)::tsquery AS query,
                       (SELECT count(*) FROM knowledge_needs d WHERE d.search_vector @@ quote_literal(l)::tsquery) AS df
                  FROM t, unnest(tsvector_to_array(t.search_vector)) l),
              weighted AS (
                SELECT query, ln(total.n / df) AS idf FROM lexemes, total
                 WHERE df > 0 AND (total.n < 500 OR df <= total.n * $6)),
              scored AS (
                SELECT n.id, sum(w.idf) AS score FROM weighted w JOIN knowledge_needs n ON n.search_vector @@ w.query
                 GROUP BY n.id
                UNION ALL
                SELECT n.id, 0 FROM knowledge_needs n, t WHERE n.themes && t.themes),
              candidates AS (
                SELECT s.id FROM (SELECT id, max(score) AS score FROM scored GROUP BY id) s
                  JOIN knowledge_needs n ON n.id = s.id JOIN organizations o ON o.id = n.organization_id, t
                 WHERE n.organization_id <> t.organization_id AND n.status <> 'WITHDRAWN'
                   AND (n.status <> 'DRAFT' OR $2::boolean OR n.organization_id = ANY($3::uuid[])
                        OR o.county_number::text = ANY($4::text[]))
                 ORDER BY s.score DESC, s.id
                 LIMIT $5)
         SELECT n.id, n.organization_id AS "organizationId", n.title, n.description, n.themes, n.language
           FROM knowledge_needs n
          WHERE n.id = $1 OR n.id IN (SELECT id FROM candidates)
          ORDER BY (n.id = $1) DESC, n.created_at, n.id`,
        [
          needId,
          draftScope.all,
          draftScope.organizationIds,
          draftScope.countyNumbers,
          limit,
          MAX_DF_FRACTION,
        ],
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
