import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferenceKind } from '../enums';

/** A publication or past project of a competence profile; replaced as a whole when the profile is updated. */
@Entity({ name: 'profile_references' })
export class ProfileReference {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ type: 'text' })
  kind: ReferenceKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'integer', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** Order within the profile (0-based). */
  @Column({ type: 'integer', default: 0 })
  position: number;
}
