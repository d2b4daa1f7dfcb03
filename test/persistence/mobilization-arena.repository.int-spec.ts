import { DataSource } from 'typeorm';
import { ConflictError, MobilizationArenaRepository } from '@brobygger/persistence';
import { openTestDataSource } from '../setup/test-data-source';

describe(MobilizationArenaRepository.name, () => {
  let ds: DataSource;
  let repo: MobilizationArenaRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    repo = new MobilizationArenaRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('creates an arena with its counties and finds it by county', async () => {
    const name = `Arena Nord ${Date.now()}`;
    const arena = await repo.create({
      name,
      description: 'Troms og Finnmark',
      countyNumbers: ['56', '55'],
    });
    expect(arena.counties.map((c) => c.number)).toEqual(['55', '56']);
    expect((await repo.findByCountyNumber('56')).map((a) => a.id)).toContain(arena.id);
    expect((await repo.list()).map((a) => a.name)).toContain(name);
  });

  it('refuses a duplicate name and an unknown county, naming the field', async () => {
    const name = `Arena Vest ${Date.now()}`;
    await repo.create({ name, countyNumbers: ['46'] });
    await expect(repo.create({ name, countyNumbers: ['46'] })).rejects.toMatchObject({
      field: 'name',
    });
    await expect(repo.create({ name: `${name} 3`, countyNumbers: ['98'] })).rejects.toMatchObject({
      field: 'countyNumbers',
    });
    expect(
      await ds.query('SELECT name FROM mobilization_arenas WHERE name = $1', [`${name} 3`]),
    ).toEqual([]);
  });

  it('replaces the counties on update and refuses a stale version', async () => {
    const arena = await repo.create({ name: `Arena Sør ${Date.now()}`, countyNumbers: ['42'] });
    const updated = await repo.update({
      id: arena.id,
      version: 1,
      countyNumbers: ['40', '42', '39'],
    });
    expect(updated.counties.map((c) => c.number)).toEqual(['39', '40', '42']);
    expect(updated.version).toBe(2);
    await expect(repo.update({ id: arena.id, version: 1, name: 'x' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const [loaded, missing] = await repo.findByIds([
      arena.id,
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(loaded!.counties).toHaveLength(3);
    expect(missing).toBeNull();
  });
});
