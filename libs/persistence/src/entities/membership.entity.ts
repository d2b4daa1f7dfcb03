import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

export const ROLES = ['ADMIN', 'BROKER', 'MUNICIPALITY_MEMBER', 'RESEARCHER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * One role of a user: ADMIN (no scope), BROKER of one mobilization arena, MUNICIPALITY_MEMBER or RESEARCHER of one
 * organization. A CHECK constraint in the migration enforces the scope per role.
 */
@Entity({ name: 'memberships' })
@Index('memberships_user_id_idx', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, (user) => user.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'arena_id', type: 'uuid', nullable: true })
  arenaId: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
