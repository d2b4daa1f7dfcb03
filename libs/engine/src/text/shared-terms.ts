/**
 * The terms a need shares with a profile or another need, as weighted stems and as readable words for
 * explanations.
 */
import { TextCorpus } from './corpus';

/** Shortest word a shown word may begin or end with and still be taken for its part (not a chance prefix). */
const MIN_PART_LENGTH = 4;

/**
 * Whether two readable words would show one concept twice: the same word, or one begins or ends with the other
 * ("drivkraft" and "kraft", "stilling" and "stiller" through "still"). The broker sees the stronger one only.
 */
export function sameConcept(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const core = short.length > MIN_PART_LENGTH + 1 ? short.slice(0, -2) : short;
  if (core.length < MIN_PART_LENGTH) return false;
  return long.startsWith(core) || long.endsWith(short);
}

export class SharedTerms {
  /** Per term id: the strongest contribution seen in the current pair (kept at 0 between calls). */
  private bestByTerm: Float64Array | undefined;

  constructor(
    private readonly corpus: TextCorpus,
    private readonly maxSharedTerms: number,
  ) {}

  /**
   * Per shared stem: need weight × profile weight (its contribution to the text cosine), strongest first. `dense`
   * is the need's vector scattered over term ids.
   */
  contributions(dense: Float64Array, profileIndex: number): Map<string, number> {
    const best = this.best();
    return this.take(this.collect(dense, profileIndex, best), best).contributions;
  }

  /**
   * A pair's text cosine (exactly as TextAffinityModel.textCosine sums it), its term contributions and its readable
   * shared words (surfaces(contributions)) from one pass over the profile's row: what an affinity needs.
   */
  ofPair(
    dense: Float64Array,
    profileIndex: number,
  ): { cosine: number; contributions: Map<string, number>; surfaces: string[] } {
    const { ptr, terms, weights } = this.corpus.profileRows;
    const { generic } = this.corpus;
    const best = this.best();
    const shared: number[] = [];
    // topic terms first, then generic ones (only when a topic term is shared): the order of textCosine's sum
    let sum = 0;
    for (let k = ptr[profileIndex]; k < ptr[profileIndex + 1]; k++) {
      const t = terms[k];
      if (generic[t] === 1) continue;
      const q = dense[t];
      if (q === 0) continue; // adds 0 to the sum
      const c = q * weights[k];
      sum += c;
      best[t] = c;
      shared.push(t);
    }
    const topic = sum > 0;
    if (topic)
      for (let k = ptr[profileIndex]; k < ptr[profileIndex + 1]; k++)
        if (generic[terms[k]] === 1) sum += dense[terms[k]] * weights[k];
    return { cosine: topic ? sum : 0, ...this.take(shared, best) };
  }

  /**
   * surfaces(contributions(dense, profileIndex)) without building the map: the readable shared words of a pair,
   * strongest first, without duplicates.
   */
  surfacesOf(dense: Float64Array, profileIndex: number): string[] {
    const { vocabulary } = this.corpus;
    const { terms } = vocabulary;
    const best = this.best();
    const shared = this.collect(dense, profileIndex, best);
    // the strongest first (ties: stem order), selected one at a time: only the first few are needed
    const before = (a: number, b: number): boolean =>
      best[a] > best[b] || (best[a] === best[b] && terms[a] < terms[b]);
    const out: string[] = [];
    for (let pos = 0; pos < shared.length && out.length < this.maxSharedTerms; pos++) {
      let m = pos;
      for (let x = pos + 1; x < shared.length; x++) if (before(shared[x], shared[m])) m = x;
      const t = shared[m];
      shared[m] = shared[pos];
      shared[pos] = t;
      const surface = vocabulary.surfaceOfTerm(t);
      if (!out.some((shown) => sameConcept(shown, surface))) out.push(surface);
    }
    for (const t of shared) best[t] = 0;
    return out;
  }

  /** Readable shared words, strongest first, without duplicates. */
  surfaces(contributions: ReadonlyMap<string, number>): string[] {
    const { termIds } = this.corpus.vocabulary;
    return this.surfacesOfTerms([...contributions.keys()].map((stem) => termIds.get(stem) ?? stem));
  }

  /** surfaces() of terms given by id (or, unknown to the vocabulary, by stem), strongest first. */
  private surfacesOfTerms(terms: ReadonlyArray<number | string>): string[] {
    const { vocabulary } = this.corpus;
    const out: string[] = [];
    for (const t of terms) {
      const s = typeof t === 'number' ? vocabulary.surfaceOfTerm(t) : t;
      if (!out.some((shown) => sameConcept(shown, s))) out.push(s);
      if (out.length >= this.maxSharedTerms) break;
    }
    return out;
  }

  /**
   * The text cosine of two needs' topics (dotRows of their rows, summed in the same order) and the readable topic
   * words they share, by the product of their weights: one merge of the two rows.
   */
  ofNeeds(a: number, b: number): { cosine: number; surfaces: string[] } {
    const r = this.corpus.needTopicRows;
    const shared: Array<[number, number]> = [];
    let sum = 0;
    let x = r.ptr[a];
    let y = r.ptr[b];
    while (x < r.ptr[a + 1] && y < r.ptr[b + 1]) {
      if (r.terms[x] === r.terms[y]) {
        const c = r.weights[x] * r.weights[y];
        sum += c;
        shared.push([r.terms[x], c]);
        x++;
        y++;
      } else if (r.terms[x] < r.terms[y]) x++;
      else y++;
    }
    shared.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    return { cosine: sum, surfaces: this.surfacesOfTerms(shared.map(([t]) => t)) };
  }

  /**
   * The shared terms (contributions in best[]) strongest first (ties: stem order) as a map and as readable words;
   * best[] is left at 0.
   */
  private take(
    shared: number[],
    best: Float64Array,
  ): { contributions: Map<string, number>; surfaces: string[] } {
    const { terms } = this.corpus.vocabulary;
    shared.sort((a, b) => best[b] - best[a] || (terms[a] < terms[b] ? -1 : 1));
    const contributions = new Map<string, number>();
    for (const t of shared) {
      contributions.set(terms[t], best[t]);
      best[t] = 0;
    }
    return { contributions, surfaces: this.surfacesOfTerms(shared) };
  }

  private best(): Float64Array {
    return (this.bestByTerm ??= new Float64Array(this.corpus.vocabulary.terms.length));
  }

  /** The topic terms (not generic) the need shares with the profile, each with its contribution. */
  private collect(dense: Float64Array, profileIndex: number, best: Float64Array): number[] {
    const { ptr, terms, weights } = this.corpus.profileRows;
    const shared: number[] = [];
    const { generic } = this.corpus;
    for (let k = ptr[profileIndex]; k < ptr[profileIndex + 1]; k++) {
      const t = terms[k];
      const q = dense[t];
      if (q === 0 || generic[t] === 1) continue;
      best[t] = q * weights[k];
      shared.push(t);
    }
    return shared;
  }
}
