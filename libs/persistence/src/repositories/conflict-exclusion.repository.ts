import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { pgErrorOf } from '../pg-errors';
import { Db, returningRows } from './repository-support';

/** A conflict-of-interest pair an arena's brokers keep: the two organizations are never proposed together. */
export interface ConflictExclusion {
  id: string;
  arenaId: string;
  /** The pair, ordered by id. */
  organizationAId: string;
  organizationBId: string;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
}

export const EXCLUSION_REASON_MAX = 500;

const COLUMNS = `e.id, e.arena_id AS "arenaId", e.organization_a_id AS "organizationAId",
  e.organization_b_id AS "organizationBId", e.reason, e.created_by AS "createdBy", e.created_at AS "createdAt"`;

export class ConflictExclusionRepository {
  constructor(private readonly db: Db) {}

  /**
   * Adds the pair to the arena. ValidationError (naming the field) for the same organization twice, an unknown
   * organization or an empty or too long reason; ConflictError when the arena already excludes the pair.
   */
  async create(input: {
    arenaId: string;
    organizationIds: [string, string];
    reason: string;
    userId: string | null;
  }): Promise<ConflictExclusion> {
    const reason = input.reason.trim();
    if (reason === '') throw new ValidationError('reason', 'must not be empty');
    if (reason.length > EXCLUSION_REASON_MAX)
      throw new ValidationError('reason', `must be at most ${EXCLUSION_REASON_MAX} characters`);
    const [first, second] = input.organizationIds;
    if (first === second)
      throw new ValidationError(
        'organizationBId',
        'must be another organization than organizationAId',
      );
    const known: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM organizations WHERE id = ANY($1::uuid[])`,
      [[first, second]],
    );
    const knownIds = new Set(known.map((r) => r.id));
    if (!knownIds.has(first)) throw new ValidationError('organizationAId', 'no such organization');
    if (!knownIds.has(second)) throw new ValidationError('organizationBId', 'no such organization');
    const [a, b] = first < second ? [first, second] : [second, first];
    try {
      const rows = await this.db.query(
        `INSERT INTO conflict_exclusions AS e (arena_id, organization_a_id, organization_b_id, reason, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [input.arenaId, a, b, reason, input.userId],
      );
      return rows[0] as ConflictExclusion;
    } catch (error) {
      if (pgErrorOf(error)?.constraint === 'uq_conflict_exclusions_pair')
        throw new ConflictError(
          'ConflictExclusion',
          `${a}/${b}`,
          undefined,
          undefined,
          'the arena already excludes these two organizations from each other',
        );
      throw error;
    }
  }

  async delete(id: string): Promise<ConflictExclusion> {
    const rows = await returningRows<ConflictExclusion>(
      this.db,
      `DELETE FROM conflict_exclusions e WHERE e.id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError('ConflictExclusion', id);
    return rows[0];
  }

  /** The arena's exclusions, newest first. */
  forArena(arenaId: string): Promise<ConflictExclusion[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM conflict_exclusions e WHERE e.arena_id = $1 ORDER BY e.created_at DESC, e.id DESC`,
      [arenaId],
    );
  }
}
