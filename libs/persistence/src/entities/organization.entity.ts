import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OrganizationKind, ResearchExperience } from '../enums';

/**
 * A participant: municipality, county municipality, research group, business or voluntary organization.
 * MUNICIPALITY requires municipalityNumber (countyNumber is derived from it), COUNTY_MUNICIPALITY requires
 * countyNumber, RESEARCH_GROUP requires researchInstitutionId (CHECK constraints in the database).
 */
@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'municipality_number', type: 'char', length: 4, nullable: true })
  municipalityNumber: string | null;

  @Column({ name: 'county_number', type: 'char', length: 2, nullable: true })
  countyNumber: string | null;

  @Column({ name: 'research_institution_id', type: 'uuid', nullable: true })
  researchInstitutionId: string | null;

  @Column({ name: 'research_experience', type: 'text', nullable: true })
  researchExperience: ResearchExperience | null;

  /** Whether the organization has partners abroad (relevant for competence projects). */
  @Column({ name: 'international_partners', type: 'boolean', default: false })
  internationalPartners: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
