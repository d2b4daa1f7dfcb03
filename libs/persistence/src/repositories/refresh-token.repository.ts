import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { Db, returningRows } from './repository-support';

export interface NewRefreshToken {
  userId: string;
  tokenHash: string;
  familyId: string;
  expiresAt: Date;
}

export type RotationResult =
  | { kind: 'rotated'; token: RefreshTokenEntity; previous: RefreshTokenEntity }
  /** The presented token had been used or revoked before: its family is now revoked. */
  | { kind: 'reused'; previous: RefreshTokenEntity }
  | { kind: 'expired'; previous: RefreshTokenEntity }
  | { kind: 'unknown' };

/** Refresh tokens (hashed), rotation and revocation. */
export class RefreshTokenRepository {
  constructor(private readonly db: Db) {}

  async insert(token: NewRefreshToken): Promise<RefreshTokenEntity> {
    const repo = this.db.getRepository(RefreshTokenEntity);
    return repo.save(repo.create({ ...token, revokedAt: null, replacedBy: null }));
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.db.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash } });
  }

  /**
   * Atomically revokes the token with `tokenHash` and inserts its successor. A token that is already revoked
   * (reuse, e.g. a stolen copy) revokes its whole family instead.
   */
  rotate(
    tokenHash: string,
    successor: Omit<NewRefreshToken, 'userId' | 'familyId'>,
  ): Promise<RotationResult> {
    return this.db.transaction(async (em) => {
      const previous = await em
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :tokenHash', { tokenHash })
        .getOne();
      if (!previous) return { kind: 'unknown' } as const;
      if (previous.revokedAt) {
        await em.query(
          `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
          [previous.familyId],
        );
        return { kind: 'reused', previous } as const;
      }
      if (previous.expiresAt.getTime() <= Date.now()) {
        await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1`, [previous.id]);
        return { kind: 'expired', previous } as const;
      }
      const repo = em.getRepository(RefreshTokenEntity);
      const token = await repo.save(
        repo.create({
          userId: previous.userId,
          familyId: previous.familyId,
          tokenHash: successor.tokenHash,
          expiresAt: successor.expiresAt,
          revokedAt: null,
          replacedBy: null,
        }),
      );
      await em.query(
        `UPDATE refresh_tokens SET revoked_at = now(), replaced_by = $2 WHERE id = $1`,
        [previous.id, token.id],
      );
      return { kind: 'rotated', token, previous } as const;
    });
  }

  /** Revokes every live token of the family; returns how many were revoked. */
  async revokeFamily(familyId: string): Promise<number> {
    const rows = await returningRows(
      this.db,
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL RETURNING id`,
      [familyId],
    );
    return rows.length;
  }

  async revokeAllForUser(userId: string): Promise<number> {
    const rows = await returningRows(
      this.db,
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    return rows.length;
  }

  /** True while the family has a token that is neither revoked nor expired (access tokens carry the family). */
  async isFamilyActive(familyId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL AND expires_at > now() LIMIT 1`,
      [familyId],
    );
    return rows.length > 0;
  }
}
