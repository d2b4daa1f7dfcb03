import type { Gender } from '../enums';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A contact person of an organization, optionally for one knowledge need or competence profile.
 * Personal data: kept in its own table and never exposed without access checks.
 */
@Entity({ name: 'contact_persons' })
export class ContactPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'knowledge_need_id', type: 'uuid', nullable: true })
  knowledgeNeedId: string | null;

  @Column({ name: 'competence_profile_id', type: 'uuid', nullable: true })
  competenceProfileId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text', nullable: true })
  /** Optional, self-reported; used only for programme-wide gender-balance statistics. */
  gender: Gender | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
