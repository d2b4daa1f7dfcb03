import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationEntity } from '../entities/invitation.entity';
import type { Role } from '../entities/membership.entity';
import { normalizeEmail } from './user.repository';

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
@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(invitation: NewInvitation): Promise<InvitationEntity> {
    const repo = this.dataSource.getRepository(InvitationEntity);
    return repo.save(
      repo.create({
        ...invitation,
        email: normalizeEmail(invitation.email),
        name: invitation.name ?? null,
        arenaId: invitation.arenaId ?? null,
        organizationId: invitation.organizationId ?? null,
        acceptedAt: null,
      }),
    );
  }

  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.dataSource.getRepository(InvitationEntity).findOne({ where: { tokenHash } });
  }

  /**
   * Marks the invitation accepted if it is still open and unexpired; returns false when it was used or expired
   * meanwhile (so a token works exactly once even under concurrent calls).
   */
  async markAccepted(id: string, manager: EntityManager): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE invitations SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL AND expires_at > now()`,
      [id],
    );
    return count === 1;
  }
}
