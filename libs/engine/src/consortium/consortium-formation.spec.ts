import { resolveSettings } from '../exchange/settings';
import { DeepPartial, Problem, ProposalsDocument, Settings } from '../exchange/types';
import { checkProposals } from './check-proposals';
import { FormationDiagnostics, formConsortia } from './form-consortia';
import { FakeAffinityModel } from './testing/fake-affinity-model';
import {
  municipality,
  need,
  problem,
  profile,
  researchGroup,
  westernArena,
} from './testing/problem-builder';
import { coverageOf } from './candidate-score';
import { FormationContext } from './formation-context';

async function run(
  p: Problem,
  diag?: (d: FormationDiagnostics) => void,
): Promise<ProposalsDocument> {
  const doc = await formConsortia(
    p,
    new FakeAffinityModel(p),
    resolveSettings(p.settings),
    {},
    diag,
  );
  expect(checkProposals(p, doc)).toEqual([]);
  return doc;
}

function withSettings(p: Problem, settings: DeepPartial<Settings>): Problem {
  return { ...p, settings: { ...p.settings, ...settings } };
}

/** A need group with four key words, and three groups: two duplicates covering half, one covering the other half. */
function complementProblem(): Problem {
  return problem(
    [
      municipality('m1', 'Stord', '46', 19000),
      municipality('m2', 'Fitjar', '46', 3200, 'NONE'),
      researchGroup('r1', 'Energi A', 'HVL', '46'),
      researchGroup('r2', 'Energi B', 'UiB', '46'),
      researchGroup('r3', 'Bygg C', 'NTNU', '46'),
    ],
    [
      need('n1', 'm1', 'solceller batterier isolasjon ventilasjon', [], 'INNOVATION_PROJECT'),
      need('n2', 'm2', 'solceller batterier isolasjon ventilasjon skole', [], 'INNOVATION_PROJECT'),
    ],
    [
      profile('p-dup1', 'r1', 'solceller batterier', [], { capacity: 1 }),
      profile('p-dup2', 'r2', 'solceller batterier lagring', [], { capacity: 1 }),
      profile('p-comp', 'r3', 'isolasjon ventilasjon', [], { capacity: 1 }),
    ],
    {
      projectTypes: ['INNOVATION_PROJECT'],
      sizes: { INNOVATION_PROJECT: { maxResearchGroups: 2 } },
    },
  );
}

describe('formConsortia', () => {
  it('respects the size rules of every project type', async () => {
    for (const type of ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'] as const) {
      const p = withSettings(westernArena(), { projectTypes: [type] });
      const doc = await run(p);
      const rule = resolveSettings(p.settings).sizes[type];
      expect(doc.proposals.length).toBeGreaterThan(0);
      for (const prop of doc.proposals) {
        expect(prop.projectType).toBe(type);
        expect(prop.needIds.length).toBeGreaterThanOrEqual(rule.minMunicipalities);
        expect(prop.needIds.length).toBeLessThanOrEqual(rule.maxMunicipalities);
        expect(prop.profileIds.length).toBeGreaterThanOrEqual(rule.minResearchGroups);
        expect(prop.profileIds.length).toBeLessThanOrEqual(rule.maxResearchGroups);
      }
    }
  });

  it('honours custom sizes from settings', async () => {
    const p = withSettings(westernArena(), {
      projectTypes: ['INNOVATION_PROJECT'],
      sizes: {
        INNOVATION_PROJECT: { minMunicipalities: 2, maxMunicipalities: 2, minResearchGroups: 1 },
      },
    });
    const doc = await run(p);
    expect(doc.proposals.length).toBeGreaterThan(0);
    for (const prop of doc.proposals) expect(prop.needIds).toHaveLength(2);
  });

  it('leads innovation projects by a member municipality and competence projects by an international group', async () => {
    const inno = await run(withSettings(westernArena(), { projectTypes: ['INNOVATION_PROJECT'] }));
    for (const prop of inno.proposals) expect(prop.leadOrganizationId).toMatch(/^m-/);
    const comp = await run(withSettings(westernArena(), { projectTypes: ['COMPETENCE_PROJECT'] }));
    expect(comp.proposals.length).toBeGreaterThan(0);
    for (const prop of comp.proposals) {
      expect(prop.leadOrganizationId).toBe('r-velferd');
      expect(prop.profileIds).toContain('p1');
    }
  });

  it('never puts two needs of the same municipality in one proposal', async () => {
    const base = westernArena();
    const p: Problem = {
      ...base,
      needs: [
        ...base.needs,
        need(
          'n1b',
          'm-bergen',
          'Digitalt tilsyn og velferdsteknologi i hjemmetjenesten for eldre',
          ['HEALTH_AND_CARE'],
        ),
      ],
    };
    const doc = await run(p);
    for (const prop of doc.proposals) {
      const orgs = prop.needIds.map((id) => p.needs.find((n) => n.id === id)!.organizationId);
      expect(new Set(orgs).size).toBe(orgs.length);
    }
  });

  it('respects each research group capacity across proposals', async () => {
    // Capacity 1 for every group: the welfare and procurement consortia cannot share a group.
    const base = westernArena({ projectTypes: ['PRE_PROJECT'] });
    const p: Problem = { ...base, profiles: base.profiles.map((x) => ({ ...x, capacity: 1 })) };
    const doc = await run(p);
    const use = new Map<string, number>();
    for (const prop of doc.proposals)
      for (const id of prop.profileIds) use.set(id, (use.get(id) ?? 0) + 1);
    for (const count of use.values()) expect(count).toBeLessThanOrEqual(1);
    expect(doc.proposals.length).toBeGreaterThanOrEqual(2);
  });

  it('never proposes a group that has capacity 0', async () => {
    const base = westernArena();
    const p: Problem = {
      ...base,
      profiles: base.profiles.map((x) => (x.id === 'p2' ? { ...x, capacity: 0 } : x)),
    };
    const doc = await run(p);
    for (const prop of doc.proposals) expect(prop.profileIds).not.toContain('p2');
  });

  it('respects exclusions between organizations and broker exclusions of members', async () => {
    const base = westernArena();
    const p: Problem = {
      ...base,
      exclusions: [
        { a: 'm-bergen', b: 'r-velferd', reason: 'conflict of interest' },
        { a: 'm-voss', b: 'm-ulvik' },
      ],
      settings: { excludeIds: ['p3', 'n5'] },
    };
    const doc = await run(p);
    for (const prop of doc.proposals) {
      expect(
        prop.organizationIds.includes('m-bergen') && prop.organizationIds.includes('r-velferd'),
      ).toBe(false);
      expect(
        prop.organizationIds.includes('m-voss') && prop.organizationIds.includes('m-ulvik'),
      ).toBe(false);
      expect(prop.profileIds).not.toContain('p3');
      expect(prop.needIds).not.toContain('n5');
    }
    expect(doc.unmatchedNeeds.find((u) => u.needId === 'n5')?.reason).toMatch(
      /megleren har ekskludert/i,
    );
  });

  it('only uses research groups in the counties they serve when enforceRegion is on', async () => {
    // p4 serves county 18 only and is the best procurement group once p3 is excluded.
    const base = westernArena({ excludeIds: ['p3'] });
    const doc = await run(base);
    for (const prop of doc.proposals) {
      if (prop.profileIds.includes('p4')) {
        for (const id of prop.needIds) {
          const org = base.needs.find((n) => n.id === id)!.organizationId;
          expect(base.organizations.find((o) => o.id === org)!.countyNumber).toBe('18');
        }
      }
    }
    const reason = doc.unmatchedNeeds.find((u) => u.needId === 'n4')?.reason ?? '';
    expect(reason).toMatch(/innovative anskaffelser/);
    expect(reason).toMatch(/fylke 46/);
    // Without the region rule p4 may serve the western needs.
    const free = await run(westernArena({ excludeIds: ['p3'], enforceRegion: false }));
    expect(
      free.proposals.some((x) => x.profileIds.includes('p4') && x.needIds.includes('n4')),
    ).toBe(true);
  });

  it('honours pins: the pinned set appears in exactly one proposal', async () => {
    const p = westernArena({
      pins: [{ needIds: ['n3'], profileIds: ['p2'] }, { needIds: ['n4', 'n5'] }],
    });
    const doc = await run(p);
    expect(
      doc.proposals.filter((x) => x.needIds.includes('n3') && x.profileIds.includes('p2')),
    ).toHaveLength(1);
    expect(
      doc.proposals.filter((x) => x.needIds.includes('n4') && x.needIds.includes('n5')),
    ).toHaveLength(1);
    const greedy = await run(withSettings(p, { maxExactCandidates: 0 }));
    expect(
      greedy.proposals.filter((x) => x.needIds.includes('n3') && x.profileIds.includes('p2')),
    ).toHaveLength(1);
  });

  it('explains a pin that breaks a hard rule instead of violating the rule', async () => {
    const p = westernArena({ pins: [{ needIds: ['n1'], profileIds: ['p4'] }] });
    const doc = await run(p);
    expect(doc.proposals.some((x) => x.needIds.includes('n1') && x.profileIds.includes('p4'))).toBe(
      false,
    );
    expect(doc.unmatchedNeeds.find((u) => u.needId === 'n1')?.reason).toMatch(
      /festingen kunne ikke oppfylles.*fylke/,
    );
  });

  it('prefers complementary research groups over duplicates', async () => {
    const p = complementProblem();
    const doc = await run(p);
    expect(doc.proposals).toHaveLength(1);
    const team = doc.proposals[0].profileIds;
    expect(team).toContain('p-comp');
    expect(team.filter((id) => id.startsWith('p-dup'))).toHaveLength(1);
    // The coverage component itself rewards the complementary team.
    const settings = resolveSettings(p.settings);
    const ctx = new FormationContext(p, settings, new FakeAffinityModel(p));
    expect(coverageOf(ctx, [0, 1], [0, 2])).toBeGreaterThan(coverageOf(ctx, [0, 1], [0, 1]));
  });

  it('gives an objective at most the upper bound, exactly and with the greedy fallback', async () => {
    let exactDiag: FormationDiagnostics | undefined;
    const exact = await run(westernArena(), (d) => (exactDiag = d));
    expect(exactDiag?.method).toBe('exact');
    expect(exact.objective).toBeLessThanOrEqual(exact.upperBound);
    let greedyDiag: FormationDiagnostics | undefined;
    const greedy = await run(westernArena({ maxExactCandidates: 0 }), (d) => (greedyDiag = d));
    expect(greedyDiag?.method).toBe('greedy');
    expect(greedy.proposals.length).toBeGreaterThan(0);
    expect(greedy.objective).toBeLessThanOrEqual(greedy.upperBound);
    expect(greedy.objective).toBeLessThanOrEqual(exact.upperBound);
    expect(exact.objective).toBeLessThanOrEqual(greedy.upperBound);
  });

  it('reports scores, components and the objective consistently', async () => {
    const doc = await run(westernArena());
    const scores = doc.proposals.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(doc.proposals.map((x) => x.id)).toEqual(doc.proposals.map((_, i) => `c${i + 1}`));
    const total = doc.proposals.reduce((s, x) => s + x.score * x.needIds.length, 0);
    expect(doc.objective).toBeCloseTo(total, 2);
    for (const prop of doc.proposals) {
      for (const v of Object.values(prop.components)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.round(v * 1e4) / 1e4).toBe(v);
      }
      expect(prop.needIds).toEqual([...prop.needIds].sort());
      expect(prop.organizationIds).toEqual([...prop.organizationIds].sort());
    }
  });

  it('is deterministic: the same input twice gives identical JSON', async () => {
    const a = await run(westernArena());
    const b = await run(westernArena());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ga = await run(westernArena({ maxExactCandidates: 0 }));
    const gb = await run(westernArena({ maxExactCandidates: 0 }));
    expect(JSON.stringify(ga)).toBe(JSON.stringify(gb));
  });

  it('reports progress for candidate formation and optimisation', async () => {
    const p = westernArena();
    const seen: string[] = [];
    await formConsortia(p, new FakeAffinityModel(p), resolveSettings(p.settings), {
      onProgress: (phase, f) => seen.push(`${phase}:${f}`),
    });
    expect(seen).toContain('forming-candidates:0');
    expect(seen).toContain('forming-candidates:1');
    expect(seen).toContain('optimising:0');
    expect(seen).toContain('optimising:1');
  });

  it('rewards diversity: mixes size classes and inexperienced municipalities', async () => {
    const doc = await run(withSettings(westernArena(), { projectTypes: ['INNOVATION_PROJECT'] }));
    const welfare = doc.proposals.find((x) => x.needIds.includes('n1'))!;
    expect(welfare.components.diversity).toBeGreaterThan(0.5);
  });

  it('handles empty arenas and arenas without research groups', async () => {
    const empty = await run(problem([], [], []));
    expect(empty).toEqual({
      format: 'brobygger.proposals/v1',
      objective: 0,
      upperBound: 0,
      proposals: [],
      unmatchedNeeds: [],
    });
    const base = westernArena();
    const noGroups = await run({ ...base, profiles: [] });
    expect(noGroups.proposals).toEqual([]);
    expect(noGroups.unmatchedNeeds).toHaveLength(base.needs.length);
    for (const u of noGroups.unmatchedNeeds)
      expect(u.reason).toMatch(/^Ingen FoU-miljø har kompetanse/);
  });

  it('runs with no project types enabled and explains every need', async () => {
    const doc = await run(withSettings(westernArena(), { projectTypes: [] }));
    expect(doc.proposals).toEqual([]);
    for (const u of doc.unmatchedNeeds) expect(u.reason).toMatch(/settings\.projectTypes/);
  });

  it('treats needs owned by a research group as unusable, with a reason', async () => {
    const base = westernArena();
    const p: Problem = {
      ...base,
      needs: [...base.needs, need('n9', 'r-digital', 'Digitalt tilsyn for eldre')],
    };
    const doc = await run(p);
    expect(doc.unmatchedNeeds.find((u) => u.needId === 'n9')?.reason).toMatch(
      /ikke en kommune eller fylkeskommune/,
    );
  });
});
