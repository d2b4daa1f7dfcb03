import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SizeClass } from '../enums';

/** A municipality (kommune) of the 2024 structure; reference data loaded by the seed. */
@Entity({ name: 'municipalities' })
@Index('idx_municipalities_county', ['countyNumber'])
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 4 })
  number: string;

  @Column({ type: 'text' })
  name: string;

  /** SSB's name, which tells apart Herøy 1515/1818 and Våler 3114/3419. */
  @Column({ name: 'name_ssb', type: 'text' })
  nameSsb: string;

  @Column({ name: 'county_number', type: 'char', length: 2 })
  countyNumber: string;

  /** Population on 1 January of populationYear (the newest figure in the data). */
  @Column({ type: 'integer' })
  population: number;

  @Column({ name: 'population_year', type: 'integer' })
  populationYear: number;

  @Column({ name: 'population_2024', type: 'integer', nullable: true })
  population2024: number | null;

  @Column({ name: 'population_2025', type: 'integer', nullable: true })
  population2025: number | null;

  /** SMALL < 5,000, MEDIUM < 20,000, LARGE otherwise (from population). */
  @Column({ name: 'size_class', type: 'text' })
  sizeClass: SizeClass;

  /** Centroid of the municipality outline (approximate). */
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  /** Approximate area from a simplified outline. */
  @Column({ name: 'area_km2', type: 'double precision', nullable: true })
  areaKm2: number | null;
}
