import { InvitationEntity } from '../entities/invitation.entity';
import type { Role } from '../entities/membership.entity';
import { Language, NotificationRepository } from './notification.repository';
import { normalizeEmail } from './user.repository';
import { Db, returningRows } from './repository-support';

export interface NewInvitation {
  tokenHash: string;
  email: string;
  name?: string | null;
  role: Role;
  arenaId?: string | null;
  organizationId?: string | null;
  invitedBy: string | null;
  expiresAt: Date;
}

/** Invitations with hashed one-time tokens. */
export class InvitationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores the invitation and, in the same transaction, the e-mail carrying its link (`mail.link` is the accept
   * page with the one-time token; the token itself is never stored).
   */
  async insert(
    invitation: NewInvitation,
    mail: { link: string; language: Language; invitedByName: string | null },
  ): Promise<InvitationEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(InvitationEntity);
      const saved = await repo.save(
        repo.create({
          ...invitation,
          email: normalizeEmail(invitation.email),
          name: invitation.name ?? null,
          arenaId: invitation.arenaId ?? null,
          organizationId: invitation.organizationId ?? null,
          acceptedAt: null,
        }),
      );
      await new NotificationRepository(manager).mail({
        toAddress: saved.email,
        language: mail.language,
        kind: 'USER_INVITED',
        params: {
          name: saved.name,
          role: saved.role,
          invitedBy: mail.invitedByName,
          expiresAt: saved.expiresAt.toISOString(),
        },
        link: mail.link,
      });
      return saved;
    });
  }

  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.db.getRepository(InvitationEntity).findOne({ where: { tokenHash } });
  }

  /**
   * Marks the invitation accepted if it is still open and unexpired; returns false when it was used or expired
   * meanwhile (so a token works exactly once even under concurrent calls).
   */
  async markAccepted(id: string): Promise<boolean> {
    const rows = await returningRows(
      this.db,
      `UPDATE invitations SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL AND expires_at > now()
       RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }
}
