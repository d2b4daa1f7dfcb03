import { resolveSettings } from '../exchange/settings';
import { Problem, ProposalsDocument } from '../exchange/types';
import { checkProposals } from './check-proposals';
import { formConsortia } from './form-consortia';
import { FakeAffinityModel } from './testing/fake-affinity-model';
import { westernArena } from './testing/problem-builder';

async function validDoc(p: Problem): Promise<ProposalsDocument> {
  return formConsortia(p, new FakeAffinityModel(p), resolveSettings(p.settings));
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('checkProposals', () => {
  it('accepts the engine output', async () => {
    const p = westernArena();
    expect(checkProposals(p, await validDoc(p))).toEqual([]);
  });

  it('finds size, capacity, region, exclusion, organization and lead violations', async () => {
    const p: Problem = {
      ...westernArena(),
      exclusions: [{ a: 'm-bergen', b: 'r-nord' }],
    };
    const doc = clone(await validDoc(p));
    doc.proposals = [
      {
        id: 'c1',
        projectType: 'INNOVATION_PROJECT',
        score: 0.5,
        leadOrganizationId: 'r-nord',
        needIds: ['n1'],
        profileIds: ['p4'],
        organizationIds: ['m-bergen', 'r-nord'],
        components: { relevance: 0.5, coverage: 0.5, cohesion: 0, diversity: 0 },
        explanation: 'x',
      },
      {
        id: 'c2',
        projectType: 'PRE_PROJECT',
        score: 0.5,
        leadOrganizationId: 'm-voss',
        needIds: ['n1', 'n2'],
        profileIds: ['p4'],
        organizationIds: ['m-bergen', 'm-voss', 'r-nord'],
        components: { relevance: 0.5, coverage: 0.5, cohesion: 0, diversity: 0 },
        explanation: 'x',
      },
    ];
    doc.unmatchedNeeds = doc.unmatchedNeeds.filter((u) => !['n1', 'n2'].includes(u.needId));
    const v = checkProposals(p, doc).join('\n');
    expect(v).toMatch(/c1: 1 municipalities, rule 2–6/);
    expect(v).toMatch(/c1: 1 research groups, rule 2–4/);
    expect(v).toMatch(/c1: INNOVATION_PROJECT not led by one of its municipalities/);
    expect(v).toMatch(/c1: profile p4 does not serve county 46 of need n1/);
    expect(v).toMatch(/c1: excluded pair m-bergen and r-nord/);
    expect(v).toMatch(/c2: need n1 also in c1/);
    expect(v).toMatch(/c2: profile p4 used 2 times, capacity 1/);
  });

  it('finds unexplained needs, two needs of one municipality and a broken bound', async () => {
    const p = westernArena();
    const doc = clone(await validDoc(p));
    doc.unmatchedNeeds = doc.unmatchedNeeds.filter((u) => u.needId !== 'n6');
    doc.upperBound = doc.objective - 1;
    const withN1 = doc.proposals.find((x) => x.needIds.includes('n1'))!;
    withN1.needIds.push('n7');
    const v = checkProposals(
      { ...p, needs: [...p.needs, { id: 'n7', organizationId: 'm-bergen', title: 'x' }] },
      doc,
    ).join('\n');
    expect(v).toMatch(/need n6 is neither in a proposal nor in unmatchedNeeds/);
    expect(v).toMatch(/objective .* exceeds upperBound/);
    expect(v).toMatch(/two needs of organization m-bergen/);
  });

  it('checks competence projects for an international lead and pins for exactly one proposal', async () => {
    const p = westernArena({ pins: [{ needIds: ['n4', 'n5'] }] });
    const doc = clone(await validDoc(p));
    doc.proposals = doc.proposals.filter((x) => !x.needIds.includes('n4'));
    doc.unmatchedNeeds.push({ needId: 'n4', reason: 'left out for the test' });
    doc.unmatchedNeeds.push({ needId: 'n5', reason: 'left out for the test' });
    doc.proposals.push({
      id: 'c9',
      projectType: 'COMPETENCE_PROJECT',
      score: 0.5,
      leadOrganizationId: 'r-innkjop',
      needIds: ['n6'],
      profileIds: ['p3'],
      organizationIds: ['m-bodo', 'r-innkjop'],
      components: { relevance: 0.5, coverage: 0.5, cohesion: 0, diversity: 0 },
      explanation: 'x',
    });
    doc.unmatchedNeeds = doc.unmatchedNeeds.filter((u) => u.needId !== 'n6');
    const v = checkProposals(p, doc).join('\n');
    expect(v).toMatch(/pins\[0\]: in 0 proposals, expected exactly 1/);
    expect(v).toMatch(
      /c9: competence project without a research group with international partners/,
    );
    expect(v).toMatch(/c9: need n6 asks for INNOVATION_PROJECT/);
  });
});
