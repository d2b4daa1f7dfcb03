import { DataSource } from 'typeorm';
import {
  IndicatorFigures,
  IndicatorScope,
  KnowledgeNeedRepository,
  ProgrammeEventRepository,
  ProgrammeIndicatorRepository,
} from '@brobygger/persistence';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { PROPOSALS_FORMAT, type Proposal } from '@brobygger/engine/exchange/types';
import {
  createArena,
  createMunicipalityOrganization,
  createProfile,
  createResearchGroup,
} from '../factories';
import { openTestDataSource } from '../setup/test-data-source';
import { wholeRange } from '../../apps/api/src/follow-up/follow-up.service';

/**
 * The follow-up figures against a hand-counted history in 2021 (the rest of the test run happens "now", so it
 * cannot touch these months). Every change goes through the real repositories, which record the events; the
 * events are then moved to the fixture's dates. Arena X covers Møre og Romsdal (15) and Innlandet (34):
 * 73 municipalities, 32 small, 32 medium, 9 large (data/reference/municipalities.csv).
 *
 *   A Vanylven (small, NONE)   n1 OPEN 01-10
 *   B Sande (small, SOME)      n2 DRAFT 01-15 → OPEN 02-05
 *   C Molde (large, EXTENSIVE) n3 OPEN 01-20 → IN_CONSORTIUM 02-20 (P1 accepted)
 *   D Ringsaker (large, NONE)  n4 DRAFT 02-01 (never published: not mobilized)
 *   E Herøy (medium, NONE)     n5 OPEN 01-25 → WITHDRAWN 03-10 (still mobilized)
 *   F Bergen (46, outside X)   n6 OPEN 01-05
 *   run R1 02-10: P1 {n3; G1}, P2 {n1, n2; G2}, P4 {n5; G3};  P1 accepted 02-20, P2 rejected 02-25
 *   run R2 03-15: P3 {n1, n2; G1, G3}, supersedes P4
 *   consortium K1 {n3; C, G1} FORMING 02-20 → CONFIRMED 03-05 (arena X); K2 {G2} FORMING 03-01 (arena Y, 50)
 *   G1, G3 at NTNU, G2 at CMI
 */
describe(ProgrammeIndicatorRepository.name, () => {
  let ds: DataSource;
  let indicators: ProgrammeIndicatorRepository;
  let needs: KnowledgeNeedRepository;
  let proposals: ConsortiumProposalRepository;
  const ids: Record<string, string> = {};

  const JAN = { start: new Date('2021-01-01T00:00:00Z'), end: new Date('2021-02-01T00:00:00Z') };
  const FEB = { start: JAN.end, end: new Date('2021-03-01T00:00:00Z') };
  const MAR = { start: FEB.end, end: new Date('2021-04-01T00:00:00Z') };
  const day = (mmdd: string) => new Date(`2021-${mmdd}T12:00:00Z`);

  const everywhere: IndicatorScope = {
    countyNumbers: null,
    arenaIds: null,
    projectTypes: null,
    themes: null,
    organizationIds: null,
  };
  let arenaX: IndicatorScope;

  /** Moves an entity's recorded events (in recording order) to these dates; a need was registered on the first. */
  async function backdate(entityId: string, dates: string[]): Promise<void> {
    const events = await ds.query<Array<{ id: string }>>(
      `SELECT id FROM programme_events WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
    expect(events).toHaveLength(dates.length);
    for (const [i, event] of events.entries()) {
      await ds.query(
        `UPDATE programme_events SET occurred_at = $2, superseded_at = $3,
                payload = CASE WHEN entity_type = 'KNOWLEDGE_NEED'
                               THEN jsonb_set(payload, '{registeredAt}', to_jsonb($4::timestamptz)) ELSE payload END
          WHERE id = $1`,
        [event.id, day(dates[i]), dates[i + 1] ? day(dates[i + 1]) : null, day(dates[0])],
      );
    }
  }

  function proposal(
    key: string,
    lead: string,
    needKeys: string[],
    profileKeys: string[],
  ): Proposal {
    return {
      id: key,
      projectType: 'INNOVATION_PROJECT',
      score: 0.7,
      leadOrganizationId: ids[lead],
      needIds: needKeys.map((k) => ids[k]),
      profileIds: profileKeys.map((k) => ids[k]),
      organizationIds: [],
      components: { relevance: 0.7, coverage: 0.7, cohesion: 0.7, diversity: 0.7 },
      explanation: `test ${key}`,
    };
  }

  async function saveRun(arenaId: string, list: Proposal[]): Promise<{ runId: string }> {
    const [{ id: runId }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO match_runs (arena_id, status, phase) VALUES ($1, 'RUNNING', 'SAVING') RETURNING id`,
      [arenaId],
    );
    await proposals.saveRunResult(
      runId,
      {
        format: PROPOSALS_FORMAT,
        objective: 1,
        upperBound: 1,
        proposals: list,
        unmatchedNeeds: [],
      },
      {},
    );
    return { runId };
  }

  async function proposalIdOf(runId: string, rank: number): Promise<string> {
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `SELECT id FROM consortium_proposals WHERE match_run_id = $1 AND rank = $2`,
      [runId, rank],
    );
    return id;
  }

  beforeAll(async () => {
    ds = await openTestDataSource();
    indicators = new ProgrammeIndicatorRepository(ds);
    needs = new KnowledgeNeedRepository(ds);
    proposals = new ConsortiumProposalRepository(ds);

    const org = (number: string, researchExperience: 'NONE' | 'SOME' | 'EXTENSIVE') =>
      createMunicipalityOrganization(ds, { municipalityNumber: number, researchExperience });
    ids.A = (await org('1511', 'NONE')).id;
    ids.B = (await org('1514', 'SOME')).id;
    ids.C = (await org('1506', 'EXTENSIVE')).id;
    ids.D = (await org('3411', 'NONE')).id;
    ids.E = (await org('1515', 'NONE')).id;
    ids.F = (await org('4601', 'EXTENSIVE')).id;
    ids.G1 = (await createResearchGroup(ds, { institutionShortName: 'NTNU' })).id;
    ids.G2 = (await createResearchGroup(ds, { institutionShortName: 'CMI' })).id;
    ids.G3 = (await createResearchGroup(ds, { institutionShortName: 'NTNU' })).id;
    await ds.query(
      `UPDATE organizations SET created_at = '2020-12-01T00:00:00Z' WHERE id = ANY($1::uuid[])`,
      [Object.values(ids)],
    );
    ids.X = (await createArena(ds, { countyNumbers: ['15', '34'] })).id;
    ids.Y = (await createArena(ds, { countyNumbers: ['50'] })).id;
    for (const g of ['G1', 'G2', 'G3']) {
      ids[`${g}p`] = (await createProfile(ds, { organizationId: ids[g], capacity: 5 })).id;
    }

    const need = async (owner: string, status: 'OPEN' | 'DRAFT', themes: string[]) =>
      (
        await needs.create({
          organizationId: ids[owner],
          title: `Behov for ${owner}`,
          status,
          themes: themes as never,
          projectType: 'INNOVATION_PROJECT',
        })
      ).id;
    ids.n1 = await need('A', 'OPEN', ['HEALTH_AND_CARE']);
    ids.n2 = await need('B', 'DRAFT', ['DIGITALISATION']);
    ids.n3 = await need('C', 'OPEN', ['HEALTH_AND_CARE']);
    ids.n4 = await need('D', 'DRAFT', ['DIGITALISATION']);
    ids.n5 = await need('E', 'OPEN', ['CLIMATE_AND_ENVIRONMENT']);
    ids.n6 = await need('F', 'OPEN', ['HEALTH_AND_CARE']);
    await needs.update({ id: ids.n2, version: 1, status: 'OPEN' });

    const r1 = await saveRun(ids.X, [
      proposal('P1', 'C', ['n3'], ['G1p']),
      proposal('P2', 'A', ['n1', 'n2'], ['G2p']),
      proposal('P4', 'E', ['n5'], ['G3p']),
    ]);
    ids.R1 = r1.runId;
    ids.P1 = await proposalIdOf(r1.runId, 0);
    ids.P2 = await proposalIdOf(r1.runId, 1);
    ids.P4 = await proposalIdOf(r1.runId, 2);
    await proposals.markAccepted(ids.P1, null);
    await proposals.markRejected(ids.P2, 'Kommunene samarbeider allerede om dette', null, null);
    await needs.withdraw(ids.n5);
    const r2 = await saveRun(ids.X, [proposal('P3', 'A', ['n1', 'n2'], ['G1p', 'G3p'])]);
    ids.R2 = r2.runId;
    ids.P3 = await proposalIdOf(r2.runId, 0);

    await backdate(ids.n1, ['01-10']);
    await backdate(ids.n2, ['01-15', '02-05']);
    await backdate(ids.n3, ['01-20', '02-20']);
    await backdate(ids.n4, ['02-01']);
    await backdate(ids.n5, ['01-25', '03-10']);
    await backdate(ids.n6, ['01-05']);
    await backdate(ids.P1, ['02-10', '02-20']);
    await backdate(ids.P2, ['02-10', '02-25']);
    await backdate(ids.P4, ['02-10', '03-15']);
    await backdate(ids.P3, ['03-15']);
    await backdate(ids.R1, ['02-10']);
    await backdate(ids.R2, ['03-15']);

    const k1 = ProgrammeEventRepository.consortiumSnapshot({
      arenaId: ids.X,
      projectType: 'INNOVATION_PROJECT',
      themes: ['HEALTH_AND_CARE'],
      countyNumbers: ['15'],
      organizationIds: [ids.C, ids.G1],
      needIds: [ids.n3],
      profileIds: [ids.G1p],
    });
    const K1 = '00000000-0000-4000-8000-000000000001';
    const K2 = '00000000-0000-4000-8000-000000000002';
    await ds.transaction(async (m) => {
      await new ProgrammeEventRepository(m).record({
        entityType: 'CONSORTIUM',
        entityId: K1,
        toStatus: 'FORMING',
        occurredAt: day('02-20'),
        ...k1,
      });
      await new ProgrammeEventRepository(m).record({
        entityType: 'CONSORTIUM',
        entityId: K1,
        toStatus: 'CONFIRMED',
        occurredAt: day('03-05'),
        ...k1,
      });
      await new ProgrammeEventRepository(m).record({
        entityType: 'CONSORTIUM',
        entityId: K2,
        toStatus: 'FORMING',
        occurredAt: day('03-01'),
        ...ProgrammeEventRepository.consortiumSnapshot({
          arenaId: ids.Y,
          projectType: 'PRE_PROJECT',
          themes: ['DIGITALISATION'],
          countyNumbers: ['50'],
          organizationIds: [ids.G2],
          needIds: [],
          profileIds: [ids.G2p],
        }),
      });
    });
    arenaX = {
      ...everywhere,
      arenaIds: [ids.X],
      countyNumbers: await indicators.arenaCountyNumbers([ids.X]),
    };
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const monthly = (scope: IndicatorScope) => indicators.figures(scope, [JAN, FEB, MAR]);

  describe('recording', () => {
    it('records the first status of a consortium with no from-status and each later one with the previous', async () => {
      const rows = await ds.query<Array<{ from_status: string | null; to_status: string }>>(
        `SELECT from_status, to_status FROM programme_events WHERE entity_type = 'CONSORTIUM'
           AND entity_id = '00000000-0000-4000-8000-000000000001' ORDER BY occurred_at`,
      );
      expect(rows).toEqual([
        { from_status: null, to_status: 'FORMING' },
        { from_status: 'FORMING', to_status: 'CONFIRMED' },
      ]);
    });

    it('stores the rejection reason as a category', async () => {
      const [row] = await ds.query<Array<{ category: string }>>(
        `SELECT payload->>'reasonCategory' AS category FROM programme_events
          WHERE entity_id = $1 AND to_status = 'REJECTED'`,
        [ids.P2],
      );
      expect(row.category).toBe('ALREADY_COLLABORATING');
    });
  });

  describe('figures', () => {
    let x: IndicatorFigures[];
    beforeAll(async () => {
      x = await monthly(arenaX);
    });

    it('counts mobilized municipalities by size class and research experience', () => {
      const [jan, feb, mar] = x.map((f) => f.municipalities);
      expect(jan).toMatchObject({ inScope: 73, mobilized: 3 });
      expect(jan.bySizeClass).toEqual([
        { sizeClass: 'LARGE', inScope: 9, mobilized: 1 },
        { sizeClass: 'MEDIUM', inScope: 32, mobilized: 1 },
        { sizeClass: 'SMALL', inScope: 32, mobilized: 1 },
      ]);
      expect(jan.byResearchExperience).toEqual([
        { researchExperience: 'EXTENSIVE', registered: 1, mobilized: 1 },
        { researchExperience: 'NONE', registered: 3, mobilized: 2 },
        { researchExperience: 'SOME', registered: 1, mobilized: 0 },
      ]);
      expect(feb).toMatchObject({ inScope: 73, mobilized: 4 });
      expect(feb.bySizeClass.find((s) => s.sizeClass === 'SMALL')).toEqual({
        sizeClass: 'SMALL',
        inScope: 32,
        mobilized: 2,
      });
      // E's need was withdrawn in March, after it had been open: E stays mobilized.
      expect(mar).toMatchObject({ mobilized: 4 });
    });

    it('counts needs by state at the end of each month', () => {
      expect(x.map((f) => f.needs)).toEqual([
        {
          registered: 4,
          registeredInPeriod: 4,
          draft: 1,
          open: 3,
          inProposal: 0,
          inConsortium: 0,
          inFormingOrConfirmedConsortium: 0,
          closed: 0,
          withdrawn: 0,
        },
        {
          registered: 5,
          registeredInPeriod: 1,
          draft: 1,
          open: 3,
          inProposal: 1,
          inConsortium: 1,
          inFormingOrConfirmedConsortium: 1,
          closed: 0,
          withdrawn: 0,
        },
        {
          registered: 5,
          registeredInPeriod: 0,
          draft: 1,
          open: 2,
          inProposal: 2,
          inConsortium: 1,
          inFormingOrConfirmedConsortium: 1,
          closed: 0,
          withdrawn: 1,
        },
      ]);
    });

    it('counts proposals made, accepted, rejected (by reason category) and superseded per month', () => {
      expect(x.map((f) => f.proposals)).toEqual([
        { made: 0, accepted: 0, rejected: 0, superseded: 0, rejectedByReason: [] },
        {
          made: 3,
          accepted: 1,
          rejected: 1,
          superseded: 0,
          rejectedByReason: [{ key: 'ALREADY_COLLABORATING', count: 1 }],
        },
        { made: 1, accepted: 0, rejected: 0, superseded: 1, rejectedByReason: [] },
      ]);
    });

    it('counts research groups and institutions involved, and those taking part for the first time', () => {
      expect(x.map((f) => f.research)).toEqual([
        {
          groupsInvolved: 0,
          groupsFirstTime: 0,
          institutionsInvolved: 0,
          institutionsFirstTime: 0,
        },
        {
          groupsInvolved: 1,
          groupsFirstTime: 1,
          institutionsInvolved: 1,
          institutionsFirstTime: 1,
        },
        {
          groupsInvolved: 1,
          groupsFirstTime: 0,
          institutionsInvolved: 1,
          institutionsFirstTime: 0,
        },
      ]);
    });

    it('counts consortia by status, project type and theme', () => {
      expect(x[0].consortia).toEqual({ byStatus: [], byProjectType: [], byTheme: [] });
      expect(x[1].consortia).toEqual({
        byStatus: [{ key: 'FORMING', count: 1 }],
        byProjectType: [{ projectType: 'INNOVATION_PROJECT', status: 'FORMING', count: 1 }],
        byTheme: [{ theme: 'HEALTH_AND_CARE', status: 'FORMING', count: 1 }],
      });
      expect(x[2].consortia.byStatus).toEqual([{ key: 'CONFIRMED', count: 1 }]);
    });

    it('measures the days from registration to the first proposal and to a confirmed consortium', () => {
      expect(x[0].times.toFirstProposal).toEqual({ count: 0, medianDays: null, p90Days: null });
      // n1 31, n2 26, n3 21, n5 16 days
      expect(x[1].times.toFirstProposal).toEqual({ count: 4, medianDays: 23.5, p90Days: 29.5 });
      expect(x[1].times.toConfirmedConsortium.count).toBe(0);
      // n3: 01-20 → 03-05
      expect(x[2].times.toConfirmedConsortium).toEqual({ count: 1, medianDays: 44, p90Days: 44 });
    });

    it('measures the coverage of open needs by the latest run of their arena', () => {
      expect(x.map((f) => f.coverage)).toEqual([
        { openNeeds: 3, covered: 0, share: 0 },
        { openNeeds: 3, covered: 3, share: 1 },
        { openNeeds: 2, covered: 2, share: 1 },
      ]);
    });

    it('gives the same figures for the whole range as one period or as its months combined', async () => {
      const [quarter] = await indicators.figures(arenaX, [{ start: JAN.start, end: MAR.end }]);
      expect(wholeRange(x)).toEqual(quarter);
      expect(quarter.proposals).toMatchObject({ made: 4, accepted: 1, rejected: 1, superseded: 1 });
      expect(quarter.research).toMatchObject({ groupsInvolved: 1, groupsFirstTime: 1 });
    });

    it('counts the whole country without a scope', async () => {
      const [, , mar] = await monthly(everywhere);
      expect(mar.municipalities).toMatchObject({ inScope: 357, mobilized: 5 });
      expect(mar.needs).toMatchObject({ registered: 6, open: 3 });
      expect(mar.consortia.byStatus).toEqual([
        { key: 'CONFIRMED', count: 1 },
        { key: 'FORMING', count: 1 },
      ]);
      expect(mar.research).toEqual({
        groupsInvolved: 2,
        groupsFirstTime: 1,
        institutionsInvolved: 2,
        institutionsFirstTime: 1,
      });
    });

    it("restricts to one organization's part", async () => {
      const [, , mar] = await monthly({ ...everywhere, organizationIds: [ids.A] });
      expect(mar.municipalities).toMatchObject({ inScope: 1, mobilized: 1 });
      expect(mar.needs).toMatchObject({ registered: 1, open: 1, inProposal: 1 });
      expect(mar.proposals).toMatchObject({ made: 1 });
    });

    it('filters by theme and project type', async () => {
      const [, , health] = await monthly({ ...arenaX, themes: ['HEALTH_AND_CARE'] });
      expect(health.needs).toMatchObject({ registered: 2, open: 1, inConsortium: 1 });
      const [, , pre] = await monthly({ ...arenaX, projectTypes: ['PRE_PROJECT'] });
      expect(pre.needs.registered).toBe(0);
    });
  });

  describe('history', () => {
    it('keeps the figures of a date when needs are edited or withdrawn later', async () => {
      const before = await monthly(arenaX);
      const health = await monthly({ ...arenaX, themes: ['HEALTH_AND_CARE'] });
      const n1 = await needs.getById(ids.n1);
      await needs.update({ id: ids.n1, version: n1.version, themes: ['DIGITALISATION'] });
      await needs.withdraw(ids.n2);
      await needs.withdraw(ids.n1);

      expect(await monthly(arenaX)).toEqual(before);
      expect(await monthly({ ...arenaX, themes: ['HEALTH_AND_CARE'] })).toEqual(health);
      // …while the figures as of now see the changes: A's need is no longer about health.
      const own = { ...arenaX, themes: ['HEALTH_AND_CARE'], organizationIds: [ids.A] };
      const [march] = await indicators.figures(own, [MAR]);
      const [today] = await indicators.figures(own, [
        { start: MAR.end, end: new Date(Date.now() + 1000) },
      ]);
      expect(march.needs.registered).toBe(1);
      expect(today.needs.registered).toBe(0);
    });
  });
});
