import { MembershipEntity, Role } from '../entities/membership.entity';
import { UserEntity } from '../entities/user.entity';
import { Db, inTransaction } from './repository-support';

export interface NewMembership {
  role: Role;
  arenaId?: string | null;
  organizationId?: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash?: string | null;
  identityProvider?: UserEntity['identityProvider'];
  externalSubject?: string | null;
}

/** A membership with what authorization needs to know about its scope. */
export interface ScopedMembership {
  role: Role;
  arenaId: string | null;
  organizationId: string | null;
  /** BROKER: the counties the arena covers. */
  arenaCountyNumbers: string[];
  /** MUNICIPALITY_MEMBER / RESEARCHER: kind and county of the organization. */
  organizationKind: string | null;
  organizationCountyNumber: string | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Users and their memberships. */
export class UserRepository {
  constructor(private readonly db: Db) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .findOne({ where: { id }, relations: { memberships: true } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .findOne({ where: { email: normalizeEmail(email) }, relations: { memberships: true } });
  }

  findByExternalSubject(
    provider: UserEntity['identityProvider'],
    subject: string,
  ): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOne({
      where: { identityProvider: provider, externalSubject: subject },
      relations: { memberships: true },
    });
  }

  /** Memberships with the arena's counties and the organization's kind and county, for authorization. */
  async findScopedMemberships(userId: string): Promise<ScopedMembership[]> {
    const rows: Array<{
      role: Role;
      arena_id: string | null;
      organization_id: string | null;
      arena_county_numbers: string[] | null;
      organization_kind: string | null;
      organization_county_number: string | null;
    }> = await this.db.query(
      `SELECT m.role, m.arena_id, m.organization_id,
              (SELECT array_agg(mac.county_number::text ORDER BY mac.county_number)
                 FROM mobilization_arena_counties mac WHERE mac.arena_id = m.arena_id) AS arena_county_numbers,
              o.kind AS organization_kind, o.county_number::text AS organization_county_number
         FROM memberships m
         LEFT JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1
        ORDER BY m.created_at, m.id`,
      [userId],
    );
    return rows.map((row) => ({
      role: row.role,
      arenaId: row.arena_id,
      organizationId: row.organization_id,
      arenaCountyNumbers: row.arena_county_numbers ?? [],
      organizationKind: row.organization_kind,
      organizationCountyNumber: row.organization_county_number,
    }));
  }

  /**
   * In ONE statement (it runs on every authenticated request): the enabled user with its scoped memberships, if
   * the session (refresh-token family) `sessionId` of that user is still live; else null.
   */
  async findActiveSessionPrincipal(
    userId: string,
    sessionId: string,
  ): Promise<{ id: string; email: string; name: string; memberships: ScopedMembership[] } | null> {
    const rows: Array<{
      id: string;
      email: string;
      name: string;
      memberships: ScopedMembership[];
    }> = await this.db.query(
      `SELECT u.id, u.email, u.name,
                COALESCE(json_agg(json_build_object(
                  'role', m.role,
                  'arenaId', m.arena_id,
                  'organizationId', m.organization_id,
                  'arenaCountyNumbers', COALESCE((SELECT array_agg(mac.county_number::text ORDER BY mac.county_number)
                                                    FROM mobilization_arena_counties mac WHERE mac.arena_id = m.arena_id),
                                                 ARRAY[]::text[]),
                  'organizationKind', o.kind,
                  'organizationCountyNumber', o.county_number
                ) ORDER BY m.created_at, m.id) FILTER (WHERE m.id IS NOT NULL), '[]'::json) AS memberships
           FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id
           LEFT JOIN organizations o ON o.id = m.organization_id
          WHERE u.id = $1 AND NOT u.disabled
            AND EXISTS (SELECT 1 FROM refresh_tokens t
                         WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL AND t.expires_at > now())
          GROUP BY u.id`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  async countAdmins(): Promise<number> {
    const [row]: Array<{ count: string }> = await this.db.query(
      `SELECT count(*) AS count FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.role = 'ADMIN' AND NOT u.disabled`,
    );
    return Number(row.count);
  }

  /** Inserts a user with memberships in one transaction (a savepoint when constructed on a transaction). */
  async create(user: NewUser, memberships: NewMembership[]): Promise<UserEntity> {
    return inTransaction(this.db, async (tx) => {
      const users = tx.getRepository(UserEntity);
      const saved = await users.save(
        users.create({
          email: normalizeEmail(user.email),
          name: user.name,
          passwordHash: user.passwordHash ?? null,
          identityProvider: user.identityProvider ?? 'password',
          externalSubject: user.externalSubject ?? null,
        }),
      );
      const inTx = new UserRepository(tx);
      for (const membership of memberships) await inTx.addMembership(saved.id, membership);
      return (await users.findOne({
        where: { id: saved.id },
        relations: { memberships: true },
      })) as UserEntity;
    });
  }

  /** Adds a membership unless the user already has exactly this one. */
  async addMembership(userId: string, membership: NewMembership): Promise<void> {
    await this.db.query(
      `INSERT INTO memberships (user_id, role, arena_id, organization_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT memberships_unique DO NOTHING`,
      [userId, membership.role, membership.arenaId ?? null, membership.organizationId ?? null],
    );
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.query(
      `UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  async setDisabled(userId: string, disabled: boolean): Promise<void> {
    await this.db.query(
      `UPDATE users SET disabled = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [userId, disabled],
    );
  }

  /**
   * First start: makes sure an ADMIN exists. Under an advisory lock (several API processes may start at once):
   * when no enabled admin exists, the user with `email` gets the ADMIN role (created with `passwordHash` if new,
   * given it if it has no password). Returns what happened.
   */
  async ensureBootstrapAdmin(
    email: string,
    name: string,
    passwordHash: () => Promise<string>,
  ): Promise<'exists' | 'created' | 'promoted'> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('brobygger.bootstrap-admin'))`);
      const [{ count }]: Array<{ count: string }> = await em.query(
        `SELECT count(*) AS count FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.role = 'ADMIN' AND NOT u.disabled`,
      );
      if (Number(count) > 0) return 'exists';
      const existing = await em
        .getRepository(UserEntity)
        .findOne({ where: { email: normalizeEmail(email) } });
      const users = new UserRepository(em);
      if (existing) {
        if (!existing.passwordHash) await users.setPassword(existing.id, await passwordHash());
        if (existing.disabled)
          await em.query(`UPDATE users SET disabled = false WHERE id = $1`, [existing.id]);
        await users.addMembership(existing.id, { role: 'ADMIN' });
        return 'promoted';
      }
      await users.create({ email, name, passwordHash: await passwordHash() }, [{ role: 'ADMIN' }]);
      return 'created';
    });
  }
}

export type { MembershipEntity };
