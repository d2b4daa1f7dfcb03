import { mergeProfileDocuments, PIVOT_SLOPE } from './corpus';
import { buildRows } from './sparse-index';

/** Profile rows from documents given as (term, weight) lists, each document with its norm before normalisation. */
function merge(
  documents: Array<Array<[number, number]>>,
  norms: number[],
  profileDocPtr: number[],
): Array<Map<number, number>> {
  const rows = mergeProfileDocuments(
    buildRows(documents),
    Float64Array.from(norms),
    Int32Array.from(profileDocPtr),
    10,
  );
  return Array.from({ length: profileDocPtr.length - 1 }, (_, p) => {
    const m = new Map<number, number>();
    for (let k = rows.ptr[p]; k < rows.ptr[p + 1]; k++) m.set(rows.terms[k], rows.weights[k]);
    return m;
  });
}

const norm = (row: Map<number, number>): number =>
  Math.sqrt([...row.values()].reduce((s, w) => s + w * w, 0));

describe('pivoted length normalisation of profile rows', () => {
  it('keeps unit rows when every profile has the same length', () => {
    const rows = merge([[[0, 1]], [[1, 1]]], [2, 2], [0, 1, 2]);
    for (const row of rows) expect(norm(row)).toBeCloseTo(1, 12);
  });

  it('divides by (1 − s) · mean norm + s · own norm: long profiles keep part of their extra evidence', () => {
    // profile 0: one document of norm 1; profile 1: four orthogonal documents of norm 1 each (norm 2 summed)
    const rows = merge(
      [[[0, 1]], [[1, 1]], [[2, 1]], [[3, 1]], [[4, 1]]],
      [1, 1, 1, 1, 1],
      [0, 1, 5],
    );
    const pivot = (1 + 2) / 2;
    expect(norm(rows[0])).toBeCloseTo(1 / ((1 - PIVOT_SLOPE) * pivot + PIVOT_SLOPE * 1), 12);
    expect(norm(rows[1])).toBeCloseTo(2 / ((1 - PIVOT_SLOPE) * pivot + PIVOT_SLOPE * 2), 12);
    // shorter than the pivot: less than unit length; longer: more (plain cosine would make both 1)
    expect(norm(rows[0])).toBeLessThan(1);
    expect(norm(rows[1])).toBeGreaterThan(1);
    // within a profile the term proportions are those of the summed documents
    expect(rows[1].get(1)).toBeCloseTo(rows[1].get(4)!, 12);
  });
});
