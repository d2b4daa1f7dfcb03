import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Language, NeedStatus, ProjectType, ResearchArea, Theme } from '../enums';
import { numericTransformer } from './transformers';

/**
 * A knowledge need (kunnskapsbehov) owned by a municipality or county municipality. `search_vector` holds the
 * engine-normalised search lexemes (title weight A, description B), written by the repository (search-index.ts)
 * and never selected by TypeORM.
 */
@Entity({ name: 'knowledge_needs' })
export class KnowledgeNeed {
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
  themes: Theme[];

  @Column({ name: 'research_area', type: 'text', nullable: true })
  researchArea: ResearchArea | null;

  @Column({ name: 'project_type', type: 'text', nullable: true })
  projectType: ProjectType | null;

  @Column({
    name: 'committed_person_months',
    type: 'numeric',
    precision: 6,
    scale: 1,
    nullable: true,
    transformer: numericTransformer,
  })
  committedPersonMonths: number | null;

  /** A named contact is freed from other duties to work on the project. */
  @Column({ name: 'committed_contact_freed', type: 'boolean', default: false })
  committedContactFreed: boolean;

  @Column({ type: 'text', default: 'DRAFT' })
  status: NeedStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

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
