/**
 * The text-relevance AffinityModel of a problem (see ../model/affinity-model.ts): scores needs against profiles on
 * the corpus of ./corpus.ts, combined with theme, region and project-type fit. Text relevance of a need to a
 * profile is the cosine of the need's vector with the profile's whole evidence (own text and every reference in
 * one vector; see mergeProfileDocuments).
 */
import {
  EngineOptions,
  Language,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  Settings,
} from '../exchange/types';
import { AffinityModel, NeedNeighbour, NeedProfileAffinity } from '../model/affinity-model';
import {
  calibrateText,
  NEUTRAL,
  profileCounties,
  projectTypeFit,
  regionFit,
  themeMask,
  themeOverlap,
} from './affinity-components';
import { buildCorpus, TextCorpus, Vocabulary } from './corpus';
import { SharedTerms } from './shared-terms';
import {
  Accumulator,
  buildPostings,
  Postings,
  PostingsWalk,
  SparseRows,
} from './sparse-index';
import { rankOf, TopK } from './top-k';

/** Tuning knobs of the index walk (not part of the exchange-format settings). */
export interface TextIndexOptions {
  /** Postings walked per term at most (the strongest first). */
  postingsCap: number;
  /** need↔need: terms in more than this fraction of needs are skipped once there are at least 500 needs. */
  needNeedMaxDfFraction: number;
  /** Shared terms reported per pair. */
  maxSharedTerms: number;
  /** Strength of the theme modulation of need↔need similarity (see needSimilarity). */
  needThemeWeight: number;
  /**
   * need↔profile candidate generation skips terms found in more than this fraction of the profiles walked,
   * but only when needs × profiles exceeds largeProblemPairs. The selected candidates (a pool of
   * k + 10) are then rescored exactly, so only pairs whose overlap is made of very common terms can be missed.
   */
  commonTermDfFraction: number;
  largeProblemPairs: number;
  /** On large problems, candidate generation walks at most this many (the heaviest) terms of a query row. */
  maxQueryTerms: number;
  /** On large problems, postings walked per term at most (the strongest first). */
  largePostingsCap: number;
  /**
   * A need whose walk visits at least this many postings per profile is collected by one pass over all
   * profiles instead of a list of the touched ones (same cosines, fewer steps when most are touched).
   */
  denseCollectFraction: number;
}

export const DEFAULT_TEXT_INDEX_OPTIONS: TextIndexOptions = {
  postingsCap: 20_000,
  needNeedMaxDfFraction: 0.1,
  maxSharedTerms: 8,
  needThemeWeight: 0.2,
  commonTermDfFraction: 0.2,
  largeProblemPairs: 2e7,
  maxQueryTerms: 40,
  largePostingsCap: 2_000,
  denseCollectFraction: 0.5,
};

/** A stand-in need for tabulating the project-type fit of competence projects. */
const COMPETENCE_NEED = { projectType: 'COMPETENCE_PROJECT' } as ProblemNeed;

const REGION_VALUES = [0, NEUTRAL, 1] as const;

export class TextAffinityModel implements AffinityModel {
  readonly terms: string[];
  private readonly vocabulary: Vocabulary;
  private readonly shared: SharedTerms;

  readonly needRows: SparseRows;
  /** One row per profile: its whole evidence. */
  readonly profileRows: SparseRows;
  /** Postings of the need rows, built on first use (need ↔ need and profile → needs only; not for scoring). */
  private needPostingsCache: Postings | undefined;
  private needTopicPostingsCache: Postings | undefined;
  /** The needs' topics: need rows without generic terms (need ↔ need similarity, coverage). */
  readonly needTopicRows: SparseRows;
  /** Generic terms of the problem (1 at their id); see genericTerms. */
  readonly generic: Uint8Array;
  private readonly profilePostings: Postings;
  readonly needLanguages: Language[];

  private readonly needThemes: Int32Array;
  private readonly profileThemes: Int32Array;
  private readonly needCounty: Array<string | undefined>;
  private readonly profileCountySets: Array<ReadonlySet<string> | null>;
  private readonly profileOrgs: Array<ProblemOrganization | undefined>;
  /** Rank of each profile / need id in string order, for deterministic tie-breaks. */
  readonly profileRank: Int32Array;
  readonly needRank: Int32Array;
  private readonly weightSum: number;
  /** True when candidate generation skips very common terms (large problems); see TextIndexOptions. */
  readonly pruned: boolean;
  private readonly profileMaxDf: number;
  private readonly needMaxDf: number;
  private readonly maxQueryTerms: number;
  private readonly postingsCap: number;
  /** need → profiles: the postings walk of candidate collection. */
  private readonly profileWalk: PostingsWalk;

  private needAcc: Accumulator | undefined;
  private denseNeed: Float64Array | undefined;
  private denseNeedIndex = -1;
  private profileAcc: Accumulator | undefined;
  /** Candidates of the last collectTextCandidates call: profile indices and their text cosines. */
  private readonly candidateProfiles: Int32Array;
  private readonly candidateCosines: Float64Array;
  /** Affinity weights as plain numbers (hot loops). */
  private readonly wText: number;
  private readonly wThemes: number;
  private readonly wRegion: number;
  private readonly wProjectType: number;
  /** Region fit as a table: code (0 → 0, 1 → NEUTRAL, 2 → 1) at profile × (county column of the need). */
  private readonly regionCodes: Uint8Array | undefined;
  private readonly regionColumns: number;
  private readonly needRegionColumn: Int32Array;
  /** Project-type fit of each profile for a competence project (every other need type fits 1). */
  private readonly competenceFit: Float64Array;
  private readonly needIsCompetence: Uint8Array;

  /** The analysed texts (corpusData ships them to other processes). */
  readonly corpus: TextCorpus;

  /** `analysed`: the problem's corpus when already analysed (corpusFromData); built from the problem otherwise. */
  constructor(
    readonly problem: Problem,
    readonly settings: Settings,
    onProgress?: EngineOptions['onProgress'],
    readonly options: TextIndexOptions = DEFAULT_TEXT_INDEX_OPTIONS,
    analysed?: TextCorpus,
  ) {
    const { needs, profiles, organizations } = problem;
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    const report = (f: number): void => onProgress?.('scoring', f);
    report(0);

    const corpus = analysed ?? buildCorpus(problem, onProgress);
    if (
      corpus.needRows.ptr.length !== needs.length + 1 ||
      corpus.profileRows.ptr.length !== profiles.length + 1
    )
      throw new Error('the corpus belongs to another problem');
    this.corpus = corpus;
    this.vocabulary = corpus.vocabulary;
    this.terms = corpus.vocabulary.terms;
    this.needRows = corpus.needRows;
    this.needTopicRows = corpus.needTopicRows;
    this.generic = corpus.generic;
    this.profileRows = corpus.profileRows;
    this.profilePostings = corpus.profilePostings;
    this.needLanguages = corpus.needLanguages;
    this.shared = new SharedTerms(corpus, options.maxSharedTerms);

    // non-text components
    this.needThemes = Int32Array.from(needs, (x) => themeMask(x.themes));
    this.profileThemes = Int32Array.from(profiles, (x) => themeMask(x.themes));
    this.needCounty = needs.map((x) => orgById.get(x.organizationId)?.countyNumber);
    this.profileCountySets = profiles.map(profileCounties);
    this.profileOrgs = profiles.map((p) => orgById.get(p.organizationId));
    this.profileRank = rankOf(profiles.map((p) => p.id));
    this.needRank = rankOf(needs.map((x) => x.id));
    const w = settings.affinityWeights;
    this.weightSum = w.text + w.themes + w.region + w.projectType;
    this.wText = w.text;
    this.wThemes = w.themes;
    this.wRegion = w.region;
    this.wProjectType = w.projectType;
    // region fit depends only on the need's county (or its absence) and the profile: tabulate it
    const countyColumn = new Map<string, number>();
    for (const c of this.needCounty)
      if (c !== undefined && !countyColumn.has(c)) countyColumn.set(c, countyColumn.size);
    this.regionColumns = countyColumn.size + 1; // the last column: county unknown
    this.needRegionColumn = Int32Array.from(this.needCounty, (c) =>
      c === undefined ? countyColumn.size : (countyColumn.get(c) as number),
    );
    if (profiles.length * this.regionColumns <= 5e7) {
      const codes = new Uint8Array(profiles.length * this.regionColumns);
      const columnCounties: Array<string | undefined> = [...countyColumn.keys(), undefined];
      for (let p = 0; p < profiles.length; p++) {
        for (let c = 0; c < this.regionColumns; c++) {
          const fit = regionFit(columnCounties[c], this.profileCountySets[p]);
          codes[p * this.regionColumns + c] = fit === 0 ? 0 : fit === 1 ? 2 : 1;
        }
      }
      this.regionCodes = codes;
    }
    this.competenceFit = Float64Array.from(profiles, (_, p) =>
      projectTypeFit(COMPETENCE_NEED, this.profileOrgs[p], settings),
    );
    this.needIsCompetence = Uint8Array.from(needs, (n) =>
      n.projectType === 'COMPETENCE_PROJECT' ? 1 : 0,
    );

    this.pruned = needs.length * profiles.length > options.largeProblemPairs;
    this.profileMaxDf = this.pruned
      ? Math.max(1, Math.floor(options.commonTermDfFraction * profiles.length))
      : Number.MAX_SAFE_INTEGER;
    this.needMaxDf = this.pruned
      ? Math.max(1, Math.floor(options.commonTermDfFraction * needs.length))
      : Number.MAX_SAFE_INTEGER;
    this.maxQueryTerms = this.pruned ? options.maxQueryTerms : Infinity;
    this.postingsCap = this.pruned
      ? Math.min(options.postingsCap, options.largePostingsCap)
      : options.postingsCap;
    this.profileWalk = {
      postings: this.profilePostings,
      maxDf: this.profileMaxDf,
      cap: this.postingsCap,
      maxTerms: this.maxQueryTerms,
      secondary: this.generic,
    };
    this.candidateProfiles = new Int32Array(profiles.length);
    this.candidateCosines = new Float64Array(profiles.length);
    report(1);
  }

  /** A walk through the need postings (built on first use): generic terms add only to needs a topic word reached. */
  private needWalk(maxDf: number): PostingsWalk {
    return {
      postings: (this.needPostingsCache ??= buildPostings(this.needRows, this.terms.length)),
      maxDf,
      cap: this.postingsCap,
      maxTerms: this.maxQueryTerms,
      secondary: this.generic,
    };
  }

  /** A walk through the postings of the needs' topics (built on first use). */
  private needTopicWalk(maxDf: number): PostingsWalk {
    return {
      postings: (this.needTopicPostingsCache ??= buildPostings(
        this.needTopicRows,
        this.terms.length,
      )),
      maxDf,
      cap: this.postingsCap,
      maxTerms: this.maxQueryTerms,
    };
  }

  // ---- scoring ---------------------------------------------------------------------------------------------

  /**
   * Exact text cosine of a need and a profile's whole evidence; 0 when they share generic terms only (generic
   * terms count next to a topic word, never on their own).
   */
  textCosine(needIndex: number, profileIndex: number): number {
    const dense = this.scatterNeed(needIndex);
    const { ptr, terms, weights } = this.profileRows;
    const generic = this.generic;
    // topic terms first, then generic ones: the order (and so the rounding) of the index walk
    let sum = 0;
    for (let k = ptr[profileIndex]; k < ptr[profileIndex + 1]; k++)
      if (generic[terms[k]] === 0) sum += dense[terms[k]] * weights[k];
    const topic = sum > 0;
    for (let k = ptr[profileIndex]; k < ptr[profileIndex + 1]; k++)
      if (generic[terms[k]] === 1) sum += dense[terms[k]] * weights[k];
    return topic ? sum : 0;
  }

  /**
   * The need's vector scattered into a dense array over term ids (kept until another need is scattered), so a
   * profile is dotted in O(its length).
   */
  private scatterNeed(needIndex: number): Float64Array {
    const dense = (this.denseNeed ??= new Float64Array(this.terms.length));
    if (this.denseNeedIndex !== needIndex) {
      const rows = this.needRows;
      if (this.denseNeedIndex >= 0) {
        for (let k = rows.ptr[this.denseNeedIndex]; k < rows.ptr[this.denseNeedIndex + 1]; k++)
          dense[rows.terms[k]] = 0;
      }
      for (let k = rows.ptr[needIndex]; k < rows.ptr[needIndex + 1]; k++)
        dense[rows.terms[k]] = rows.weights[k];
      this.denseNeedIndex = needIndex;
    }
    return dense;
  }

  /** Upper bound of the score of a pair with this text cosine (every other component at 1). */
  scoreBound(cosine: number): number {
    if (this.weightSum <= 0) return 0;
    return (
      (this.wText * calibrateText(cosine) + this.wThemes + this.wRegion + this.wProjectType) /
      this.weightSum
    );
  }

  /** Region fit of a pair (tabulated). */
  private regionOf(needIndex: number, profileIndex: number): number {
    return this.regionCodes === undefined
      ? regionFit(this.needCounty[needIndex], this.profileCountySets[profileIndex])
      : REGION_VALUES[
          this.regionCodes[profileIndex * this.regionColumns + this.needRegionColumn[needIndex]]
        ];
  }

  /** Project-type fit of a pair (tabulated). */
  private projectTypeOf(needIndex: number, profileIndex: number): number {
    return this.needIsCompetence[needIndex] === 1 ? this.competenceFit[profileIndex] : 1;
  }

  /** The weighted combination of the components. */
  private combine(text: number, themes: number, region: number, projectType: number): number {
    if (this.weightSum <= 0) return 0;
    return (
      (this.wText * text +
        this.wThemes * themes +
        this.wRegion * region +
        this.wProjectType * projectType) /
      this.weightSum
    );
  }

  /** Weighted score of a pair from its text cosine (allocation-free version of components().score). */
  scoreOf(needIndex: number, profileIndex: number, cosine: number): number {
    return this.combine(
      calibrateText(cosine),
      themeOverlap(this.needThemes[needIndex], this.profileThemes[profileIndex]),
      this.regionOf(needIndex, profileIndex),
      this.projectTypeOf(needIndex, profileIndex),
    );
  }

  /** Components and weighted score of a pair from its text cosine. */
  components(
    needIndex: number,
    profileIndex: number,
    cosine: number,
  ): { score: number; text: number; themes: number; region: number; projectType: number } {
    const text = calibrateText(cosine);
    const themes = themeOverlap(this.needThemes[needIndex], this.profileThemes[profileIndex]);
    const region = this.regionOf(needIndex, profileIndex);
    const projectType = this.projectTypeOf(needIndex, profileIndex);
    return {
      score: this.combine(text, themes, region, projectType),
      text,
      themes,
      region,
      projectType,
    };
  }

  /**
   * Profiles sharing at least one term with a need, with their text cosines (term-at-a-time through the
   * postings of the profiles). Calls visit(profileIndex, cosine) once per profile.
   */
  forEachTextCandidate(
    needIndex: number,
    visit: (profileIndex: number, cosine: number) => void,
  ): void {
    const n = this.collectTextCandidates(needIndex);
    const { candidateProfiles: profilesOut, candidateCosines: cosines } = this;
    for (let m = 0; m < n; m++) visit(profilesOut[m], cosines[m]);
  }

  /**
   * The text candidates of a need (see forEachTextCandidate) without a callback: returns their number; their
   * profile indices and cosines are in candidateBuffers() until the next call.
   */
  collectTextCandidates(needIndex: number): number {
    const numProfiles = this.profileRows.ptr.length - 1;
    const acc = (this.profileAcc ??= new Accumulator(numProfiles));
    const {
      needRows,
      profileWalk,
      candidateProfiles: profilesOut,
      candidateCosines: cosines,
    } = this;
    const { scores } = acc;
    let n = 0;
    // A need that shares terms with most profiles is cheaper to collect by one pass over all profiles than by
    // listing the touched ones; both give the same cosines.
    if (
      acc.walkLength(needRows, needIndex, profileWalk) >=
      numProfiles * this.options.denseCollectFraction
    ) {
      acc.addRowDense(needRows, needIndex, profileWalk);
      for (let p = 0; p < numProfiles; p++) {
        const cos = scores[p];
        if (cos === 0) continue;
        scores[p] = 0;
        if (cos > 0) {
          profilesOut[n] = p;
          cosines[n++] = cos;
        }
      }
      return n;
    }
    acc.addRow(needRows, needIndex, profileWalk);
    const { touched } = acc;
    // the order does not matter for the results: every consumer breaks ties by id rank
    for (let k = 0; k < acc.count; k++) {
      const p = touched[k];
      const cos = scores[p];
      scores[p] = 0; // the accumulator's reset, folded into this pass
      if (cos > 0) {
        profilesOut[n] = p;
        cosines[n++] = cos;
      }
    }
    acc.count = 0;
    return n;
  }

  /** Buffers filled by collectTextCandidates: profile indices and text cosines. */
  candidateBuffers(): { profiles: Int32Array; cosines: Float64Array } {
    return { profiles: this.candidateProfiles, cosines: this.candidateCosines };
  }

  /** Needs sharing at least one term with a profile (own text or any reference), with their text cosines. */
  forEachNeedCandidate(
    profileIndex: number,
    visit: (needIndex: number, cosine: number) => void,
  ): void {
    const acc = (this.needAcc ??= new Accumulator(this.needRows.ptr.length - 1));
    acc.addRow(this.profileRows, profileIndex, this.needWalk(this.needMaxDf));
    const needs = Array.from(acc.touched.subarray(0, acc.count)).sort((x, y) => x - y);
    const cosines = needs.map((i) => acc.scores[i]);
    acc.reset();
    needs.forEach((i, m) => {
      if (cosines[m] > 0) visit(i, cosines[m]);
    });
  }

  /** How many candidates to select by index score before exact rescoring keeps k. */
  poolSize(k: number): number {
    return this.pruned ? k + 10 : k;
  }

  profilesForNeed(needIndex: number, k = 10): NeedProfileAffinity[] {
    return this.rerank(
      this.profilePool(needIndex, k).map((p) => this.affinity(needIndex, p)),
      (x) => this.profileRank[x.profileIndex],
    ).slice(0, k);
  }

  /**
   * The profiles of profilesForNeed(needIndex, k) in its order, ranked by their exact scores without building
   * their affinities (term contributions and shared words): for callers that use only a few of them.
   */
  profileRanking(needIndex: number, k = 10): number[] {
    // the exact score as affinity(needIndex, p).score computes it, ordered and cut as rerank does
    return this.profilePool(needIndex, k)
      .map((p) => ({ p, score: this.scoreOf(needIndex, p, this.textCosine(needIndex, p)) }))
      .filter((x) => x.score >= this.settings.minAffinity)
      .sort((x, y) => y.score - x.score || this.profileRank[x.p] - this.profileRank[y.p])
      .slice(0, k)
      .map((x) => x.p);
  }

  /** The candidates of a need's profile list by index score, before exact rescoring (poolSize(k) of them). */
  private profilePool(needIndex: number, k: number): number[] {
    const top = new TopK(this.poolSize(k));
    this.forEachTextCandidate(needIndex, (p, cos) => {
      if (top.full && this.scoreBound(cos) < top.worstScore) return;
      const score = this.scoreOf(needIndex, p, cos);
      if (score >= this.settings.minAffinity) top.offer(p, score, this.profileRank[p]);
    });
    return top.items();
  }

  needsForProfile(profileIndex: number, k = 10): NeedProfileAffinity[] {
    const top = new TopK(this.poolSize(k));
    this.forEachNeedCandidate(profileIndex, (i, cos) => {
      if (top.full && this.scoreBound(cos) < top.worstScore) return;
      const score = this.scoreOf(i, profileIndex, cos);
      if (score >= this.settings.minAffinity) top.offer(i, score, this.needRank[i]);
    });
    return this.rerank(
      top.items().map((i) => this.affinity(i, profileIndex)),
      (x) => this.needRank[x.needIndex],
    ).slice(0, k);
  }

  /** Final ordering by the exact scores (pruning and caps can only have lowered a candidate's index score). */
  private rerank(
    items: NeedProfileAffinity[],
    rank: (x: NeedProfileAffinity) => number,
  ): NeedProfileAffinity[] {
    return items
      .filter((x) => x.score >= this.settings.minAffinity)
      .sort((x, y) => y.score - x.score || rank(x) - rank(y));
  }

  affinity(needIndex: number, profileIndex: number): NeedProfileAffinity {
    const pair = this.shared.ofPair(this.scatterNeed(needIndex), profileIndex);
    const c = this.components(needIndex, profileIndex, pair.cosine);
    return {
      needIndex,
      profileIndex,
      score: c.score,
      components: { text: c.text, themes: c.themes, region: c.region, projectType: c.projectType },
      sharedTerms: pair.surfaces,
      termContributions: pair.contributions,
    };
  }

  /** Per shared stem: need weight × profile weight, its contribution to the text cosine. */
  termContributions(needIndex: number, profileIndex: number): Map<string, number> {
    return this.shared.contributions(this.scatterNeed(needIndex), profileIndex);
  }

  /** sharedSurfaces(termContributions(needIndex, profileIndex)) without building the map. */
  sharedSurfacesOf(needIndex: number, profileIndex: number): string[] {
    return this.shared.surfacesOf(this.scatterNeed(needIndex), profileIndex);
  }

  /** Readable shared words, strongest first, without duplicates. */
  sharedSurfaces(contributions: ReadonlyMap<string, number>): string[] {
    return this.shared.surfaces(contributions);
  }

  similarNeeds(needIndex: number, k = 10): NeedNeighbour[] {
    const numNeeds = this.needRows.ptr.length - 1;
    const maxDf =
      numNeeds >= 500
        ? Math.max(1, Math.floor(this.options.needNeedMaxDfFraction * numNeeds))
        : Number.MAX_SAFE_INTEGER;
    const acc = (this.needAcc ??= new Accumulator(numNeeds));
    acc.addRow(this.needTopicRows, needIndex, this.needTopicWalk(maxDf));
    const top = new TopK(this.poolSize(k));
    for (let q = 0; q < acc.count; q++) {
      const other = acc.touched[q];
      if (other === needIndex) continue;
      top.offer(
        other,
        this.needSimilarity(needIndex, other, acc.scores[other]),
        this.needRank[other],
      );
    }
    acc.reset();
    const result = top.items().map((other) => {
      const pair = this.shared.ofNeeds(needIndex, other);
      return {
        needIndex: other,
        similarity: this.needSimilarity(needIndex, other, pair.cosine),
        sharedTerms: pair.surfaces,
      };
    });
    return result
      .filter((x) => x.similarity > 0)
      .sort(
        (x, y) =>
          y.similarity - x.similarity || this.needRank[x.needIndex] - this.needRank[y.needIndex],
      )
      .slice(0, k);
  }

  /**
   * need ↔ need similarity: the text cosine modulated by theme overlap,
   * min(1, cos · (1 + w · (2 · overlap − 1))) with w = needThemeWeight — ×(1 + w) for the same themes, ×(1 − w)
   * for disjoint ones, unchanged when either need has none. Needs never become similar through themes alone.
   */
  needSimilarity(a: number, b: number, cosine: number): number {
    const overlap = themeOverlap(this.needThemes[a], this.needThemes[b]);
    return Math.min(1, cosine * (1 + this.options.needThemeWeight * (2 * overlap - 1)));
  }

  /** The need's topic terms (generic terms left out) with their weights. */
  needTerms(needIndex: number): Map<string, number> {
    const rows = this.needTopicRows;
    const out = new Map<string, number>();
    for (let k = rows.ptr[needIndex]; k < rows.ptr[needIndex + 1]; k++) {
      out.set(this.terms[rows.terms[k]], rows.weights[k]);
    }
    return out;
  }

  /** Most frequent written form of a stem (ties: shorter, then alphabetical); the stem itself when unknown. */
  surface(stem: string): string {
    return this.vocabulary.surface(stem);
  }
}
