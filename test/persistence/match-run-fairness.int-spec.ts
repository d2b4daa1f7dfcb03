import { DataSource } from 'typeorm';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { openTestDataSource } from '../setup/test-data-source';
import { createArena } from '../factories';

/** The SQL behind fairness between arenas (issue 14, item 14) on real PostgreSQL. */
describe('MatchRunRepository: one queued run per arena and project type, a place in the arena line', () => {
  let ds: DataSource;
  let runs: MatchRunRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    runs = new MatchRunRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const newRun = (arenaId: string, projectType: string | null) =>
    runs.create({ arenaId, projectType, settings: {}, requestedBy: null });

  it('keeps only the newest of concurrent requests for one arena and project type queued', async () => {
    const arena = await createArena(ds);
    const requests = [];
    for (let i = 0; i < 4; i++) requests.push(await newRun(arena.id, 'INNOVATION_PROJECT'));
    const otherType = await newRun(arena.id, null);
    await Promise.all(requests.map((run) => runs.cancelOlderQueued(run)));
    const newest = requests[requests.length - 1];
    for (const [i, run] of requests.slice(0, -1).entries()) {
      const now = await runs.findById(run.id);
      expect(now!.status).toBe('CANCELLED');
      // named by whichever newer request replaced it first
      const by = /^replaced by a newer request \(run (.+)\)$/.exec(now!.error ?? '')?.[1];
      expect(requests.slice(i + 1).map((r) => r.id)).toContain(by);
    }
    expect((await runs.findById(newest.id))!.status).toBe('QUEUED');
    expect((await runs.findById(otherType.id))!.status).toBe('QUEUED');
  });

  it('leaves a running run alone', async () => {
    const arena = await createArena(ds);
    const running = await newRun(arena.id, 'PRE_PROJECT');
    await runs.markRunning(running.id, null);
    const newer = await newRun(arena.id, 'PRE_PROJECT');
    expect(await runs.cancelOlderQueued(newer)).toEqual([]);
    expect((await runs.findById(running.id))!.status).toBe('RUNNING');
  });

  it("ranks a run by its arena's pending runs created before it, whatever other arenas have pending", async () => {
    const busy = await createArena(ds);
    const quiet = await createArena(ds);
    const burst = [];
    for (const type of [null, 'PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'])
      burst.push(await newRun(busy.id, type));
    const lone = await newRun(quiet.id, null);
    expect(await Promise.all(burst.map((run) => runs.arenaRank(run.id)))).toEqual([1, 2, 3, 4]);
    expect(await runs.arenaRank(lone.id)).toBe(1);
    // finished runs leave the line
    await runs.markFailed(burst[0].id, 'test');
    expect(await runs.arenaRank(burst[3].id)).toBe(3);
  });
});
