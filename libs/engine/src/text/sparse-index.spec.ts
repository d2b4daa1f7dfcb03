import {
  Accumulator,
  buildPostings,
  buildRows,
  buildTfidfRows,
  dotRows,
  smoothedIdf,
  saturatedTf,
  sublinearTf,
  tfidfVector,
} from './sparse-index';

describe('tf-idf', () => {
  it('uses sublinear tf (1 + ln tf above 1, linear below)', () => {
    expect(sublinearTf(1)).toBe(1);
    expect(sublinearTf(3)).toBeCloseTo(1 + Math.log(3), 12);
    expect(sublinearTf(0.5)).toBe(0.5);
  });

  it('saturates tf as BM25 does with k1 = 1.2 above 1, linear below', () => {
    expect(saturatedTf(1)).toBe(1);
    expect(saturatedTf(3)).toBeCloseTo((2.2 * 3) / 4.2, 12);
    expect(saturatedTf(1000)).toBeLessThan(2.2);
    expect(saturatedTf(0.5)).toBe(0.5);
  });

  it('uses smoothed idf ln((1 + N) / (1 + df)) + 1', () => {
    expect(smoothedIdf(2, 2)).toBe(1);
    expect(smoothedIdf(2, 1)).toBeCloseTo(Math.log(1.5) + 1, 12);
  });

  it('computes the cosine of a hand-worked example', () => {
    // two documents: A = {x: 1, y: 1}, B = {x: 1}; N = 2, df(x) = 2, df(y) = 1
    const idf = new Float64Array([smoothedIdf(2, 2), smoothedIdf(2, 1)]);
    const a = tfidfVector(
      new Map([
        [0, 1],
        [1, 1],
      ]),
      idf,
    );
    const b = tfidfVector(new Map([[0, 1]]), idf);
    // A = (1, 1.405465) / 1.724915 = (0.579739, 0.814802), B = (1, 0) → cos = 0.579739
    expect(a[0][1]).toBeCloseTo(0.579739, 5);
    expect(a[1][1]).toBeCloseTo(0.814802, 5);
    const rows = buildRows([a, b]);
    expect(dotRows(rows, 0, rows, 1)).toBeCloseTo(0.579739, 5);
    expect(dotRows(rows, 0, rows, 0)).toBeCloseTo(1, 12);
  });

  it('accumulates the same cosines through the postings as by merging rows', () => {
    const idf = new Float64Array([1, 2, 3, 1.5]);
    const vectors = [
      tfidfVector(
        new Map([
          [0, 2],
          [1, 1],
        ]),
        idf,
      ),
      tfidfVector(
        new Map([
          [1, 1],
          [2, 4],
        ]),
        idf,
      ),
      tfidfVector(new Map([[3, 1]]), idf),
    ];
    const rows = buildRows(vectors);
    const postings = buildPostings(rows, 4);
    const acc = new Accumulator(3);
    acc.addRow(rows, 0, {
      postings,
      maxDf: Number.MAX_SAFE_INTEGER,
      cap: 1000,
      maxTerms: Infinity,
    });
    expect(acc.count).toBe(2); // row 2 shares no term with row 0 and is never touched
    expect(acc.scores[1]).toBeCloseTo(dotRows(rows, 0, rows, 1), 12);
    acc.reset();
    expect(acc.count).toBe(0);
    expect(Array.from(acc.scores)).toEqual([0, 0, 0]);
  });
});

describe(Accumulator.name, () => {
  // rows over 4 terms: row 0 = {0, 1}, row 1 = {1, 2}, row 2 = {3}, row 3 = {0, 1, 2, 3}
  const idf = new Float64Array([1, 2, 3, 1.5]);
  const tf = (...terms: number[]): Map<number, number> => new Map(terms.map((t) => [t, 1 + t]));
  const rows = buildRows(
    [tf(0, 1), tf(1, 2), tf(3), tf(0, 1, 2, 3)].map((m) => tfidfVector(m, idf)),
  );
  const postings = buildPostings(rows, 4);
  const ALL = Number.MAX_SAFE_INTEGER;

  it('gives the same scores walking densely as walking with the touched list', () => {
    const walk = { postings, maxDf: ALL, cap: 1000, maxTerms: Infinity };
    for (let row = 0; row < 4; row++) {
      const listed = new Accumulator(4);
      listed.addRow(rows, row, walk);
      const dense = new Accumulator(4);
      dense.addRowDense(rows, row, walk);
      expect(dense.count).toBe(0);
      expect(Array.from(dense.scores)).toEqual(Array.from(listed.scores));
      for (let other = 0; other < 4; other++)
        expect(dense.scores[other]).toBeCloseTo(dotRows(rows, row, rows, other), 12);
    }
  });

  it('counts the postings a walk visits, honouring maxDf, the cap and maxTerms', () => {
    // df: term 0 → 2, term 1 → 3, term 2 → 2, term 3 → 2
    const walk = (maxDf: number, cap: number, maxTerms = Infinity) => ({
      postings,
      maxDf,
      cap,
      maxTerms,
    });
    const acc = new Accumulator(4);
    expect(acc.walkLength(rows, 3, walk(ALL, 1000))).toBe(9);
    expect(acc.walkLength(rows, 3, walk(2, 1000))).toBe(6); // term 1 skipped
    expect(acc.walkLength(rows, 3, walk(ALL, 1))).toBe(4); // one posting per term
    // the heaviest term only: term 2 (idf 3, tf 3)
    expect(acc.walkLength(rows, 3, walk(ALL, 1000, 1))).toBe(2);
    acc.addRow(rows, 3, walk(ALL, 1000, 1));
    expect(Array.from(acc.touched.subarray(0, acc.count)).sort()).toEqual([1, 3]);
  });
});

describe(buildTfidfRows.name, () => {
  it('gives exactly the rows of buildRows over tfidfVector', () => {
    const idf = new Float64Array([1.5, 0, 2.25, 1, 3.1]);
    const tfs = [
      new Map([
        [4, 2],
        [0, 1],
        [2, 0.5],
        [1, 3],
      ]),
      new Map<number, number>(),
      new Map([[1, 1]]),
      new Map([
        [3, 1.5],
        [2, 7],
      ]),
    ];
    expect(buildTfidfRows(tfs, idf)).toEqual(buildRows(tfs.map((tf) => tfidfVector(tf, idf))));
  });
});
