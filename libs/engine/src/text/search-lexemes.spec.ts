import { Language } from '../exchange/types';
import { searchLexemes, searchNormaliserVersion, searchQueryWords } from './search-lexemes';
import { ENGLISH_TO_BOKMAAL } from './glossary';
import { toBokmaal } from './variant-map';

/** Whether a document has every query word (some alternative of it with all its lexemes), as PostgreSQL's @@. */
function finds(query: string, text: string, language: Language): boolean {
  const lexemes = new Set(searchLexemes(text, language).flat());
  const words = searchQueryWords(query);
  return (
    words.length > 0 &&
    words.every((alternatives) => alternatives.some((all) => all.every((l) => lexemes.has(l))))
  );
}

describe('searchLexemes and searchQueryWords', () => {
  it('bridges nynorsk and bokmål: heimetenesta ↔ hjemmetjenesten', () => {
    expect(finds('heimetenesta', 'Digital oppfølging i hjemmetjenesten', 'nb')).toBe(true);
    expect(finds('hjemmetjenesten', 'Korleis kan heimetenesta nytte sensorar?', 'nn')).toBe(true);
    expect(finds('hjemmetjeneste', 'Korleis kan heimetenesta nytte sensorar?', 'nn')).toBe(true);
  });

  it('folds plural and definite endings: sykepleier ↔ sykepleiere', () => {
    expect(finds('sykepleier', 'Rekruttere og beholde sykepleiere', 'nb')).toBe(true);
    expect(finds('sykepleierne', 'Ein sjukepleiar i kvar kommune', 'nn')).toBe(true);
  });

  it('finds a compound by its parts and a part inside a compound', () => {
    expect(finds('omsorg', 'Velferdsteknologi i eldreomsorgen', 'nb')).toBe(true);
    expect(finds('eldreomsorg', 'Omsorg for eldre i distriktet', 'nb')).toBe(true);
    expect(finds('eldreomsorg', 'Skolevei og trafikksikkerhet', 'nb')).toBe(false);
  });

  it('reads the query as English too: "home care nurses" finds a Norwegian need via the glossary', () => {
    const need = 'Rekruttere og beholde sykepleiere i hjemmetjenesten. Omsorgen trenger fagfolk.';
    expect(finds('home care nurses', need, 'nb')).toBe(true);
    expect(finds('home care nurses', 'Skolevei og trafikksikkerhet', 'nb')).toBe(false);
    // and a Norwegian query finds an English need
    expect(finds('flom', 'Flooding risks for coastal municipalities', 'en')).toBe(true);
  });

  it('requires every query word and leaves out stop words of either language', () => {
    expect(finds('sykepleiere skolevei', 'Rekruttere sykepleiere', 'nb')).toBe(false);
    expect(finds('nurses and the home', 'Sykepleiere i hjemmet', 'nb')).toBe(true);
    expect(searchQueryWords('sykkelvennlig by')).toEqual(searchQueryWords('sykkelvennlig'));
    // a query of stop words only keeps the readings in which they are not stop words ("by" = town)
    expect(searchQueryWords('by')).toEqual([[['by']]]);
    expect(searchQueryWords('for')).toEqual([]);
    expect(searchQueryWords('')).toEqual([]);
  });

  it('gives each indexed word its lexemes in reading order, stop words dropped', () => {
    const nynorsk = searchLexemes('Heimetenesta i kommunane', 'nn');
    expect(nynorsk).toEqual(searchLexemes('Hjemmetjenesten i kommunene', 'nb'));
    expect(nynorsk).toHaveLength(2);
    expect(nynorsk[0]).toHaveLength(3); // the compound whole, hjem and tjeneste
    expect(nynorsk[0]).toEqual(expect.arrayContaining(searchLexemes('hjem tjeneste', 'nb').flat()));
    expect(searchLexemes('Home care nurses', 'en')).toEqual(
      searchLexemes('hjem omsorg sykepleier', 'nb'),
    );
  });

  it('fingerprints the normaliser the same way every time', () => {
    expect(searchNormaliserVersion()).toMatch(/^1-[0-9a-f]{8}$/);
    expect(searchNormaliserVersion()).toBe(searchNormaliserVersion());
  });
});

describe('words that are names of object properties', () => {
  it('analyses "constructor", "toString", "__proto__" and "hasOwnProperty" as plain words', () => {
    const text = 'constructor toString __proto__ hasOwnProperty valueOf {{constructor}}';
    for (const language of ['nb', 'nn', 'en'] as const)
      expect(() => searchLexemes(text, language)).not.toThrow();
    expect(toBokmaal('constructor')).toBe('constructor');
    expect(ENGLISH_TO_BOKMAAL['constructor']).toBeUndefined();
  });
});
