import { resolveSettings } from '../exchange/settings';
import { Problem, SCORES_FORMAT } from '../exchange/types';
import { scoreProblem } from './score';

const problem: Problem = {
  format: 'brobygger.problem/v1',
  organizations: [
    { id: 'm-4601', kind: 'MUNICIPALITY', countyNumber: '46' },
    { id: 'm-1804', kind: 'MUNICIPALITY', countyNumber: '18' },
    { id: 'r-a', kind: 'RESEARCH_GROUP', internationalPartners: true },
    { id: 'r-b', kind: 'RESEARCH_GROUP' },
    { id: 'r-c', kind: 'RESEARCH_GROUP' },
  ],
  needs: [
    {
      id: 'n1',
      organizationId: 'm-4601',
      title: 'Velferdsteknologi i hjemmetjenesten',
      description: 'Vi vil prøve ut digitalt tilsyn for eldre som bor hjemme.',
      themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
    },
    {
      id: 'n2',
      organizationId: 'm-1804',
      title: 'Klimatilpassing og overvatn i sentrum',
      description: 'Kommunen treng kunnskap om naturbaserte løysingar.',
      language: 'nn',
      themes: ['CLIMATE_AND_ENVIRONMENT'],
    },
  ],
  profiles: [
    {
      id: 'p1',
      organizationId: 'r-a',
      title: 'Følgeforskning på velferdsteknologi',
      keywords: ['velferdsteknologi', 'hjemmetjenester', 'digitalt tilsyn'],
      themes: ['HEALTH_AND_CARE'],
    },
    {
      id: 'p2',
      organizationId: 'r-b',
      title: 'Klimatilpasning i kommunal planlegging',
      keywords: ['overvann', 'naturbaserte løsninger'],
      themes: ['CLIMATE_AND_ENVIRONMENT'],
      countyNumbers: ['18'],
    },
    { id: 'p3', organizationId: 'r-c', title: 'Skoleledelse', themes: ['EDUCATION_AND_CHILDHOOD'] },
  ],
};

describe(scoreProblem.name, () => {
  const settings = resolveSettings(undefined);

  it('lists every pair with --all, ordered by score, then ids', () => {
    const doc = scoreProblem(problem, settings, { all: true });
    expect(doc.format).toBe(SCORES_FORMAT);
    expect(doc.scores).toHaveLength(6);
    for (let r = 1; r < doc.scores.length; r++) {
      const a = doc.scores[r - 1];
      const b = doc.scores[r];
      expect(
        a.score > b.score ||
          (a.score === b.score && `${a.needId} ${a.profileId}` < `${b.needId} ${b.profileId}`),
      ).toBe(true);
    }
  });

  it('puts the right profile first for each need', () => {
    const doc = scoreProblem(problem, settings, { top: 1 });
    const best = Object.fromEntries(doc.scores.map((s) => [s.needId, s.profileId]));
    expect(best).toEqual({ n1: 'p1', n2: 'p2' });
  });

  it('gives the K best profiles per need with --top K (default 10)', () => {
    expect(scoreProblem(problem, settings, { top: 2 }).scores).toHaveLength(4);
    expect(scoreProblem(problem, settings).scores).toHaveLength(6);
  });

  it('is deterministic and rounds to 4 decimals within [0, 1]', () => {
    const a = JSON.stringify(scoreProblem(problem, settings, { all: true }));
    const b = JSON.stringify(scoreProblem(problem, settings, { all: true }));
    expect(a).toBe(b);
    for (const s of scoreProblem(problem, settings, { all: true }).scores) {
      for (const x of [
        s.score,
        s.components.text,
        s.components.themes,
        s.components.region,
        s.components.projectType,
      ]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(Math.round(x * 10_000) / 10_000).toBe(x);
      }
    }
  });

  it('reports shared terms as surface words, not stems', () => {
    const doc = scoreProblem(problem, settings, { all: true });
    const n1p1 = doc.scores.find((s) => s.needId === 'n1' && s.profileId === 'p1');
    expect(n1p1?.sharedTerms).toEqual(expect.arrayContaining(['velferdsteknologi', 'tilsyn']));
    expect(n1p1?.sharedTerms).not.toContain('velferdsteknolog');
    const n2p2 = doc.scores.find((s) => s.needId === 'n2' && s.profileId === 'p2');
    expect(n2p2?.components.text).toBeGreaterThan(0);
    expect(n2p2?.components.region).toBe(1);
    const n1p3 = doc.scores.find((s) => s.needId === 'n1' && s.profileId === 'p3');
    expect(n1p3?.sharedTerms).toEqual([]);
    expect(n1p3?.components.text).toBe(0);
  });
});
