import { resolveSettings } from '../exchange/settings';
import { Problem, THEMES } from '../exchange/types';
import { buildAffinityModel } from './affinity-model.builder';
import { TextAffinityModel } from './text-affinity-model';
import { detectLanguage } from './language-detector';

/** Deterministic linear congruential generator. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const TOPICS = [
  'velferdsteknologi hjemmetjeneste digitalt tilsyn eldreomsorg sensorer trygghet',
  'klimatilpasning overvann flom arealplanlegging naturbaserte løsninger',
  'innovative anskaffelser innkjøp leverandørdialog kontrakter',
  'barnehage språkutvikling tidlig innsats foreldresamarbeid',
  'energieffektivisering kommunale bygg solenergi oppvarming',
  'integrering flyktninger bosetting introduksjonsprogram',
  'welfare technology home care remote monitoring elderly',
  'korleis kommunane kan bruke forsking i heimetenesta',
];

function generatedProblem(seed: number, numNeeds: number, numProfiles: number): Problem {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (n: number): string => {
    const topic = pick(TOPICS).split(' ');
    return Array.from({ length: n }, () =>
      rnd() < 0.7 ? pick(topic) : pick(TOPICS).split(' ')[0],
    ).join(' ');
  };
  const organizations: Problem['organizations'] = [];
  for (let m = 0; m < 10; m++)
    organizations.push({ id: `m${m}`, kind: 'MUNICIPALITY', countyNumber: String(10 + (m % 4)) });
  const needs = Array.from({ length: numNeeds }, (_, i) => ({
    id: `n${String(i).padStart(3, '0')}`,
    organizationId: `m${i % 10}`,
    title: text(4),
    description: text(12),
    themes: rnd() < 0.5 ? [pick(THEMES)] : [],
    projectType: pick(['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'] as const),
  }));
  const profiles = Array.from({ length: numProfiles }, (_, j) => {
    organizations.push({ id: `r${j}`, kind: 'RESEARCH_GROUP', internationalPartners: rnd() < 0.5 });
    return {
      id: `p${String(j).padStart(3, '0')}`,
      organizationId: `r${j}`,
      title: text(4),
      description: text(15),
      keywords: [text(1), text(1)],
      themes: rnd() < 0.5 ? [pick(THEMES), pick(THEMES)] : [],
      countyNumbers: rnd() < 0.5 ? [String(10 + Math.floor(rnd() * 4))] : [],
      references: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
        title: text(5),
        abstract: text(20),
      })),
    };
  });
  return { format: 'brobygger.problem/v1', organizations, needs, profiles };
}

function bruteForceProfiles(
  model: TextAffinityModel,
  i: number,
  k: number,
): Array<[string, number]> {
  const all = model.problem.profiles.map((_, p) => model.affinity(i, p));
  return all
    .filter((a) => a.components.text > 0 && a.score >= model.settings.minAffinity)
    .sort(
      (x, y) =>
        y.score - x.score || model.profileRank[x.profileIndex] - model.profileRank[y.profileIndex],
    )
    .slice(0, k)
    .map((a) => [model.problem.profiles[a.profileIndex].id, a.score]);
}

describe(buildAffinityModel.name, () => {
  const problem = generatedProblem(42, 60, 40);
  const model = buildAffinityModel(problem, resolveSettings({ minAffinity: 0.3 }));

  describe('fast paths', () => {
    it("detects each need's language from its word ids exactly as detectLanguage does from its text", () => {
      const texts = [
        'Korleis kan kommunane bruke forsking i tenestene?',
        'How can small municipalities use research to improve their services?',
        'Hvordan kan kommunen bruke velferdsteknologi i hjemmetjenesten?',
        'Velferdsteknologi',
      ];
      const withTexts: Problem = {
        ...problem,
        needs: texts.map((description, i) => ({ ...problem.needs[i], title: '', description })),
      };
      const detected = buildAffinityModel(withTexts, model.settings).needLanguages;
      expect(detected).toEqual(texts.map((t) => detectLanguage(`\n${t}`)));
      expect(detected).toEqual(['nn', 'en', 'nb', 'nb']);
    });

    it('sharedSurfacesOf equals sharedSurfaces of termContributions', () => {
      for (let i = 0; i < problem.needs.length; i++) {
        for (let p = 0; p < problem.profiles.length; p++) {
          expect(model.sharedSurfacesOf(i, p)).toEqual(
            model.sharedSurfaces(model.termContributions(i, p)),
          );
        }
      }
    });

    it("affinity gives textCosine's score, sharedSurfacesOf's words and termContributions' map", () => {
      for (let i = 0; i < problem.needs.length; i++) {
        for (let p = 0; p < problem.profiles.length; p++) {
          const a = model.affinity(i, p);
          expect(a.score).toBe(model.components(i, p, model.textCosine(i, p)).score);
          expect(a.sharedTerms).toEqual(model.sharedSurfacesOf(i, p));
          expect([...a.termContributions!]).toEqual([...model.termContributions(i, p)]);
        }
      }
    });

    it.each([
      ['the touched documents', Infinity],
      ['a pass over all documents', 0],
    ])(
      'scoreOf equals components().score and collectTextCandidates gives the exact cosines (%s)',
      (_, denseCollectFraction) => {
        const collector = buildAffinityModel(problem, model.settings, undefined, {
          denseCollectFraction,
        });
        for (let i = 0; i < problem.needs.length; i++) {
          const n = collector.collectTextCandidates(i);
          const { profiles, cosines } = collector.candidateBuffers();
          const seen = new Set<number>();
          for (let m = 0; m < n; m++) {
            seen.add(profiles[m]);
            expect(cosines[m]).toBe(model.textCosine(i, profiles[m]));
          }
          for (let p = 0; p < problem.profiles.length; p++) {
            const cos = model.textCosine(i, p);
            expect(seen.has(p)).toBe(cos > 0);
            expect(model.scoreOf(i, p, cos)).toBe(model.components(i, p, cos).score);
          }
        }
      },
    );
  });

  describe('profilesForNeed', () => {
    it('equals brute-force top-k over all pairs', () => {
      for (let i = 0; i < problem.needs.length; i++) {
        const got = model
          .profilesForNeed(i, 5)
          .map((a) => [problem.profiles[a.profileIndex].id, a.score]);
        expect(got).toEqual(bruteForceProfiles(model, i, 5));
      }
    });

    it.each([
      ['a small problem', undefined],
      ['a pruned problem', 0],
    ])(
      'profileRanking lists the profiles of profilesForNeed in its order (%s)',
      (_, largeProblemPairs) => {
        const ranker = buildAffinityModel(problem, model.settings, undefined, {
          largeProblemPairs,
        });
        for (let i = 0; i < problem.needs.length; i++)
          for (const k of [5, 40])
            expect(ranker.profileRanking(i, k)).toEqual(
              ranker.profilesForNeed(i, k).map((a) => a.profileIndex),
            );
      },
    );

    it('returns only pairs above minAffinity, best first', () => {
      const result = model.profilesForNeed(0, 40);
      for (const a of result) expect(a.score).toBeGreaterThanOrEqual(0.3);
      for (let r = 1; r < result.length; r++)
        expect(result[r - 1].score).toBeGreaterThanOrEqual(result[r].score);
    });
  });

  describe('needsForProfile', () => {
    it('equals brute-force top-k over all needs', () => {
      for (let p = 0; p < problem.profiles.length; p++) {
        const got = model.needsForProfile(p, 4).map((a) => [a.needIndex, a.score]);
        const expected = problem.needs
          .map((_, i) => model.affinity(i, p))
          .filter((a) => a.components.text > 0 && a.score >= 0.3)
          .sort(
            (x, y) =>
              y.score - x.score || model.needRank[x.needIndex] - model.needRank[y.needIndex],
          )
          .slice(0, 4)
          .map((a) => [a.needIndex, a.score]);
        expect(got).toEqual(expected);
      }
    });
  });

  describe('similarNeeds', () => {
    it('equals brute-force need ↔ need similarity', () => {
      for (let i = 0; i < problem.needs.length; i += 7) {
        const got = model.similarNeeds(i, 3).map((x) => [x.needIndex, x.similarity]);
        const expected = problem.needs
          .map((_, j) => j)
          .filter((j) => j !== i)
          .map((j) => {
            let cos = 0;
            const a = model.needTerms(i);
            for (const [t, w] of model.needTerms(j)) cos += w * (a.get(t) ?? 0);
            return [j, model.needSimilarity(i, j, cos)] as [number, number];
          })
          .filter(([, s]) => s > 0)
          .sort((x, y) => y[1] - x[1] || model.needRank[x[0]] - model.needRank[y[0]])
          .slice(0, 3);
        expect(got.map((g) => g[0])).toEqual(expected.map((e) => e[0]));
        got.forEach((g, r) => expect(g[1]).toBeCloseTo(expected[r][1], 10));
      }
    });
  });

  describe('needSimilarity', () => {
    it('modulates the cosine by theme overlap and never creates similarity from themes alone', () => {
      const themed: Problem = {
        format: 'brobygger.problem/v1',
        organizations: [{ id: 'm', kind: 'MUNICIPALITY' }],
        needs: [
          { id: 'a', organizationId: 'm', title: 'x', themes: ['HEALTH_AND_CARE'] },
          { id: 'b', organizationId: 'm', title: 'y', themes: ['HEALTH_AND_CARE'] },
          { id: 'c', organizationId: 'm', title: 'z', themes: ['CIRCULAR_ECONOMY'] },
          { id: 'd', organizationId: 'm', title: 'w' },
        ],
        profiles: [],
      };
      const m = buildAffinityModel(themed, resolveSettings(undefined));
      expect(m.needSimilarity(0, 1, 0.5)).toBeCloseTo(0.6, 12);
      expect(m.needSimilarity(0, 2, 0.5)).toBeCloseTo(0.4, 12);
      expect(m.needSimilarity(0, 3, 0.5)).toBeCloseTo(0.5, 12);
      expect(m.needSimilarity(0, 1, 0)).toBe(0);
    });
  });

  describe('affinity', () => {
    const small: Problem = {
      format: 'brobygger.problem/v1',
      organizations: [
        { id: 'm1', kind: 'MUNICIPALITY', countyNumber: '18' },
        { id: 'm2', kind: 'MUNICIPALITY', countyNumber: '46' },
        { id: 'r1', kind: 'RESEARCH_GROUP', internationalPartners: true },
        { id: 'r2', kind: 'RESEARCH_GROUP' },
      ],
      needs: [
        {
          id: 'n1',
          organizationId: 'm1',
          title: 'Velferdsteknologi i hjemmetjenesten',
          themes: ['HEALTH_AND_CARE'],
        },
        {
          id: 'n2',
          organizationId: 'm2',
          title: 'Korleis kan eldreomsorga bruke forsking?',
          language: 'nn',
        },
        { id: 'n3', organizationId: 'm2', title: 'Bysykkel og parkering' },
      ],
      profiles: [
        {
          id: 'p1',
          organizationId: 'r1',
          title: 'Følgeforskning på teknologi og omsorg',
          keywords: ['velferdsteknologi', 'hjemmetjenester'],
          themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
          countyNumbers: ['18'],
        },
        {
          id: 'p2',
          organizationId: 'r2',
          title: 'Skole og læring',
          references: [
            { title: 'Eldre og omsorg i distriktene', abstract: 'Forskning om omsorg for eldre' },
            { title: 'Lærere i skolen' },
          ],
        },
      ],
    };
    const m = buildAffinityModel(small, resolveSettings(undefined));

    it('reports every component and readable shared terms', () => {
      const a = m.affinity(0, 0);
      expect(a.components.themes).toBe(1);
      expect(a.components.region).toBe(1);
      expect(a.components.projectType).toBe(1);
      expect(a.components.text).toBeGreaterThan(0.5);
      expect(a.sharedTerms).toContain('velferdsteknologi');
      expect(a.sharedTerms.every((s) => /^[\p{L}\p{N}-]+$/u.test(s))).toBe(true);
      expect(a.termContributions?.size).toBeGreaterThan(0);
    });

    it('lets a nynorsk need meet a bokmål profile through compounds and variants', () => {
      const a = m.affinity(1, 1);
      expect(a.components.text).toBeGreaterThan(0);
      expect(a.sharedTerms).toEqual(expect.arrayContaining(['omsorg']));
      expect(a.components.region).toBe(1); // p2 is national
    });

    it('scores own text and references separately (the best evidence wins)', () => {
      // n2 shares nothing with p2's own text, only with its first reference
      expect(m.textCosine(1, 1)).toBeGreaterThan(0);
      expect(m.affinity(2, 1).components.text).toBe(0);
      expect(m.affinity(2, 1).sharedTerms).toEqual([]);
    });

    // not exactly 1: repeated terms saturate faster in a profile's documents (BM25) than in a need (sublinear)
    it('gives identical texts a text score of almost 1', () => {
      const same: Problem = {
        format: 'brobygger.problem/v1',
        organizations: [
          { id: 'm', kind: 'MUNICIPALITY' },
          { id: 'r', kind: 'RESEARCH_GROUP' },
        ],
        needs: [{ id: 'n', organizationId: 'm', title: 'klimatilpasning og overvann' }],
        profiles: [{ id: 'p', organizationId: 'r', title: 'klimatilpasning og overvann' }],
      };
      expect(
        buildAffinityModel(same, resolveSettings(undefined)).affinity(0, 0).components.text,
      ).toBeGreaterThan(0.99);
    });

    it('lets English references meet Norwegian needs through the glossary in mixed problems', () => {
      const mixed: Problem = {
        format: 'brobygger.problem/v1',
        organizations: [
          { id: 'm', kind: 'MUNICIPALITY' },
          { id: 'r', kind: 'RESEARCH_GROUP' },
        ],
        needs: [{ id: 'n', organizationId: 'm', title: 'Velferdsteknologi for eldre' }],
        profiles: [
          {
            id: 'p',
            organizationId: 'r',
            title: 'Helseøkonomi',
            references: [{ title: 'Welfare technology in home care for the elderly' }],
          },
        ],
      };
      const a = buildAffinityModel(mixed, resolveSettings(undefined)).affinity(0, 0);
      expect(a.components.text).toBeGreaterThan(0);
      expect(a.sharedTerms).toEqual(expect.arrayContaining(['eldre']));
    });

    it('maps stems to the most frequent surface word', () => {
      expect(m.surface(m.needTerms(0).keys().next().value as string)).toMatch(/^[\p{L}-]+$/u);
      expect(m.surface('no-such-stem')).toBe('no-such-stem');
    });

    it('reports region 0 when the group does not serve the county', () => {
      const other = buildAffinityModel(
        { ...small, needs: [{ ...small.needs[0], organizationId: 'm2' }] },
        resolveSettings(undefined),
      );
      expect(other.affinity(0, 0).components.region).toBe(0);
    });

    it('reports progress of the scoring phase', () => {
      const seen: number[] = [];
      buildAffinityModel(small, resolveSettings(undefined), (phase, f) => {
        expect(phase).toBe('scoring');
        seen.push(f);
      });
      expect(seen[0]).toBe(0);
      expect(seen[seen.length - 1]).toBe(1);
    });
  });

  describe('pruning of very common terms on large problems', () => {
    it('still finds the exact best profile when the overlap is in discriminative terms', () => {
      const pruned = buildAffinityModel(problem, resolveSettings({ minAffinity: 0.3 }), undefined, {
        largeProblemPairs: 0,
        commonTermDfFraction: 0.5,
      });
      expect(pruned.pruned).toBe(true);
      let agree = 0;
      for (let i = 0; i < problem.needs.length; i++) {
        const a = pruned.profilesForNeed(i, 1)[0]?.profileIndex;
        const b = model.profilesForNeed(i, 1)[0]?.profileIndex;
        if (a === b) agree++;
      }
      expect(agree / problem.needs.length).toBeGreaterThan(0.9);
    });
  });
});
