import { InvalidStateError, NotFoundError } from '../errors';
import { NotificationRepository } from './notification.repository';
import { Db, returningRows, runQuery } from './repository-support';

/** A research group's interest in a knowledge need, through one of its competence profiles. */
export interface NeedInterest {
  id: string;
  knowledgeNeedId: string;
  competenceProfileId: string;
  /** The research group (the profile's organization). */
  organizationId: string;
  note: string;
  createdBy: string | null;
  createdAt: Date;
}

const COLUMNS = `i.id, i.knowledge_need_id AS "knowledgeNeedId", i.competence_profile_id AS "competenceProfileId",
  i.organization_id AS "organizationId", i.note, i.created_by AS "createdBy", i.created_at AS "createdAt"`;

/** Interests stay while the need is open; withdrawing one deletes it (the audit log keeps the history). */
export class NeedInterestRepository {
  constructor(private readonly db: Db) {}

  /**
   * Records the profile's interest in an OPEN need (again: the note is replaced, the interest stays one row).
   * Throws NotFoundError for an unknown need or profile, InvalidStateError when the need is not open.
   */
  async express(input: {
    knowledgeNeedId: string;
    competenceProfileId: string;
    note: string;
    userId: string | null;
  }): Promise<NeedInterest> {
    return this.db.transaction(async (manager) => {
      const [need]: Array<{ status: string }> = await manager.query(
        `SELECT status FROM knowledge_needs WHERE id = $1`,
        [input.knowledgeNeedId],
      );
      if (!need) throw new NotFoundError('KnowledgeNeed', input.knowledgeNeedId);
      if (need.status !== 'OPEN')
        throw new InvalidStateError(
          'KnowledgeNeed',
          input.knowledgeNeedId,
          need.status,
          `interest can only be expressed in an OPEN need; this need is ${need.status}`,
        );
      const rows = await runQuery<Array<NeedInterest & { inserted?: boolean }>>(
        manager,
        `INSERT INTO need_interests AS i (knowledge_need_id, competence_profile_id, organization_id, note, created_by)
         SELECT $1, p.id, p.organization_id, $3, $4 FROM competence_profiles p WHERE p.id = $2
         ON CONFLICT (knowledge_need_id, competence_profile_id) DO UPDATE SET note = EXCLUDED.note
         RETURNING ${COLUMNS}, (xmax = 0) AS inserted`,
        [input.knowledgeNeedId, input.competenceProfileId, input.note, input.userId],
      );
      if (!rows[0]) throw new NotFoundError('CompetenceProfile', input.competenceProfileId);
      const { inserted, ...interest } = rows[0];
      // A new interest tells the need's municipality, in the same transaction (outbox); a changed note does not.
      if (inserted)
        await new NotificationRepository(manager).interestExpressed(
          input.knowledgeNeedId,
          input.competenceProfileId,
          input.userId,
        );
      return interest;
    });
  }

  /** Deletes the interest and returns it as it was; NotFoundError for an unknown id. */
  async withdraw(id: string): Promise<NeedInterest> {
    const rows = await returningRows<NeedInterest>(
      this.db,
      `DELETE FROM need_interests i WHERE i.id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError('NeedInterest', id);
    return rows[0];
  }

  /** Interests in these needs, oldest first. */
  forNeeds(needIds: readonly string[]): Promise<NeedInterest[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM need_interests i WHERE i.knowledge_need_id = ANY($1::uuid[])
       ORDER BY i.created_at, i.id`,
      [needIds],
    );
  }

  /** Interests in the needs of an arena's counties, newest first (at most `limit`). */
  forArena(arenaId: string, limit: number): Promise<NeedInterest[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM need_interests i
         JOIN knowledge_needs n ON n.id = i.knowledge_need_id JOIN organizations o ON o.id = n.organization_id
        WHERE o.county_number IN (SELECT county_number FROM mobilization_arena_counties WHERE arena_id = $1)
        ORDER BY i.created_at DESC, i.id DESC LIMIT $2`,
      [arenaId, limit],
    );
  }
}
