import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MembershipEntity } from './membership.entity';

/** Identity providers a user can sign in with; `password` is the built-in one. */
export const IDENTITY_PROVIDERS = ['password', 'oidc'] as const;
export type IdentityProviderName = (typeof IDENTITY_PROVIDERS)[number];

/**
 * A person who signs in. Storage only: the password hash never leaves the auth service
 * (the GraphQL `User` type is a separate class).
 */
@Entity({ name: 'users' })
@Index('users_external_identity_key', ['identityProvider', 'externalSubject'], {
  unique: true,
  where: 'external_subject IS NOT NULL',
})
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id PHC string; null for users who sign in through an external provider or have not accepted yet. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'identity_provider', type: 'text', default: 'password' })
  identityProvider: IdentityProviderName;

  /** Subject (`sub`) at the external identity provider (ID-porten, Feide). */
  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => MembershipEntity, (membership) => membership.user)
  memberships?: MembershipEntity[];
}
