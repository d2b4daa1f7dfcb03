import { languageNormalisedIdf } from './corpus';
import { smoothedIdf } from './sparse-index';

const tf = (...terms: number[]): Map<number, number> => new Map(terms.map((t) => [t, 1]));

describe(languageNormalisedIdf.name, () => {
  it('is the ordinary smoothed idf in a one-language problem', () => {
    const needs = [tf(0, 1), tf(0), tf(0, 2)];
    const docs = [tf(1), tf(2)];
    const idf = languageNormalisedIdf(
      3,
      needs,
      ['no', 'no', 'no'],
      docs,
      ['no', 'no'],
      Int32Array.from([0, 1, 2]),
    );
    expect([...idf]).toEqual([smoothedIdf(5, 3), smoothedIdf(5, 2), smoothedIdf(5, 2)]);
  });

  it('counts a profile once per term across its own text and references', () => {
    const idf = languageNormalisedIdf(
      1,
      [tf(0)],
      ['no'],
      [tf(0), tf(0)],
      ['no', 'no'],
      Int32Array.from([0, 2]),
    );
    expect(idf[0]).toBeCloseTo(smoothedIdf(2, 2), 12);
  });

  it('gives a word found in every text of a small language minority the idf of a word found everywhere', () => {
    // 8 Norwegian needs share term 0 ("kommune"); 2 English needs share term 1 ("municipality")
    const needs = [...Array.from({ length: 8 }, () => tf(0)), tf(1, 2), tf(1, 3)];
    const languages = [...Array<'no'>(8).fill('no'), 'en', 'en'] as Array<'no' | 'en'>;
    const idf = languageNormalisedIdf(4, needs, languages, [], [], Int32Array.from([0]));
    expect(idf[1]).toBeCloseTo(idf[0], 12);
    // a topical English word found once keeps a higher weight than the generic one
    expect(idf[2]).toBeGreaterThan(idf[1]);
    // and is not weighted above a Norwegian word found in as small a share of the Norwegian texts
    expect(idf[2]).toBeLessThanOrEqual(smoothedIdf(10, 1));
  });

  it('counts a profile with Norwegian text and English references in both languages', () => {
    const needs = [tf(0), tf(0)];
    const docs = [tf(0), tf(1)];
    const idf = languageNormalisedIdf(
      2,
      needs,
      ['no', 'no'],
      docs,
      ['no', 'en'],
      Int32Array.from([0, 2]),
    );
    // term 1 is in the only English entity: rate 1, the idf of a term in every entity
    expect(idf[1]).toBeCloseTo(smoothedIdf(3, 3), 12);
  });
});
