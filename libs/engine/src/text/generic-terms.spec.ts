/**
 * Generic words learned from the problem's own texts: words most needs and profiles use whatever their topic
 * weigh nothing on their own in need ↔ need similarity, shared terms, coverage terms or need ↔ profile affinity.
 * Hand-made corpora: each text is a topic plus municipal boilerplate.
 */
import { resolveSettings } from '../exchange/settings';
import { Problem } from '../exchange/types';
import { buildAffinityModel } from './affinity-model.builder';
import { genericTerms, GENERIC_MIN_ENTITIES } from './corpus';
import { programmeVocabularyStems } from './programme-vocabulary';
import { sameConcept } from './shared-terms';
import { stemNorwegian } from './text-analyzer';

const BOILERPLATE = [
  'Kommunen ønsker samarbeid i et prosjekt om tjenester til brukere.',
  'Prosjektet skal prøve ut en plan for tjenestene i kommunen, i samarbeid med brukerne.',
  'Vi vil lage en felles plan og prøve ut nye tjenester for innbyggerne i kommunen.',
];

const TOPICS = [
  'overvann flom regnbed',
  'skolefravær elever ungdomsskole',
  'demens pårørende avlastning',
  'flyktninger arbeidspraksis språkopplæring',
  'sykkelveier elsykkel trafikksikkerhet',
  'spillvarme industri fjernvarme',
  'vannledninger lekkasjer vannverk',
  'barnehage språkutvikling lesing',
  'rus psykisk helse lavterskeltilbud',
  'kulturminner verneplan fredning',
  'skredfare kvikkleire grunnforhold',
  'frivillige lag foreninger dugnad',
];

/** Three needs and one profile per topic, every text with boilerplate around its topic words. */
function corpus(topics: readonly string[]): Problem {
  const needs = topics.flatMap((topic, t) =>
    [0, 1, 2].map((k) => ({
      id: `n-${t}-${k}`,
      organizationId: 'm',
      title: `${topic.split(' ')[k]} i kommunen`,
      description: `${BOILERPLATE[(t + k) % 3]} Det gjelder ${topic}.`,
      language: 'nb' as const,
    })),
  );
  const profiles = topics.map((topic, t) => ({
    id: `p-${t}`,
    organizationId: 'r',
    title: `Forskning på ${topic}`,
    description: `Gruppen forsker på ${topic} i samarbeid med kommuner og brukere. ${BOILERPLATE[t % 3]}`,
    capacity: 1,
    language: 'nb' as const,
  }));
  return {
    format: 'brobygger.problem/v1',
    organizations: [
      { id: 'm', kind: 'MUNICIPALITY' },
      { id: 'r', kind: 'RESEARCH_GROUP' },
    ],
    needs,
    profiles,
  };
}

describe('generic words', () => {
  const problem = corpus(TOPICS);
  const model = buildAffinityModel(problem, resolveSettings({}));
  const isGeneric = (word: string): boolean =>
    model.terms.some((stem, t) => model.generic[t] === 1 && model.surface(stem) === word);
  const need = (id: string): number => problem.needs.findIndex((n) => n.id === id);

  it('learns the boilerplate as generic and keeps the topic words', () => {
    for (const word of ['kommunen', 'samarbeid', 'plan', 'prøve'])
      expect(isGeneric(word)).toBe(true);
    // learnt from the texts, not from the programme vocabulary
    expect(programmeVocabularyStems().has(stemNorwegian('lage'))).toBe(false);
    expect(isGeneric('lage')).toBe(true);
    for (const word of ['overvann', 'skolefravær', 'demens', 'elsykkel', 'spillvarme'])
      expect(isGeneric(word)).toBe(false);
  });

  it('does not group needs of different topics on generic words', () => {
    const flood = need('n-0-0');
    const neighbours = model.similarNeeds(flood, 20);
    expect(neighbours.map((x) => problem.needs[x.needIndex].id).sort()).toEqual(['n-0-1', 'n-0-2']);
    expect(neighbours[0].similarity).toBeGreaterThan(resolveSettings({}).minNeedSimilarity);
    expect(neighbours[0].sharedTerms).toContain('overvann');
    for (const word of ['kommunen', 'samarbeid', 'plan', 'prøve'])
      expect(neighbours[0].sharedTerms).not.toContain(word);
  });

  it('leaves generic words out of a need’s coverage terms', () => {
    const terms = [...model.needTerms(need('n-1-0')).keys()].map((stem) => model.surface(stem));
    expect(terms).toContain('skolefravær');
    expect(terms).not.toContain('kommunen');
    expect(terms).not.toContain('samarbeid');
  });

  it('gives a profile no text affinity for generic words alone, and counts them next to a topic word', () => {
    const demensNeed = need('n-2-0');
    const offTopic = model.affinity(demensNeed, 0); // the flood group: shares boilerplate only
    expect(offTopic.components.text).toBe(0);
    expect(offTopic.sharedTerms).toEqual([]);
    const onTopic = model.affinity(demensNeed, 2);
    expect(onTopic.components.text).toBeGreaterThan(0);
    expect(onTopic.sharedTerms).toContain('demens');
    expect(onTopic.sharedTerms).not.toContain('kommunen');
    const ranked = model.profilesForNeed(demensNeed, 10);
    expect(ranked.map((x) => problem.profiles[x.profileIndex].id)).toEqual(['p-2']);
    expect(
      model
        .needsForProfile(2, 10)
        .map((x) => problem.needs[x.needIndex].id)
        .sort(),
    ).toEqual(['n-2-0', 'n-2-1', 'n-2-2']);
  });

  it('learns nothing on too few entities to tell: only the programme vocabulary is generic there', () => {
    const small = corpus(TOPICS.slice(0, 1));
    expect(small.needs.length + small.profiles.length).toBeLessThan(GENERIC_MIN_ENTITIES);
    const smallModel = buildAffinityModel(small, resolveSettings({}));
    const vocabulary = programmeVocabularyStems();
    const generic = smallModel.terms.filter((_, t) => smallModel.generic[t] === 1);
    expect(generic.length).toBeGreaterThan(0);
    expect(generic.filter((stem) => !vocabulary.has(stem))).toEqual([]);
    // the topic words stay topic words, the programme's words are never shown as shared
    for (const word of ['overvann', 'flom', 'regnbed']) {
      expect(smallModel.generic[smallModel.terms.indexOf(stemNorwegian(word))]).toBe(0);
    }
    const scored = smallModel.affinity(0, 0);
    expect(scored.sharedTerms).toContain('overvann');
    for (const word of ['kommunen', 'prosjektet', 'samarbeid', 'tjenester', 'plan']) {
      expect(scored.sharedTerms).not.toContain(word);
    }
  });

  it('counts the share per language class', () => {
    // 20 Norwegian entities use term 0, 2 of 20 English ones use term 1 (10 %, not more), 15 use term 2
    const df = [new Int32Array([20, 0, 0]), new Int32Array([0, 2, 15])];
    expect([...genericTerms({ n: 40, df, count: [20, 20] })]).toEqual([1, 0, 1]);
  });
});

describe(sameConcept.name, () => {
  it('takes a compound and its parts, or words on one stem, for one concept', () => {
    expect(sameConcept('drivkraft', 'kraft')).toBe(true);
    expect(sameConcept('driv', 'drivkraft')).toBe(true);
    expect(sameConcept('plan', 'planlegging')).toBe(true);
    expect(sameConcept('stiller', 'stilling')).toBe(true);
    expect(sameConcept('overvann', 'overvann')).toBe(true);
  });

  it('keeps different words apart', () => {
    expect(sameConcept('skole', 'skred')).toBe(false);
    expect(sameConcept('flom', 'flyktninger')).toBe(false);
    expect(sameConcept('lag', 'lage')).toBe(false); // too short to tell a part from a chance prefix
    expect(sameConcept('helse', 'sykehjem')).toBe(false);
  });
});
