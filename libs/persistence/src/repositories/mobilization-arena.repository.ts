import { EntityManager, In } from 'typeorm';
import { MobilizationArena } from '../entities/mobilization-arena.entity';
import { NotFoundError } from '../errors';
import { inKeyOrder, isUuid } from '../sql';
import { Db, inTransaction, managerOf, updateVersioned } from './repository-support';

export interface CreateMobilizationArenaData {
  name: string;
  description?: string | null;
  /** At least one county. */
  countyNumbers: string[];
}

export interface UpdateMobilizationArenaData {
  id: string;
  version: number;
  name?: string;
  description?: string | null;
  /** Replaces the set of counties when given. */
  countyNumbers?: string[];
}

/** The county numbers without repeats, in order (the API has checked them; the foreign key checks they exist). */
function arenaCounties(numbers: string[]): string[] {
  return [...new Set(numbers)].sort();
}

function sortCounties(arena: MobilizationArena | null): MobilizationArena | null {
  if (arena) arena.counties.sort((a, b) => a.number.localeCompare(b.number));
  return arena;
}

/** Mobilization arenas with their counties (always loaded, ordered by county number). */
export class MobilizationArenaRepository {
  constructor(private readonly db: Db) {}

  async create(data: CreateMobilizationArenaData): Promise<MobilizationArena> {
    const name = data.name.trim();
    const description = data.description?.trim() || null;
    const counties = arenaCounties(data.countyNumbers);
    const id = await inTransaction(this.db, async (tx) => {
      const rows = await tx.query<Array<{ id: string }>>(
        'INSERT INTO mobilization_arenas (name, description) VALUES ($1, $2) RETURNING id',
        [name, description],
      );
      await this.replaceCounties(tx, rows[0].id, counties);
      return rows[0].id;
    });
    return this.getById(id);
  }

  async update(data: UpdateMobilizationArenaData): Promise<MobilizationArena> {
    const { id, version } = data;
    const set: Record<string, { value: unknown }> = {};
    if (data.name !== undefined) set.name = { value: data.name.trim() };
    if (data.description !== undefined)
      set.description = { value: data.description?.trim() || null };
    const counties =
      data.countyNumbers === undefined ? undefined : arenaCounties(data.countyNumbers);
    await inTransaction(this.db, async (tx) => {
      await updateVersioned(tx, {
        table: 'mobilization_arenas',
        entity: 'MobilizationArena',
        id,
        version,
        set,
      });
      if (counties) await this.replaceCounties(tx, id, counties);
    });
    return this.getById(id);
  }

  private async replaceCounties(
    tx: EntityManager,
    arenaId: string,
    counties: string[],
  ): Promise<void> {
    await tx.query('DELETE FROM mobilization_arena_counties WHERE arena_id = $1', [arenaId]);
    await tx.query(
      'INSERT INTO mobilization_arena_counties (arena_id, county_number) SELECT $1, unnest($2::text[])',
      [arenaId, counties],
    );
  }

  /** All arenas ordered by name (there are few). */
  async list(): Promise<MobilizationArena[]> {
    const arenas = await managerOf(this.db)
      .getRepository(MobilizationArena)
      .find({ relations: { counties: true }, order: { name: 'ASC' } });
    return arenas.map((a) => sortCounties(a) as MobilizationArena);
  }

  async findById(id: string): Promise<MobilizationArena | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  async getById(id: string): Promise<MobilizationArena> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError('MobilizationArena', id);
    return found;
  }

  /** Batch load for DataLoader: one statement (with the counties joined), results in key order. */
  async findByIds(ids: readonly string[]): Promise<Array<MobilizationArena | null>> {
    const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const arenas = valid.length
      ? await managerOf(this.db)
          .getRepository(MobilizationArena)
          .find({ where: { id: In(valid) }, relations: { counties: true } })
      : [];
    return inKeyOrder(
      ids.map((id) => id.toLowerCase()),
      arenas,
      (arena) => arena.id,
    ).map(sortCounties);
  }

  /** Arenas covering a county (e.g. to route a need to its arena). */
  async findByCountyNumber(countyNumber: string): Promise<MobilizationArena[]> {
    const rows = await managerOf(this.db).query<Array<{ arena_id: string }>>(
      'SELECT arena_id FROM mobilization_arena_counties WHERE county_number = $1',
      [countyNumber],
    );
    const arenas = await this.findByIds(rows.map((r) => r.arena_id));
    return arenas
      .filter((a): a is MobilizationArena => a !== null)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
