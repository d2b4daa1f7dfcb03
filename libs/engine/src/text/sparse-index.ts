/**
 * Sparse TF-IDF vectors in compressed-row form and an inverted index over them. Terms are interned to integer
 * ids; rows keep their term ids sorted so two rows can be dotted by merging.
 */

/** Rows of sparse L2-normalised vectors (CSR): row r spans [ptr[r], ptr[r + 1]). */
export interface SparseRows {
  ptr: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
}

/** Postings per term (CSR by term), each list sorted by weight descending, then row ascending. */
export interface Postings {
  ptr: Int32Array;
  rows: Int32Array;
  weights: Float64Array;
}

/** Sublinear term frequency: 1 + ln(tf) above 1, linear below (a lone compound part of weight 0.5 stays 0.5). */
export function sublinearTf(tf: number): number {
  return tf > 1 ? 1 + Math.log(tf) : tf;
}

/** BM25's k1: how fast repeated occurrences of a term in one document saturate (Robertson's usual 1.2). */
export const BM25_K1 = 1.2;

/**
 * Saturated term frequency, BM25's (k1 + 1) · tf / (tf + k1) above 1 (at most k1 + 1), linear below (a lone
 * compound part of weight 0.5 stays 0.5). Length normalisation is left to the cosine.
 */
export function saturatedTf(tf: number): number {
  return tf > 1 ? ((BM25_K1 + 1) * tf) / (tf + BM25_K1) : tf;
}

/** Smoothed inverse document frequency over N documents: ln((1 + N) / (1 + df)) + 1. */
export function smoothedIdf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Turn raw (field-weighted) term frequencies into an L2-normalised TF-IDF vector, sorted by term id. */
export function tfidfVector(
  tf: ReadonlyMap<number, number>,
  idf: Float64Array,
): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [term, f] of tf) {
    const w = sublinearTf(f) * idf[term];
    if (w > 0) {
      entries.push([term, w]);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm);
  entries.sort((a, b) => a[0] - b[0]);
  if (norm > 0) for (const e of entries) e[1] /= norm;
  return entries;
}

/**
 * buildRows(tfs.map((tf) => tfidfVector(tf, idf))) without the intermediate arrays (same values: the norm is
 * summed in the map's order, each weight divided by it). `norms`, when given, receives each row's L2 norm before
 * normalisation; `tfWeight` turns a raw (field-weighted) term frequency into a weight (default sublinearTf).
 */
export function buildTfidfRows(
  tfs: ReadonlyArray<ReadonlyMap<number, number>>,
  idf: Float64Array,
  norms?: Float64Array,
  tfWeight: (tf: number) => number = sublinearTf,
): SparseRows {
  let capacity = 0;
  for (const tf of tfs) capacity += tf.size;
  const ptr = new Int32Array(tfs.length + 1);
  const terms = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  const dense = new Float64Array(idf.length);
  let total = 0;
  for (let r = 0; r < tfs.length; r++) {
    ptr[r] = total;
    let norm = 0;
    for (const [term, f] of tfs[r]) {
      const w = tfWeight(f) * idf[term];
      if (w > 0) {
        terms[total++] = term;
        dense[term] = w;
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm);
    if (norms) norms[r] = norm;
    const row = terms.subarray(ptr[r], total);
    row.sort();
    for (let k = ptr[r]; k < total; k++) {
      const t = terms[k];
      weights[k] = norm > 0 ? dense[t] / norm : dense[t];
      dense[t] = 0;
    }
  }
  ptr[tfs.length] = total;
  return { ptr, terms: terms.slice(0, total), weights: weights.slice(0, total) };
}

export function buildRows(vectors: ReadonlyArray<ReadonlyArray<[number, number]>>): SparseRows {
  const ptr = new Int32Array(vectors.length + 1);
  let total = 0;
  for (let r = 0; r < vectors.length; r++) {
    ptr[r] = total;
    total += vectors[r].length;
  }
  ptr[vectors.length] = total;
  const terms = new Int32Array(total);
  const weights = new Float64Array(total);
  let k = 0;
  for (const v of vectors) {
    for (const [t, w] of v) {
      terms[k] = t;
      weights[k] = w;
      k++;
    }
  }
  return { ptr, terms, weights };
}

/** Invert rows into postings by term. */
export function buildPostings(rows: SparseRows, numTerms: number): Postings {
  const counts = new Int32Array(numTerms + 1);
  for (let k = 0; k < rows.terms.length; k++) counts[rows.terms[k] + 1]++;
  const ptr = new Int32Array(numTerms + 1);
  for (let t = 0; t < numTerms; t++) ptr[t + 1] = ptr[t] + counts[t + 1];
  const fill = ptr.slice(0, numTerms);
  const postRows = new Int32Array(rows.terms.length);
  const postWeights = new Float64Array(rows.terms.length);
  const numRows = rows.ptr.length - 1;
  for (let r = 0; r < numRows; r++) {
    for (let k = rows.ptr[r]; k < rows.ptr[r + 1]; k++) {
      const at = fill[rows.terms[k]]++;
      postRows[at] = r;
      postWeights[at] = rows.weights[k];
    }
  }
  // sort each list by weight desc (rows asc on ties) so a capped walk visits the strongest postings first
  let maxLength = 0;
  for (let t = 0; t < numTerms; t++) maxLength = Math.max(maxLength, ptr[t + 1] - ptr[t]);
  const idxBuffer = new Int32Array(maxLength);
  const rowBuffer = new Int32Array(maxLength);
  const weightBuffer = new Float64Array(maxLength);
  const byWeightThenRow = (x: number, y: number): number =>
    postWeights[y] - postWeights[x] || postRows[x] - postRows[y];
  for (let t = 0; t < numTerms; t++) {
    const a = ptr[t];
    const b = ptr[t + 1];
    const n = b - a;
    if (n < 2) continue;
    const idx = idxBuffer.subarray(0, n);
    for (let i = 0; i < n; i++) idx[i] = a + i;
    idx.sort(byWeightThenRow);
    for (let i = 0; i < n; i++) {
      rowBuffer[i] = postRows[idx[i]];
      weightBuffer[i] = postWeights[idx[i]];
    }
    postRows.set(rowBuffer.subarray(0, n), a);
    postWeights.set(weightBuffer.subarray(0, n), a);
  }
  return { ptr, rows: postRows, weights: postWeights };
}

/** Dot product of row i of a and row j of b (merge of sorted term ids). */
export function dotRows(a: SparseRows, i: number, b: SparseRows, j: number): number {
  let x = a.ptr[i];
  const xe = a.ptr[i + 1];
  let y = b.ptr[j];
  const ye = b.ptr[j + 1];
  let sum = 0;
  while (x < xe && y < ye) {
    const tx = a.terms[x];
    const ty = b.terms[y];
    if (tx === ty) {
      sum += a.weights[x++] * b.weights[y++];
    } else if (tx < ty) x++;
    else y++;
  }
  return sum;
}

/**
 * Which postings a walk visits: only terms found in at most maxDf rows, at most cap postings (the strongest) per
 * term, and only the maxTerms heaviest terms of a longer query row (Infinity: all of them).
 */
export interface PostingsWalk {
  postings: Postings;
  maxDf: number;
  cap: number;
  maxTerms: number;
  /**
   * Terms (1 at their id) that count only together with another term: they add to rows the other terms reached,
   * never reach a row on their own.
   */
  secondary?: Uint8Array;
}

/** Query-term pruning: the weight of the maxTerms-th heaviest term of a longer row (0 walks every term). */
function minQueryWeight(query: SparseRows, row: number, maxTerms: number): number {
  const start = query.ptr[row];
  const end = query.ptr[row + 1];
  if (end - start <= maxTerms) return 0;
  const sorted = query.weights.slice(start, end).sort();
  return sorted[sorted.length - maxTerms];
}

/**
 * Accumulator for term-at-a-time scoring through postings: score[row] += q · w for every posting of every query
 * term, touching only rows that share a term with the query.
 */
export class Accumulator {
  readonly scores: Float64Array;
  readonly touched: Int32Array;
  count = 0;

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.touched = new Int32Array(size);
  }

  /** Add the query row's contributions through the postings `walk` allows; touched rows go to touched[0, count). */
  addRow(query: SparseRows, row: number, walk: PostingsWalk): void {
    this.walk(query, row, walk, true);
  }

  /**
   * addRow without listing the touched rows: cheaper when the query touches most rows. The caller reads every
   * row's score and sets it back to 0 itself (count stays 0).
   */
  addRowDense(query: SparseRows, row: number, walk: PostingsWalk): void {
    this.walk(query, row, walk, false);
  }

  /** How many postings addRow would visit for this row. */
  walkLength(query: SparseRows, row: number, walk: PostingsWalk): number {
    const { postings, maxDf, cap } = walk;
    const minWeight = minQueryWeight(query, row, walk.maxTerms);
    let total = 0;
    for (let k = query.ptr[row]; k < query.ptr[row + 1]; k++) {
      if (query.weights[k] < minWeight) continue;
      const t = query.terms[k];
      const df = postings.ptr[t + 1] - postings.ptr[t];
      if (df <= maxDf) total += Math.min(df, cap);
    }
    return total;
  }

  private walk(query: SparseRows, row: number, walk: PostingsWalk, track: boolean): void {
    const { secondary } = walk;
    if (secondary === undefined) {
      this.walkTerms(query, row, walk, track, 0);
      return;
    }
    this.walkTerms(query, row, walk, track, 1);
    this.walkTerms(query, row, walk, false, 2);
  }

  /** pass 0: every term; 1: the primary terms only; 2: the secondary terms, into rows already reached only. */
  private walkTerms(
    query: SparseRows,
    row: number,
    walk: PostingsWalk,
    track: boolean,
    pass: 0 | 1 | 2,
  ): void {
    const { scores, touched } = this;
    const { postings, maxDf, cap, secondary } = walk;
    const { rows: postRows, weights: postWeights } = postings;
    const minWeight = minQueryWeight(query, row, walk.maxTerms);
    let count = this.count;
    for (let k = query.ptr[row]; k < query.ptr[row + 1]; k++) {
      const q = query.weights[k];
      if (q < minWeight) continue;
      const t = query.terms[k];
      if (pass !== 0 && (secondary![t] === 1) !== (pass === 2)) continue;
      const a = postings.ptr[t];
      const b = postings.ptr[t + 1];
      if (b - a > maxDf) continue;
      const end = Math.min(b, a + cap);
      if (pass === 2) {
        for (let p = a; p < end; p++) {
          const r = postRows[p];
          const s = scores[r];
          if (s !== 0) scores[r] = s + q * postWeights[p];
        }
      } else if (track) {
        for (let p = a; p < end; p++) {
          const r = postRows[p];
          const s = scores[r];
          if (s === 0) touched[count++] = r;
          scores[r] = s + q * postWeights[p];
        }
      } else {
        for (let p = a; p < end; p++) scores[postRows[p]] += q * postWeights[p];
      }
    }
    this.count = count;
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) this.scores[this.touched[i]] = 0;
    this.count = 0;
  }
}
