import { DataSource } from 'typeorm';
import type { Proposal, ProposalsDocument } from '@brobygger/engine/exchange/types';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { openTestDataSource } from '../setup/test-data-source';
import {
  createArena,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';

/**
 * Re-runs keep what they did not touch (issue 9): saveRunResult on real PostgreSQL, with hand-made engine results
 * standing for successive runs of one arena.
 */
describe('ConsortiumProposalRepository.saveRunResult (stable proposals)', () => {
  let ds: DataSource;
  let proposals: ConsortiumProposalRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    proposals = new ConsortiumProposalRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  interface World {
    arenaId: string;
    orgs: string[];
    needs: string[];
    profiles: string[];
  }

  async function world(): Promise<World> {
    const arenaId = (await createArena(ds, { countyNumbers: ['46'] })).id;
    const orgs: string[] = [];
    const needs: string[] = [];
    for (const number of ['4601', '4621', '4626', '4640']) {
      const org = (await createMunicipalityOrganization(ds, { municipalityNumber: number })).id;
      orgs.push(org);
      needs.push((await createNeed(ds, { organizationId: org, status: 'OPEN' })).id);
    }
    const profiles: string[] = [];
    for (let i = 0; i < 2; i++) {
      const group = (await createResearchGroup(ds)).id;
      profiles.push((await createProfile(ds, { organizationId: group, capacity: 3 })).id);
    }
    return { arenaId, orgs, needs, profiles };
  }

  function proposal(w: World, needIdx: number[], profileIdx: number[]): Proposal {
    return {
      id: `p-${needIdx.join('')}-${profileIdx.join('')}`,
      projectType: 'INNOVATION_PROJECT',
      score: 0.7,
      leadOrganizationId: w.orgs[needIdx[0]],
      needIds: needIdx.map((i) => w.needs[i]),
      profileIds: profileIdx.map((i) => w.profiles[i]),
      organizationIds: [],
      components: { relevance: 0.7, coverage: 1, cohesion: 0.8, diversity: 0.5 },
      explanation: 'Forklaring',
    } as unknown as Proposal;
  }

  async function run(
    w: World,
    list: Proposal[],
    settings: Record<string, unknown> = {},
  ): Promise<string> {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO match_runs (arena_id, status, phase, settings, started_at) VALUES ($1, 'RUNNING', 'SAVING', $2, now()) RETURNING id`,
      [w.arenaId, JSON.stringify(settings)],
    );
    const doc = {
      format: 'brobygger.proposals/v1',
      objective: 1,
      upperBound: 1,
      proposals: list,
      unmatchedNeeds: [],
    } as unknown as ProposalsDocument;
    expect(await proposals.saveRunResult(id, doc, { loadMs: 1, engineMs: 1 })).toBe('SAVED');
    return id;
  }

  async function statuses(w: World) {
    return ds.query<
      Array<{ id: string; status: string; match_run_id: string; superseded_by: string | null }>
    >(
      `SELECT id, status, match_run_id, superseded_by FROM consortium_proposals WHERE arena_id = $1 ORDER BY created_at, rank`,
      [w.arenaId],
    );
  }

  it('keeps an open proposal with unchanged members (same id, still PROPOSED) and replaces only touched ones, pointing to the successor', async () => {
    const w = await world();
    await run(w, [proposal(w, [0, 1], [0]), proposal(w, [2, 3], [1])]);
    const [keep, touched] = await statuses(w);

    const second = await run(w, [proposal(w, [0, 1], [0]), proposal(w, [2], [1])]);
    const after = await statuses(w);
    expect(after.find((p) => p.id === keep.id)).toMatchObject({ status: 'PROPOSED' });
    const successor = after.find((p) => p.match_run_id === second)!;
    expect(after.filter((p) => p.match_run_id === second)).toHaveLength(1);
    expect(after.find((p) => p.id === touched.id)).toMatchObject({
      status: 'SUPERSEDED',
      superseded_by: successor.id,
    });
  });

  it('supersedes nothing when a run produced nothing', async () => {
    const w = await world();
    await run(w, [proposal(w, [0, 1], [0])]);
    await run(w, []);
    expect((await statuses(w)).map((p) => p.status)).toEqual(['PROPOSED']);
  });

  it('does not propose a rejected consortium again, keeping the reason, unless the run pins its needs', async () => {
    const w = await world();
    await run(w, [proposal(w, [0, 1], [0])]);
    const [rejected] = await statuses(w);
    await proposals.markRejected(rejected.id, 'Kommunene samarbeider allerede', null, null);

    const again = await run(w, [proposal(w, [1, 0], [0]), proposal(w, [2, 3], [1])]);
    const stored = (await statuses(w)).filter((p) => p.match_run_id === again);
    expect(stored).toHaveLength(1);
    const unmatched = await ds.query<Array<{ knowledge_need_id: string; reason: string }>>(
      `SELECT knowledge_need_id, reason FROM match_run_unmatched_needs WHERE match_run_id = $1 ORDER BY knowledge_need_id`,
      [again],
    );
    expect(unmatched.map((u) => u.knowledge_need_id).sort()).toEqual(
      [w.needs[0], w.needs[1]].sort(),
    );
    expect(unmatched[0].reason).toContain('Kommunene samarbeider allerede');

    const asked = await run(w, [proposal(w, [0, 1], [0])], {
      pins: [{ needIds: [w.needs[0], w.needs[1]] }],
    });
    expect((await statuses(w)).filter((p) => p.match_run_id === asked)).toHaveLength(1);
  });
});
