import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InstitutionType } from '../enums';

/** A Norwegian university, university college or research institute (Research Council of Norway open data). */
@Entity({ name: 'research_institutions' })
export class ResearchInstitution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique; the seed's natural key. Some names are historical (see sourcePeriod). */
  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  /** Sector/category as in the source, e.g. "UoH-sektor / Universiteter". */
  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'institution_type', type: 'text' })
  institutionType: InstitutionType;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ name: 'municipality_number', type: 'char', length: 4, nullable: true })
  municipalityNumber: string | null;

  @Column({ name: 'county_number', type: 'char', length: 2, nullable: true })
  countyNumber: string | null;

  @Column({ name: 'org_number', type: 'text', nullable: true, unique: true })
  orgNumber: string | null;

  @Column({ name: 'source_period', type: 'text', nullable: true })
  sourcePeriod: string | null;
}
