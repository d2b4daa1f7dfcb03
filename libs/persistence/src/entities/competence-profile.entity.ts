import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Language, ProfileStatus, Theme } from '../enums';

/**
 * A research group's competence profile. `search_vector` (engine-normalised lexemes written by the repository,
 * search-index.ts; title A, description and keywords B, methods C) is never selected by TypeORM.
 */
@Entity({ name: 'competence_profiles' })
export class CompetenceProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  methods: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: Theme[];

  /** How many consortia the group can take part in at once. */
  @Column({ type: 'integer', default: 1 })
  capacity: number;

  /** Counties served; empty = national. */
  @Column({ name: 'county_numbers', type: 'text', array: true, default: () => "'{}'" })
  countyNumbers: string[];

  /** Names of partner institutions abroad. */
  @Column({ name: 'international_partners', type: 'text', array: true, default: () => "'{}'" })
  internationalPartners: string[];

  @Column({ type: 'text', default: 'ACTIVE' })
  status: ProfileStatus;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchVector?: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
