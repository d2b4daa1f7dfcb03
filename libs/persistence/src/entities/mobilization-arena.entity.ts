import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { County } from './county.entity';

/** A regional mobilization arena covering one or more counties (join table mobilization_arena_counties). */
@Entity({ name: 'mobilization_arenas' })
export class MobilizationArena {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Always loaded by MobilizationArenaRepository, ordered by county number. */
  @ManyToMany(() => County)
  @JoinTable({
    name: 'mobilization_arena_counties',
    joinColumn: { name: 'arena_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'county_number', referencedColumnName: 'number' },
  })
  counties: County[];

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
