import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A county (fylke) of the 2024 structure; reference data loaded by the seed. */
@Entity({ name: 'counties' })
export class County {
  @PrimaryColumn({ type: 'char', length: 2 })
  number: string;

  @Column({ type: 'text' })
  name: string;

  /** Population on 1 January of populationYear (sum of its municipalities). */
  @Column({ type: 'integer' })
  population: number;

  @Column({ name: 'population_year', type: 'integer' })
  populationYear: number;

  @Column({ name: 'population_2024', type: 'integer', nullable: true })
  population2024: number | null;

  @Column({ name: 'municipality_count', type: 'integer' })
  municipalityCount: number;
}
