import {
  normaliseNorwegianStem,
  PART_WEIGHT,
  stemEnglish,
  stemNorwegian,
  TextAnalyzer,
} from './text-analyzer';
import { NYNORSK_TO_BOKMAAL, toBokmaal } from './variant-map';

describe('stemming', () => {
  it('gives inflections of a Norwegian word the same stem', () => {
    expect(stemNorwegian('eldreomsorgen')).toBe(stemNorwegian('eldreomsorg'));
    expect(stemNorwegian('tjenestene')).toBe(stemNorwegian('tjeneste'));
    expect(stemNorwegian('barnehagene')).toBe(stemNorwegian('barnehage'));
  });

  it('maps nynorsk forms onto the bokmål stem', () => {
    expect(stemNorwegian('forsking')).toBe(stemNorwegian('forskning'));
    expect(stemNorwegian('tenestene')).toBe(stemNorwegian('tjenestene'));
    expect(stemNorwegian('kommunane')).toBe(stemNorwegian('kommunene'));
    expect(stemNorwegian('skulane')).toBe(stemNorwegian('skolene'));
  });

  const sameStem = (...words: string[]): void => {
    const stems = words.map((w) => stemNorwegian(w));
    expect(Object.fromEntries(words.map((w, i) => [w, stems[i]]))).toEqual(
      Object.fromEntries(words.map((w) => [w, stems[0]])),
    );
  };

  it('gives nynorsk inflections the stem of the bokmål forms', () => {
    sameStem('kommune', 'kommunen', 'kommuner', 'kommunene', 'kommunane', 'kommunar');
    sameStem('tjeneste', 'tjenesten', 'tjenestene', 'teneste', 'tenesta', 'tenestene');
    sameStem('forskning', 'forskningen', 'forsking', 'forskinga');
    sameStem('hjemmetjeneste', 'hjemmetjenesten', 'heimeteneste', 'heimetenesta', 'heimetenestene');
    sameStem('løsning', 'løsningene', 'løysing', 'løysingane');
    sameStem('skole', 'skolen', 'skolene', 'skule', 'skulen', 'skulane');
    sameStem('sykehjem', 'sykehjemmet', 'sykehjemmene', 'sjukeheim', 'sjukeheimane');
    sameStem('planlegging', 'planleggingen', 'planleggjing', 'planleggjinga');
    sameStem('kartlegge', 'kartleggje');
  });

  it('gives agent nouns and their plurals one stem in both written standards', () => {
    sameStem('bruker', 'brukere', 'brukerne', 'brukar', 'brukarar', 'brukarane');
    sameStem('forsker', 'forskere', 'forskerne', 'forskar', 'forskarar', 'forskarane');
    sameStem('innbygger', 'innbyggere', 'innbyggerne', 'innbyggjarar', 'innbyggjarane');
    sameStem('sykepleier', 'sykepleiere', 'sjukepleiarar', 'sjukepleiarane');
  });

  it('undoubles the final m that Norwegian spelling drops in the base form', () => {
    sameStem('program', 'programmet', 'programmene');
    sameStem('ungdom', 'ungdommer', 'ungdommene', 'ungdomane');
    expect(normaliseNorwegianStem('hjemm')).toBe('hjem');
  });

  it('keeps other double consonants, which belong to the base form', () => {
    sameStem('bygg', 'bygget', 'byggene');
    expect(stemNorwegian('legge')).not.toBe(stemNorwegian('lege'));
  });

  it('keeps short stems and -jern words whole', () => {
    expect(normaliseNorwegianStem('ser')).toBe('ser');
    expect(normaliseNorwegianStem('kjern')).toBe('kjern');
  });

  it('stems English with Porter', () => {
    expect(stemEnglish('municipalities')).toBe(stemEnglish('municipality'));
    expect(stemEnglish('innovations')).toBe(stemEnglish('innovation'));
  });
});

describe('variant map', () => {
  it('maps common nynorsk words to bokmål', () => {
    expect(toBokmaal('ikkje')).toBe('ikke');
    expect(toBokmaal('teneste')).toBe('tjeneste');
    expect(toBokmaal('forsking')).toBe('forskning');
    expect(toBokmaal('kommunane')).toBe('kommunene');
  });

  it('applies regular suffix rules and leaves unknown words alone', () => {
    expect(toBokmaal('offentleg')).toBe('offentlig');
    expect(toBokmaal('openheit')).toBe('åpenhet');
    expect(toBokmaal('sykkel')).toBe('sykkel');
  });

  it('maps the nynorsk head (and modifier) of a compound', () => {
    expect(toBokmaal('overvatn')).toBe('overvann');
    expect(toBokmaal('sjukefråvær')).toBe('sykefravær');
    expect(toBokmaal('flaumvegar')).toBe('flomveier');
    expect(stemNorwegian('ungdomsskulen')).toBe(stemNorwegian('ungdomsskolen'));
  });

  it('does not map compound heads shorter than four letters', () => {
    expect(toBokmaal('skogsveg')).toBe('skogsveg');
  });

  it('has at least 60 pairs', () => {
    expect(Object.keys(NYNORSK_TO_BOKMAAL).length).toBeGreaterThanOrEqual(60);
  });
});

describe(TextAnalyzer.name, () => {
  describe('splitCompound', () => {
    it('splits velferdsteknologi with the linking s', () => {
      const parts = new TextAnalyzer().splitCompound('velferdsteknologi');
      expect(parts?.map((p) => p.surface)).toEqual(['velferd', 'teknologi']);
    });

    it('splits eldreomsorg when eldre is in the corpus vocabulary', () => {
      const analyzer = new TextAnalyzer();
      analyzer.observe('Tilbud til eldre', 'nb');
      expect(analyzer.splitCompound('eldreomsorg')?.map((p) => p.term)).toEqual([
        stemNorwegian('eldre'),
        stemNorwegian('omsorg'),
      ]);
    });

    it('splits three-part compounds through the modifier', () => {
      const analyzer = new TextAnalyzer();
      analyzer.observe('velferd teknologi løsning', 'nb');
      const parts = analyzer.splitCompound('velferdsteknologiløsning')?.map((p) => p.surface);
      expect(parts).toEqual(['velferd', 'teknologi', 'løsning']);
    });

    it('learns the bokmål concepts of English words as compound parts in cross-lingual mode', () => {
      const monolingual = new TextAnalyzer();
      monolingual.observe('safety alarms at home', 'en');
      expect(monolingual.splitCompound('trygghetsalarm')).toBeNull();
      const mixed = new TextAnalyzer();
      mixed.crossLingual = true;
      mixed.observe('safety alarms at home', 'en');
      expect(mixed.splitCompound('trygghetsalarm')?.map((p) => p.surface)).toEqual([
        'trygghet',
        'alarm',
      ]);
    });

    it('does not split words that are not compounds of known words', () => {
      const analyzer = new TextAnalyzer();
      expect(analyzer.splitCompound('kommunen')).toBeNull();
      expect(analyzer.splitCompound('digitalisering')).toBeNull();
    });
  });

  describe('analyze', () => {
    it('indexes a compound whole and its parts at reduced weight', () => {
      const terms = new TextAnalyzer().analyze('Velferdsteknologi', 'nb');
      expect(terms).toContainEqual({
        term: stemNorwegian('velferdsteknologi'),
        surface: 'velferdsteknologi',
        weight: 1,
      });
      expect(terms).toContainEqual({
        term: stemNorwegian('teknologi'),
        surface: 'teknologi',
        weight: PART_WEIGHT,
      });
    });

    it('lets "eldreomsorgen" meet "omsorg"', () => {
      const analyzer = new TextAnalyzer();
      analyzer.observe('eldre omsorg', 'nb');
      const terms = analyzer.analyze('Eldreomsorgen', 'nb').map((t) => t.term);
      expect(terms).toContain(analyzer.analyze('omsorg', 'nb')[0].term);
    });

    it('removes stop words of all three languages', () => {
      const analyzer = new TextAnalyzer();
      expect(analyzer.analyze('og det er ikke', 'nb')).toEqual([]);
      expect(analyzer.analyze('eg ikkje berre kva', 'nn')).toEqual([]);
      expect(analyzer.analyze('the of and with', 'en')).toEqual([]);
    });

    it('indexes hyphenated compounds whole and by part', () => {
      const terms = new TextAnalyzer().analyze('e-helse', 'nb');
      expect(terms[0]).toMatchObject({ surface: 'e-helse', weight: 1 });
      expect(terms[1]).toMatchObject({
        term: stemNorwegian('helse'),
        surface: 'helse',
        weight: PART_WEIGHT,
      });
    });

    it('indexes glossary English words under their bokmål concept in cross-lingual mode', () => {
      const analyzer = new TextAnalyzer();
      analyzer.crossLingual = true;
      const en = analyzer.analyze('stormwater flooding and residents', 'en');
      const nb = analyzer.analyze('overvann flom og innbyggere', 'nb');
      expect(en.map((t) => t.term)).toEqual(nb.map((t) => t.term));
      expect(en.every((t) => t.translated)).toBe(true);
      expect(en.map((t) => t.surface)).toEqual(['stormwater', 'flooding', 'residents']);
    });

    it('keeps English stems when the problem is in one language', () => {
      const terms = new TextAnalyzer().analyze('stormwater flooding', 'en');
      expect(terms.map((t) => t.term)).toEqual([
        stemEnglish('stormwater'),
        stemEnglish('flooding'),
      ]);
    });

    it('gives nynorsk and bokmål variants the same terms', () => {
      const analyzer = new TextAnalyzer();
      const nn = analyzer.analyze('forsking i heimetenesta', 'nn').map((t) => t.term);
      const nb = analyzer.analyze('forskning i hjemmetjenesten', 'nb').map((t) => t.term);
      expect(nn).toEqual(nb);
    });
  });
});
