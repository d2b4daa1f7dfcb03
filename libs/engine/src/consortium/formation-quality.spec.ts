import { resolveSettings } from '../exchange/settings';
import { Problem, ProblemOrganization, ProblemProfile, ProposalsDocument } from '../exchange/types';
import { COHERENCE_FLOOR, combineScore, MAX_DIVERSITY_BONUS } from './candidate-score';
import { checkProposals } from './check-proposals';
import { FormationDiagnostics, formConsortia } from './form-consortia';
import { FormationContext, PROFILES_PER_NEED } from './formation-context';
import { FakeAffinityModel } from './testing/fake-affinity-model';
import { municipality, need, problem, profile, researchGroup } from './testing/problem-builder';

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

describe('formation: coverage, topic evidence and coherence', () => {
  it('places in a residual round a need for which the first round formed no candidate', async () => {
    // The model ranks PROFILES_PER_NEED groups serving only Nordland above the one group that may serve Stryn; the
    // first round never looks past them, the residual round scores the free groups directly.
    const far: ProblemOrganization[] = [];
    const farProfiles: ProblemProfile[] = [];
    for (let i = 0; i < PROFILES_PER_NEED + 1; i++) {
      far.push(researchGroup(`r-far${i}`, `Sykkel ${i}`, `Nord ${i}`, '18'));
      farProfiles.push(
        profile(`p-far${i}`, `r-far${i}`, 'sykkelveier sykkelparkering elsykkel bysykkel', [], {
          countyNumbers: ['18'],
        }),
      );
    }
    const p = problem(
      [
        municipality('m-stryn', 'Stryn', '46', 7200),
        researchGroup('r-near', 'Mobilitet', 'HVL', '46'),
        ...far,
      ],
      [need('n1', 'm-stryn', 'sykkelveier sykkelparkering elsykkel bysykkel', [], 'PRE_PROJECT')],
      [profile('p-near', 'r-near', 'sykkelveier og sykkelparkering i distriktet'), ...farProfiles],
    );
    let diag: FormationDiagnostics | undefined;
    const doc = await run(p, (d) => (diag = d));
    expect(doc.proposals).toHaveLength(1);
    expect(doc.proposals[0].needIds).toEqual(['n1']);
    expect(doc.proposals[0].profileIds).toEqual(['p-near']);
    expect((diag?.residualCandidates ?? 0) + (diag?.cleanupCandidates ?? 0)).toBeGreaterThan(0);
    expect(doc.unmatchedNeeds).toEqual([]);
  });

  it('never adds a research group whose overlap with the needs is only themes or generic words', async () => {
    // Twelve needs share the generic "samarbeid" (a key term of more than GENERIC_KEY_TERM_MIN_NEEDS needs); each
    // pair of needs shares a specific topic of two concepts.
    const topics = [
      'sykkel sykkelparkering',
      'flom overvann',
      'demens pårørende',
      'skolevei trafikksikkerhet',
      'havbruk oppdrett',
      'fjernvarme spillvarme',
    ];
    const orgs: ProblemOrganization[] = [];
    const needs = [];
    for (let i = 0; i < 12; i++) {
      orgs.push(municipality(`m${i}`, `Kommune ${i}`, '46', 3000 + i * 1000));
      needs.push(
        need(`n${i}`, `m${i}`, `samarbeid ${topics[i % topics.length]}`, [
          'CLIMATE_AND_ENVIRONMENT',
        ]),
      );
    }
    const p = problem(
      [
        ...orgs,
        researchGroup('r-topic', 'Tema', 'HVL', '46'),
        researchGroup('r-generic', 'Samarbeid', 'UiB', '46'),
        researchGroup('r-theme', 'Klima', 'NTNU', '46'),
      ],
      needs,
      [
        profile('p-topic', 'r-topic', topics.join(' '), [], { capacity: 6 }),
        profile('p-generic', 'r-generic', 'samarbeid', ['CLIMATE_AND_ENVIRONMENT'], {
          capacity: 6,
        }),
        profile('p-theme', 'r-theme', 'klimatilpasning', ['CLIMATE_AND_ENVIRONMENT'], {
          capacity: 6,
        }),
      ],
    );
    const doc = await run(p);
    expect(doc.proposals.length).toBeGreaterThan(0);
    const used = new Set(doc.proposals.flatMap((x) => x.profileIds));
    expect(used.has('p-topic')).toBe(true);
    expect(used.has('p-generic')).toBe(false);
    expect(used.has('p-theme')).toBe(false);
    // Needs are grouped only with needs of their own topic.
    for (const prop of doc.proposals) {
      const own = new Set(prop.needIds.map((id) => Number(id.slice(1)) % topics.length));
      expect(own.size).toBe(1);
    }
  });

  it('groups only needs that name two concepts; a need naming one concept stands alone, or is told to say more', async () => {
    // "brukerstyrt assistanse" occurs together in seven needs: one concept (a phrase), not two.
    const orgs: ProblemOrganization[] = [];
    const needs = [];
    const focus = ['utviklingshemming', 'avlastning', 'arbeidsgiverrollen'];
    for (let i = 0; i < 6; i++) {
      orgs.push(municipality(`m${i}`, `Kommune ${i}`, '46', 3000 + i * 1000));
      // distinct texts (a text repeated word for word counts once in the run's statistics)
      needs.push(need(`n${i}`, `m${i}`, `brukerstyrt assistanse ${focus[i % focus.length]} (${i})`));
    }
    orgs.push(municipality('m-vague', 'Vaga', '46', 3500));
    needs.push(need('n-vague', 'm-vague', 'brukerstyrt assistanse'));
    const p = problem(
      [
        ...orgs,
        researchGroup('r1', 'Funksjonshemming', 'HVL', '46'),
        researchGroup('r2', 'Velferd', 'NTNU', '46'),
      ],
      needs,
      [
        profile('p1', 'r1', `brukerstyrt assistanse ${focus.join(' ')}`, [], { capacity: 4 }),
        profile('p2', 'r2', `brukerstyrt assistanse ${focus.join(' ')}`, [], { capacity: 4 }),
      ],
    );
    const ctx = new FormationContext(p, resolveSettings(p.settings), new FakeAffinityModel(p));
    expect(ctx.concepts(needs.length - 1)).toHaveLength(1);
    expect(ctx.concepts(0)).toHaveLength(2);
    const doc = await run(p);
    expect(doc.proposals.some((x) => x.needIds.length > 1)).toBe(true);
    // the one-concept need is developed in a project of its own municipality, never grouped with others
    const withVague = doc.proposals.filter((x) => x.needIds.includes('n-vague'));
    expect(withVague).toHaveLength(1);
    expect(withVague[0].needIds).toEqual(['n-vague']);
    // a run without a project type for one municipality cannot place it, and says why
    const onlyInnovation = await run({
      ...p,
      settings: { ...p.settings, projectTypes: ['INNOVATION_PROJECT'] },
    });
    expect(onlyInnovation.proposals.flatMap((x) => x.needIds)).not.toContain('n-vague');
    const vague = onlyInnovation.unmatchedNeeds.find((u) => u.needId === 'n-vague')!;
    expect(vague.reasonCode).toBe('NEED_UNDERSPECIFIED');
    expect(vague.reasonParams).toEqual({
      terms: [expect.stringMatching(/brukerstyrt|assistanse/)],
    });
    expect(vague.reason).toMatch(
      /^Behovet nevner bare «(brukerstyrt|assistanse)» og ellers generelle ord.*prosjekttype for én kommune/,
    );
  });

  it('counts a text repeated word for word once: its words stay topic words and separate concepts', () => {
    const orgs: ProblemOrganization[] = [];
    const needs = [];
    for (let i = 0; i < 12; i++) {
      orgs.push(municipality(`m${i}`, `Kommune ${i}`, '46', 3000 + i));
      needs.push(need(`n${i}`, `m${i}`, 'velferdsteknologi sensorer digitalt tilsyn hjemmetjenesten'));
    }
    for (let i = 12; i < 20; i++) {
      orgs.push(municipality(`m${i}`, `Kommune ${i}`, '46', 3000 + i));
      needs.push(need(`n${i}`, `m${i}`, `skolefravær tema${i} oppfølging${i}`));
    }
    const p = problem(orgs, needs, []);
    const ctx = new FormationContext(p, resolveSettings(p.settings), new FakeAffinityModel(p));
    expect(ctx.keyTerms(0).has('velferdsteknologi')).toBe(true);
    expect(ctx.isSpecific(0)).toBe(true);
    expect(ctx.shareKeyTerm(0, 1)).toBe(true);
  });

  it('counts a compound and its part as one concept, and learns generic words per language', () => {
    const orgs: ProblemOrganization[] = [municipality('m-x', 'X', '46', 3000)];
    const needs = [need('n-x', 'm-x', 'skolefravær fravær oppfølging')];
    // 30 bokmål needs, and 12 English ones that all say "attempt": generic in English (12 of 12), though only 12 of
    // the run's 43 needs have it.
    for (let i = 0; i < 42; i++) {
      orgs.push(municipality(`m${i}`, `Kommune ${i}`, '46', 3000 + i));
      needs.push(
        i < 30
          ? { ...need(`n${i}`, `m${i}`, `tema${i} kommune${i}`), language: 'nb' as const }
          : { ...need(`n${i}`, `m${i}`, `attempt topic${i} subject${i}`), language: 'en' as const },
      );
    }
    const p = problem(orgs, needs, []);
    const ctx = new FormationContext(p, resolveSettings(p.settings), new FakeAffinityModel(p));
    const concepts = ctx.concepts(0);
    expect(concepts).toHaveLength(2);
    expect(concepts).toContain('oppfølging');
    const english = ctx.keyTerms(needs.length - 1);
    expect(english.has('attempt')).toBe(false);
    expect(english.has('topic41')).toBe(true);
  });

  it('diversity never lifts an incoherent consortium above a coherent one of at least its quality', () => {
    const weights = resolveSettings({}).consortiumWeights;
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 500; i++) {
      const coherent = {
        relevance: rnd(),
        coverage: rnd(),
        cohesion: COHERENCE_FLOOR + rnd() * (1 - COHERENCE_FLOOR),
        diversity: 0,
        needCount: 3,
      };
      const incoherent = {
        relevance: rnd(),
        coverage: rnd(),
        cohesion: rnd() * COHERENCE_FLOOR * 0.999,
        diversity: 1,
        needCount: 3,
      };
      const quality = (c: typeof coherent) =>
        combineScore(weights, { ...c, diversity: 0, needCount: c.needCount });
      if (quality(coherent) < quality(incoherent)) continue;
      expect(combineScore(weights, coherent)).toBeGreaterThanOrEqual(
        combineScore(weights, incoherent),
      );
      // and the bonus is bounded: diversity moves a coherent consortium by at most MAX_DIVERSITY_BONUS
      const lifted = combineScore(weights, { ...coherent, diversity: 1 });
      expect(lifted - combineScore(weights, coherent)).toBeLessThanOrEqual(
        MAX_DIVERSITY_BONUS + 1e-12,
      );
    }
    // The Vestland case: similarity 0.13, full diversity, gets no bonus at all.
    const vestland = { relevance: 0.5, coverage: 0.5, cohesion: 0.13, diversity: 1, needCount: 2 };
    expect(combineScore(weights, vestland)).toBe(
      combineScore(weights, { ...vestland, diversity: 0 }),
    );
  });
});
