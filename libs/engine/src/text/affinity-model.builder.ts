/**
 * Builds the text-relevance AffinityModel for a problem (see ../model/affinity-model.ts).
 *
 * Documents: each need (title ×2, description ×1), each profile's own text (title ×2, keywords ×2, methods ×1.5,
 * description ×1) and each of its references (title ×2, abstract ×1) is a separate TF-IDF vector. Document
 * frequency is counted over the matched entities (needs + profiles; a profile counts a term once whether it
 * appears in its own text or in references), per language class (see languageNormalisedIdf). Text relevance
 * of a need to a profile:
 *   text = max(cos(need, own), mean of the top min(2, R) cos(need, reference))
 * so a profile is judged by its best evidence, and a single lucky reference among many counts half.
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
import { detectLanguage, languageOfEvidence, wordEvidence } from './language-detector';
import {
  Accumulator,
  buildPostings,
  buildTfidfRows,
  dotRows,
  Postings,
  PostingsWalk,
  smoothedIdf,
  SparseRows,
} from './sparse-index';
import { AnalyzedTerm, LanguageClass, languageClass, TextAnalyzer } from './text-analyzer';
import { Token, tokenOf, tokenSurfaces } from './tokenizer';

export const FIELD_WEIGHTS = {
  title: 2,
  keywords: 2,
  methods: 1.5,
  description: 1,
  referenceTitle: 2,
  referenceAbstract: 1,
} as const;

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
   * need↔profile candidate generation skips terms found in more than this fraction of the documents walked,
   * but only when needs × profile documents exceeds largeProblemPairs. The selected candidates (a pool of
   * k + 10) are then rescored exactly, so only pairs whose overlap is made of very common terms can be missed.
   */
  commonTermDfFraction: number;
  largeProblemPairs: number;
  /** On large problems, candidate generation walks at most this many (the heaviest) terms of a query row. */
  maxQueryTerms: number;
  /** On large problems, postings walked per term at most (the strongest first). */
  largePostingsCap: number;
  /**
   * A need whose walk visits at least this many postings per profile document is collected by one pass over
   * all documents instead of a list of the touched ones (same cosines, fewer steps when most are touched).
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

type Weighted = Map<number, number>;

/** The analysed terms of one distinct token, with how often the token occurred. */
interface TokenTerms {
  ids: number[];
  weights: number[];
  surfaces: string[];
  surfaceWeights: number[];
  count: number;
}

/** A stand-in need for tabulating the project-type fit of competence projects. */
const COMPETENCE_NEED = { projectType: 'COMPETENCE_PROJECT' } as ProblemNeed;

const NO_WORDS = new Int32Array(0);

/** The language evidence of every distinct word, [nn, nb, no, en] at 4 × word id. */
function wordEvidenceTable(words: readonly Token[]): Float64Array {
  const table = new Float64Array(4 * words.length);
  words.forEach((word, id) => table.set(wordEvidence(word.surface), 4 * id));
  return table;
}

const REGION_VALUES = [0, NEUTRAL, 1] as const;

/** Share of the surface count a glossary-translated English word adds to its bokmål term's readable form. */
const TRANSLATED_SURFACE_WEIGHT = 0.25;

const LANGUAGE_CLASSES: readonly LanguageClass[] = ['no', 'en'];

/**
 * Smoothed idf with document frequency counted per language. Entities are the needs and the profiles (a
 * profile counts a term once across its own text and references); an entity belongs to every language class
 * its documents are written in. A term's document frequency rate is its highest rate within one language,
 * rate(t) = max_L df_L(t) / N_L, and idf(t) = ln((1 + N) / (1 + N · rate(t))) + 1.
 *
 * In a one-language problem this is the ordinary smoothed idf. In a mixed problem it keeps a small language
 * minority from looking specific: "want", "municipality" or "project" occur in nearly every English need, so
 * they are as common as "ønsker", "kommune" and "prosjekt" are among the Norwegian ones, although they are rare
 * in the corpus as a whole. Without it, generic English words get a high idf and English texts on unrelated
 * topics look similar to each other.
 */
export function languageNormalisedIdf(
  numTerms: number,
  needTf: readonly Weighted[],
  needLanguage: readonly LanguageClass[],
  docTf: readonly Weighted[],
  docLanguage: readonly LanguageClass[],
  profileDocPtr: Int32Array,
): Float64Array {
  const numProfiles = profileDocPtr.length - 1;
  const n = needTf.length + numProfiles;
  const df = LANGUAGE_CLASSES.map(() => new Int32Array(numTerms));
  const count = LANGUAGE_CLASSES.map(() => 0);
  const li = (c: LanguageClass): number => (c === 'en' ? 1 : 0);
  needTf.forEach((tf, i) => {
    const l = li(needLanguage[i]);
    count[l]++;
    const d = df[l];
    for (const t of tf.keys()) d[t]++;
  });
  const seen = LANGUAGE_CLASSES.map(() => new Int32Array(numTerms).fill(-1));
  for (let j = 0; j < numProfiles; j++) {
    const inLanguage = [false, false];
    for (let doc = profileDocPtr[j]; doc < profileDocPtr[j + 1]; doc++) {
      const l = li(docLanguage[doc]);
      inLanguage[l] = true;
      const d = df[l];
      const s = seen[l];
      for (const t of docTf[doc].keys()) {
        if (s[t] !== j) {
          s[t] = j;
          d[t]++;
        }
      }
    }
    if (inLanguage[0]) count[0]++;
    if (inLanguage[1]) count[1]++;
  }
  const idf = new Float64Array(numTerms);
  const present = [0, 1].filter((l) => count[l] > 0);
  if (present.length === 1) {
    const d = df[present[0]];
    for (let t = 0; t < numTerms; t++) idf[t] = smoothedIdf(n, d[t]);
    return idf;
  }
  for (let t = 0; t < numTerms; t++) {
    let rate = 0;
    for (const l of present) rate = Math.max(rate, df[l][t] / count[l]);
    idf[t] = smoothedIdf(n, n * rate);
  }
  return idf;
}

/** A scored need ↔ profile candidate before its explanation is attached. */
export interface RawPair {
  profileIndex: number;
  needIndex: number;
  text: number;
  score: number;
}

export class TextAffinityModel implements AffinityModel {
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly surfaces: Array<Map<string, number>> = [];
  private readonly surfaceCache: Array<string | undefined> = [];

  readonly needRows: SparseRows;
  /** Profile documents: profile j's own text is row profileDocPtr[j], its references follow. */
  readonly docRows: SparseRows;
  readonly profileDocPtr: Int32Array;
  readonly docProfile: Int32Array;
  /** Postings of the need rows, built on first use (need ↔ need and profile → needs only; not for scoring). */
  private needPostingsCache: Postings | undefined;
  private readonly docPostings: Postings;
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
  private readonly docMaxDf: number;
  private readonly needMaxDf: number;
  private readonly maxQueryTerms: number;
  private readonly postingsCap: number;
  /** need → profile documents: the postings walk of candidate collection. */
  private readonly docWalk: PostingsWalk;

  private needAcc: Accumulator | undefined;
  private markedBuffer: Int32Array | undefined;
  private denseNeed: Float64Array | undefined;
  private denseNeedIndex = -1;
  private bestByTerm: Float64Array | undefined;
  private docAcc: Accumulator | undefined;
  private readonly ownScore: Float64Array;
  private readonly ref1: Float64Array;
  private readonly ref2: Float64Array;
  private readonly profileMark: Uint8Array;
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

  constructor(
    readonly problem: Problem,
    readonly settings: Settings,
    onProgress?: EngineOptions['onProgress'],
    readonly options: TextIndexOptions = DEFAULT_TEXT_INDEX_OPTIONS,
  ) {
    const { needs, profiles, organizations } = problem;
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    const report = (f: number): void => onProgress?.('scoring', f);
    report(0);

    // tokens of every text, once: tokenisation does not depend on the language. Distinct surfaces get word ids.
    const wordIds = new Map<string, number>();
    const wordTokens: Token[] = [];
    const wordsOf = (text: string | undefined): Int32Array => {
      if (!text) return NO_WORDS;
      const surfaces = tokenSurfaces(text);
      const ids = new Int32Array(surfaces.length);
      for (let k = 0; k < surfaces.length; k++) {
        const surface = surfaces[k];
        let id = wordIds.get(surface);
        if (id === undefined) {
          id = wordTokens.length;
          wordIds.set(surface, id);
          wordTokens.push(tokenOf(surface));
        }
        ids[k] = id;
      }
      return ids;
    };
    let evidence: Float64Array | undefined; // wordEvidence of each word id, 4 numbers per word
    /** detectLanguage(text), from the texts' tokens when the text is short enough to be tokenised whole. */
    const detect = (text: string, texts: readonly Int32Array[]): Language => {
      if (text.length > 500) return detectLanguage(text);
      evidence ??= wordEvidenceTable(wordTokens);
      let nn = 0;
      let nb = 0;
      let no = 0;
      let en = 0;
      for (const ids of texts) {
        for (const id of ids) {
          nn += evidence[4 * id];
          nb += evidence[4 * id + 1];
          no += evidence[4 * id + 2];
          en += evidence[4 * id + 3];
        }
      }
      return languageOfEvidence(nn, nb, no, en).language;
    };
    const needWords = needs.map((n) => [wordsOf(n.title), wordsOf(n.description)]);
    const profileWords = profiles.map((p) => [
      wordsOf(p.title),
      ...(p.keywords ?? []).map(wordsOf),
      ...(p.methods ?? []).map(wordsOf),
      wordsOf(p.description),
    ]);
    const referenceWords = profiles.map((p) =>
      (p.references ?? []).map((r) => [wordsOf(r.title), wordsOf(r.abstract)]),
    );

    // languages
    this.needLanguages = needs.map(
      (n, i) => n.language ?? detect(`${n.title}\n${n.description ?? ''}`, needWords[i]),
    );
    const profileLanguages = profiles.map(
      (p, j) =>
        p.language ??
        detect(
          `${p.title}\n${(p.keywords ?? []).join(', ')}\n${(p.methods ?? []).join(', ')}\n${p.description ?? ''}`,
          profileWords[j],
        ),
    );
    const referenceLanguages = profiles.map((p, j) =>
      (p.references ?? []).map((r, k) =>
        detect(`${r.title}\n${r.abstract ?? ''}`, referenceWords[j][k]),
      ),
    );

    // pass 1: vocabulary for the compound splitter (occurrences counted per word, then observed in bulk)
    const analyzer = new TextAnalyzer();
    const classes = new Set(
      [...this.needLanguages, ...profileLanguages, ...referenceLanguages.flat()].map(languageClass),
    );
    analyzer.crossLingual = classes.size > 1;
    const occurrences = [new Int32Array(wordTokens.length), new Int32Array(wordTokens.length)];
    const count = (texts: readonly Int32Array[], lang: Language): void => {
      const c = occurrences[languageClass(lang) === 'en' ? 1 : 0];
      for (const ids of texts) for (const id of ids) c[id]++;
    };
    needs.forEach((_, i) => count(needWords[i], this.needLanguages[i]));
    profiles.forEach((_, j) => {
      count(profileWords[j], profileLanguages[j]);
      referenceWords[j].forEach((texts, k) => count(texts, referenceLanguages[j][k]));
    });
    for (let id = 0; id < wordTokens.length; id++) {
      if (occurrences[0][id] > 0) analyzer.observeToken(wordTokens[id], 'no', occurrences[0][id]);
      if (occurrences[1][id] > 0) analyzer.observeToken(wordTokens[id], 'en', occurrences[1][id]);
    }
    report(0.1);

    // pass 2: weighted term frequencies. Each distinct word (per language class) is analysed once; its terms
    // are interned at its first occurrence, so term ids come out in the same order as analysing every occurrence.
    const tokenTerms: Array<Array<TokenTerms | undefined>> = [[], []];
    const scratch: AnalyzedTerm[] = [];
    let acc = new Float64Array(1024);
    const order: number[] = [];
    const addText = (ids: Int32Array, lang: Language, fieldWeight: number): void => {
      const cls = languageClass(lang);
      const cache = tokenTerms[cls === 'en' ? 1 : 0];
      for (let w = 0; w < ids.length; w++) {
        const wordId = ids[w];
        let entry = cache[wordId];
        if (entry === undefined) {
          scratch.length = 0;
          analyzer.analyzeToken(wordTokens[wordId], cls, scratch);
          entry = {
            ids: scratch.map((x) => this.intern(x.term)),
            weights: scratch.map((x) => x.weight),
            surfaces: scratch.map((x) => x.surface),
            // translated English words count little toward the readable form: brokers read bokmål
            surfaceWeights: scratch.map((x) =>
              x.translated ? x.weight * TRANSLATED_SURFACE_WEIGHT : x.weight,
            ),
            count: 0,
          };
          cache[wordId] = entry;
          if (this.terms.length > acc.length) {
            const grown = new Float64Array(Math.max(2 * acc.length, this.terms.length));
            grown.set(acc);
            acc = grown;
          }
        }
        entry.count++;
        const { ids: termIds, weights } = entry;
        for (let k = 0; k < termIds.length; k++) {
          const id = termIds[k];
          if (acc[id] === 0) order.push(id);
          acc[id] += fieldWeight * weights[k];
        }
      }
    };
    /** The accumulated document as a map in first-occurrence order (as Map insertion would give). */
    const takeDocument = (): Weighted => {
      const tf: Weighted = new Map();
      for (const id of order) {
        tf.set(id, acc[id]);
        acc[id] = 0;
      }
      order.length = 0;
      return tf;
    };
    const needTf: Weighted[] = needs.map((n, i) => {
      addText(needWords[i][0], this.needLanguages[i], FIELD_WEIGHTS.title);
      addText(needWords[i][1], this.needLanguages[i], FIELD_WEIGHTS.description);
      return takeDocument();
    });
    const docTf: Weighted[] = [];
    this.profileDocPtr = new Int32Array(profiles.length + 1);
    profiles.forEach((p, j) => {
      this.profileDocPtr[j] = docTf.length;
      const lang = profileLanguages[j];
      const texts = profileWords[j];
      const numKeywords = (p.keywords ?? []).length;
      const numMethods = (p.methods ?? []).length;
      addText(texts[0], lang, FIELD_WEIGHTS.title);
      for (let k = 0; k < numKeywords; k++) addText(texts[1 + k], lang, FIELD_WEIGHTS.keywords);
      for (let m = 0; m < numMethods; m++)
        addText(texts[1 + numKeywords + m], lang, FIELD_WEIGHTS.methods);
      addText(texts[1 + numKeywords + numMethods], lang, FIELD_WEIGHTS.description);
      docTf.push(takeDocument());
      referenceWords[j].forEach(([title, abstract], k) => {
        addText(title, referenceLanguages[j][k], FIELD_WEIGHTS.referenceTitle);
        addText(abstract, referenceLanguages[j][k], FIELD_WEIGHTS.referenceAbstract);
        docTf.push(takeDocument());
      });
    });
    // readable forms: surface counts are sums of multiples of 1/8, exact in any order
    for (const cache of tokenTerms) {
      for (const entry of cache) {
        if (entry === undefined) continue;
        for (let k = 0; k < entry.ids.length; k++) {
          const s = this.surfaces[entry.ids[k]];
          const f = entry.surfaces[k];
          s.set(f, (s.get(f) ?? 0) + entry.surfaceWeights[k] * entry.count);
        }
      }
    }
    this.profileDocPtr[profiles.length] = docTf.length;
    this.docProfile = new Int32Array(docTf.length);
    for (let j = 0; j < profiles.length; j++) {
      for (let d = this.profileDocPtr[j]; d < this.profileDocPtr[j + 1]; d++)
        this.docProfile[d] = j;
    }
    report(0.5);

    // document frequency over entities (needs + profiles) per language class, and smoothed idf
    const numTerms = this.terms.length;
    const docLanguage: LanguageClass[] = [];
    profiles.forEach((p, j) => {
      docLanguage.push(languageClass(profileLanguages[j]));
      for (const lang of referenceLanguages[j]) docLanguage.push(languageClass(lang));
    });
    const idf = languageNormalisedIdf(
      numTerms,
      needTf,
      this.needLanguages.map(languageClass),
      docTf,
      docLanguage,
      this.profileDocPtr,
    );

    this.needRows = buildTfidfRows(needTf, idf);
    this.docRows = buildTfidfRows(docTf, idf);
    report(0.7);
    this.docPostings = buildPostings(this.docRows, numTerms);
    report(0.9);

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

    const numDocs = this.docRows.ptr.length - 1;
    this.pruned = needs.length * numDocs > options.largeProblemPairs;
    this.docMaxDf = this.pruned
      ? Math.max(1, Math.floor(options.commonTermDfFraction * numDocs))
      : Number.MAX_SAFE_INTEGER;
    this.needMaxDf = this.pruned
      ? Math.max(1, Math.floor(options.commonTermDfFraction * needs.length))
      : Number.MAX_SAFE_INTEGER;
    this.maxQueryTerms = this.pruned ? options.maxQueryTerms : Infinity;
    this.postingsCap = this.pruned
      ? Math.min(options.postingsCap, options.largePostingsCap)
      : options.postingsCap;
    this.docWalk = {
      postings: this.docPostings,
      maxDf: this.docMaxDf,
      cap: this.postingsCap,
      maxTerms: this.maxQueryTerms,
    };
    this.ownScore = new Float64Array(Math.max(profiles.length, needs.length));
    this.ref1 = new Float64Array(this.ownScore.length);
    this.ref2 = new Float64Array(this.ownScore.length);
    this.profileMark = new Uint8Array(this.ownScore.length);
    this.candidateProfiles = new Int32Array(this.ownScore.length);
    this.candidateCosines = new Float64Array(this.ownScore.length);
    report(1);
  }

  /** A walk through the need postings (built on first use) with this document-frequency limit. */
  private needWalk(maxDf: number): PostingsWalk {
    return {
      postings: this.needPostings(),
      maxDf,
      cap: this.postingsCap,
      maxTerms: this.maxQueryTerms,
    };
  }

  private needPostings(): Postings {
    return (this.needPostingsCache ??= buildPostings(this.needRows, this.terms.length));
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.surfaces.push(new Map());
    }
    return id;
  }

  // ---- scoring ---------------------------------------------------------------------------------------------

  /** Aggregate one profile's document cosines: max(own, mean of the top min(2, R) references). */
  private aggregate(profileIndex: number, own: number, r1: number, r2: number): number {
    const refs = this.profileDocPtr[profileIndex + 1] - this.profileDocPtr[profileIndex] - 1;
    if (refs <= 0) return own;
    const refScore = refs >= 2 ? (r1 + r2) / 2 : r1;
    return Math.max(own, refScore);
  }

  /** Exact text cosine of a need and a profile (aggregated over own text and references). */
  textCosine(needIndex: number, profileIndex: number): number {
    const dense = this.scatterNeed(needIndex);
    const a = this.profileDocPtr[profileIndex];
    const b = this.profileDocPtr[profileIndex + 1];
    const own = this.denseDot(dense, a);
    let r1 = 0;
    let r2 = 0;
    for (let d = a + 1; d < b; d++) {
      const s = this.denseDot(dense, d);
      if (s > r1) {
        r2 = r1;
        r1 = s;
      } else if (s > r2) r2 = s;
    }
    return this.aggregate(profileIndex, own, r1, r2);
  }

  /**
   * The need's vector scattered into a dense array over term ids (kept until another need is scattered), so a
   * profile document is dotted in O(its length).
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

  private denseDot(dense: Float64Array, doc: number): number {
    const { ptr, terms, weights } = this.docRows;
    let sum = 0;
    for (let k = ptr[doc]; k < ptr[doc + 1]; k++) sum += dense[terms[k]] * weights[k];
    return sum;
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

  /** Weighted score of a pair from its text cosine (allocation-free version of components().score). */
  scoreOf(needIndex: number, profileIndex: number, cosine: number): number {
    if (this.weightSum <= 0) return 0;
    return (
      (this.wText * calibrateText(cosine) +
        this.wThemes * themeOverlap(this.needThemes[needIndex], this.profileThemes[profileIndex]) +
        this.wRegion * this.regionOf(needIndex, profileIndex) +
        this.wProjectType *
          (this.needIsCompetence[needIndex] === 1 ? this.competenceFit[profileIndex] : 1)) /
      this.weightSum
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
    const region = regionFit(this.needCounty[needIndex], this.profileCountySets[profileIndex]);
    const projectType = projectTypeFit(
      this.problem.needs[needIndex],
      this.profileOrgs[profileIndex],
      this.settings,
    );
    const w = this.settings.affinityWeights;
    const score =
      this.weightSum > 0
        ? (w.text * text + w.themes * themes + w.region * region + w.projectType * projectType) /
          this.weightSum
        : 0;
    return { score, text, themes, region, projectType };
  }

  /**
   * Profiles sharing at least one term with a need, with their text cosines (term-at-a-time through the
   * postings of the profile documents). Calls visit(profileIndex, cosine) once per profile.
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
    const numDocs = this.docRows.ptr.length - 1;
    const acc = (this.docAcc ??= new Accumulator(numDocs));
    const { needRows, docWalk } = this;
    // A need that shares terms with most documents is cheaper to collect by one pass over all documents than
    // by listing the touched ones; both give the same cosines.
    if (
      acc.walkLength(needRows, needIndex, docWalk) >=
      numDocs * this.options.denseCollectFraction
    ) {
      acc.addRowDense(needRows, needIndex, docWalk);
      return this.collectFromAllDocuments(acc.scores);
    }
    acc.addRow(needRows, needIndex, docWalk);
    return this.collectFromTouchedDocuments(acc);
  }

  private collectFromTouchedDocuments(acc: Accumulator): number {
    const { ownScore, ref1, ref2, profileMark, docProfile, profileDocPtr } = this;
    const marked = (this.markedBuffer ??= new Int32Array(this.ownScore.length));
    let numMarked = 0;
    const { scores, touched } = acc;
    for (let k = 0; k < acc.count; k++) {
      const d = touched[k];
      const s = scores[d];
      scores[d] = 0; // the accumulator's reset, folded into this pass
      const p = docProfile[d];
      if (profileMark[p] === 0) {
        profileMark[p] = 1;
        marked[numMarked++] = p;
      }
      if (d === profileDocPtr[p]) ownScore[p] = s;
      else if (s > ref1[p]) {
        ref2[p] = ref1[p];
        ref1[p] = s;
      } else if (s > ref2[p]) ref2[p] = s;
    }
    acc.count = 0;
    const { candidateProfiles: profilesOut, candidateCosines: cosines } = this;
    let n = 0;
    // the order does not matter for the results: every consumer breaks ties by id rank
    for (let m = 0; m < numMarked; m++) {
      const p = marked[m];
      const cos = this.aggregate(p, ownScore[p], ref1[p], ref2[p]);
      ownScore[p] = ref1[p] = ref2[p] = 0;
      profileMark[p] = 0;
      if (cos > 0) {
        profilesOut[n] = p;
        cosines[n++] = cos;
      }
    }
    return n;
  }

  /** The same from every document's score, profile by profile, setting the scores back to 0. */
  private collectFromAllDocuments(scores: Float64Array): number {
    const { profileDocPtr, candidateProfiles: profilesOut, candidateCosines: cosines } = this;
    const numProfiles = profileDocPtr.length - 1;
    let n = 0;
    for (let p = 0; p < numProfiles; p++) {
      const a = profileDocPtr[p];
      const b = profileDocPtr[p + 1];
      const own = scores[a];
      scores[a] = 0;
      let r1 = 0;
      let r2 = 0;
      for (let d = a + 1; d < b; d++) {
        const s = scores[d];
        if (s === 0) continue;
        scores[d] = 0;
        if (s > r1) {
          r2 = r1;
          r1 = s;
        } else if (s > r2) r2 = s;
      }
      if (own === 0 && r1 === 0) continue;
      const cos = this.aggregate(p, own, r1, r2);
      if (cos > 0) {
        profilesOut[n] = p;
        cosines[n++] = cos;
      }
    }
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
    const { ownScore, ref1, ref2, profileMark } = this;
    const marked: number[] = [];
    const walk = this.needWalk(this.needMaxDf);
    const a = this.profileDocPtr[profileIndex];
    const b = this.profileDocPtr[profileIndex + 1];
    for (let d = a; d < b; d++) {
      acc.addRow(this.docRows, d, walk);
      for (let k = 0; k < acc.count; k++) {
        const i = acc.touched[k];
        const s = acc.scores[i];
        if (!profileMark[i]) {
          profileMark[i] = 1;
          marked.push(i);
        }
        if (d === a) ownScore[i] = s;
        else if (s > ref1[i]) {
          ref2[i] = ref1[i];
          ref1[i] = s;
        } else if (s > ref2[i]) ref2[i] = s;
      }
      acc.reset();
    }
    marked.sort((x, y) => x - y);
    for (const i of marked) {
      const cos = this.aggregate(profileIndex, ownScore[i], ref1[i], ref2[i]);
      ownScore[i] = ref1[i] = ref2[i] = 0;
      profileMark[i] = 0;
      if (cos > 0) visit(i, cos);
    }
  }

  /** How many candidates to select by index score before exact rescoring keeps k. */
  poolSize(k: number): number {
    return this.pruned ? k + 10 : k;
  }

  profilesForNeed(needIndex: number, k = 10): NeedProfileAffinity[] {
    const top = new TopK(this.poolSize(k));
    this.forEachTextCandidate(needIndex, (p, cos) => {
      if (top.full && this.scoreBound(cos) < top.worstScore) return;
      const score = this.scoreOf(needIndex, p, cos);
      if (score >= this.settings.minAffinity) top.offer(p, score, this.profileRank[p]);
    });
    return this.rerank(
      top.items().map((p) => this.affinity(needIndex, p)),
      (x) => this.profileRank[x.profileIndex],
    ).slice(0, k);
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
    const cos = this.textCosine(needIndex, profileIndex);
    const c = this.components(needIndex, profileIndex, cos);
    const contributions = this.termContributions(needIndex, profileIndex);
    return {
      needIndex,
      profileIndex,
      score: c.score,
      components: { text: c.text, themes: c.themes, region: c.region, projectType: c.projectType },
      sharedTerms: this.sharedSurfaces(contributions),
      termContributions: contributions,
    };
  }

  /** Per shared stem: need weight × the strongest weight of that stem in any of the profile's documents. */
  termContributions(needIndex: number, profileIndex: number): Map<string, number> {
    const dense = this.scatterNeed(needIndex);
    const best = (this.bestByTerm ??= new Float64Array(this.terms.length));
    const shared: number[] = [];
    const { ptr, terms, weights } = this.docRows;
    for (let d = this.profileDocPtr[profileIndex]; d < this.profileDocPtr[profileIndex + 1]; d++) {
      for (let k = ptr[d]; k < ptr[d + 1]; k++) {
        const t = terms[k];
        const q = dense[t];
        if (q === 0) continue;
        const c = q * weights[k];
        if (best[t] === 0) shared.push(t);
        if (c > best[t]) best[t] = c;
      }
    }
    shared.sort((a, b) => best[b] - best[a] || (this.terms[a] < this.terms[b] ? -1 : 1));
    const out = new Map<string, number>();
    for (const t of shared) {
      out.set(this.terms[t], best[t]);
      best[t] = 0;
    }
    return out;
  }

  /**
   * sharedSurfaces(termContributions(needIndex, profileIndex)) without building the map: the readable shared
   * words of a pair, strongest first, without duplicates.
   */
  sharedSurfacesOf(needIndex: number, profileIndex: number): string[] {
    const dense = this.scatterNeed(needIndex);
    const best = (this.bestByTerm ??= new Float64Array(this.terms.length));
    const shared: number[] = [];
    const { ptr, terms, weights } = this.docRows;
    for (let d = this.profileDocPtr[profileIndex]; d < this.profileDocPtr[profileIndex + 1]; d++) {
      for (let k = ptr[d]; k < ptr[d + 1]; k++) {
        const t = terms[k];
        const q = dense[t];
        if (q === 0) continue;
        const c = q * weights[k];
        if (best[t] === 0) shared.push(t);
        if (c > best[t]) best[t] = c;
      }
    }
    // the strongest first (ties: stem order), selected one at a time: only the first few are needed
    const before = (a: number, b: number): boolean =>
      best[a] > best[b] || (best[a] === best[b] && this.terms[a] < this.terms[b]);
    const out: string[] = [];
    for (let pos = 0; pos < shared.length && out.length < this.options.maxSharedTerms; pos++) {
      let m = pos;
      for (let x = pos + 1; x < shared.length; x++) if (before(shared[x], shared[m])) m = x;
      const t = shared[m];
      shared[m] = shared[pos];
      shared[pos] = t;
      const surface = this.surfaceOfTerm(t);
      if (!out.includes(surface)) out.push(surface);
    }
    for (const t of shared) best[t] = 0;
    return out;
  }

  /** Readable shared words, strongest first, without duplicates. */
  sharedSurfaces(contributions: ReadonlyMap<string, number>): string[] {
    const out: string[] = [];
    for (const stem of contributions.keys()) {
      const s = this.surface(stem);
      if (!out.includes(s)) out.push(s);
      if (out.length >= this.options.maxSharedTerms) break;
    }
    return out;
  }

  similarNeeds(needIndex: number, k = 10): NeedNeighbour[] {
    const numNeeds = this.needRows.ptr.length - 1;
    const maxDf =
      numNeeds >= 500
        ? Math.max(1, Math.floor(this.options.needNeedMaxDfFraction * numNeeds))
        : Number.MAX_SAFE_INTEGER;
    const acc = (this.needAcc ??= new Accumulator(numNeeds));
    acc.addRow(this.needRows, needIndex, this.needWalk(maxDf));
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
      const cos = dotRows(this.needRows, needIndex, this.needRows, other);
      return {
        needIndex: other,
        similarity: this.needSimilarity(needIndex, other, cos),
        sharedTerms: this.sharedNeedTerms(needIndex, other),
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

  private sharedNeedTerms(a: number, b: number): string[] {
    const { needRows: r } = this;
    const shared: Array<[number, number]> = [];
    let x = r.ptr[a];
    let y = r.ptr[b];
    while (x < r.ptr[a + 1] && y < r.ptr[b + 1]) {
      if (r.terms[x] === r.terms[y]) {
        shared.push([r.terms[x], r.weights[x] * r.weights[y]]);
        x++;
        y++;
      } else if (r.terms[x] < r.terms[y]) x++;
      else y++;
    }
    shared.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    return this.sharedSurfaces(new Map(shared.map(([t, c]) => [this.terms[t], c])));
  }

  needTerms(needIndex: number): Map<string, number> {
    const out = new Map<string, number>();
    for (let k = this.needRows.ptr[needIndex]; k < this.needRows.ptr[needIndex + 1]; k++) {
      out.set(this.terms[this.needRows.terms[k]], this.needRows.weights[k]);
    }
    return out;
  }

  /** Most frequent written form of a stem (ties: shorter, then alphabetical); the stem itself when unknown. */
  surface(stem: string): string {
    const id = this.termIds.get(stem);
    if (id === undefined) return stem;
    return this.surfaceOfTerm(id);
  }

  private surfaceOfTerm(id: number): string {
    const stem = this.terms[id];
    let s = this.surfaceCache[id];
    if (s === undefined) {
      let best = stem;
      let bestCount = -1;
      for (const [form, count] of this.surfaces[id]) {
        if (
          count > bestCount ||
          (count === bestCount &&
            (form.length < best.length || (form.length === best.length && form < best)))
        ) {
          best = form;
          bestCount = count;
        }
      }
      s = best;
      this.surfaceCache[id] = s;
    }
    return s;
  }
}

/** Bounded selection of the k best (score desc, then rank asc). */
export class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  private readonly ranks: number[] = [];

  constructor(private readonly k: number) {}

  /** Whether k items are kept (a new item must then beat worstScore). */
  get full(): boolean {
    return this.ids.length >= this.k;
  }

  /** Score of the worst kept item. */
  get worstScore(): number {
    return this.ids.length > 0 ? this.scores[0] : -Infinity;
  }

  /** Min-heap on "better": the root is the worst kept item. */
  offer(id: number, score: number, rank: number): void {
    if (this.k <= 0) return;
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.ranks.push(rank);
      this.up(this.ids.length - 1);
    } else if (better(score, rank, this.scores[0], this.ranks[0])) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.ranks[0] = rank;
      this.down(0);
    }
  }

  /** Kept ids, best first. */
  items(): number[] {
    const order = this.ids.map((_, i) => i);
    order.sort((a, b) => this.scores[b] - this.scores[a] || this.ranks[a] - this.ranks[b]);
    return order.map((i) => this.ids[i]);
  }

  private worse(a: number, b: number): boolean {
    return better(this.scores[b], this.ranks[b], this.scores[a], this.ranks[a]);
  }

  private swap(a: number, b: number): void {
    const { ids, scores, ranks } = this;
    const id = ids[a];
    ids[a] = ids[b];
    ids[b] = id;
    const score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
    const rank = ranks[a];
    ranks[a] = ranks[b];
    ranks[b] = rank;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

function better(sa: number, ra: number, sb: number, rb: number): boolean {
  return sa > sb || (sa === sb && ra < rb);
}

function rankOf(ids: string[]): Int32Array {
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const rank = new Int32Array(ids.length);
  order.forEach((idx, r) => (rank[idx] = r));
  return rank;
}

/** Build the text-relevance affinity model of a problem. */
export function buildAffinityModel(
  problem: Problem,
  settings: Settings,
  onProgress?: EngineOptions['onProgress'],
  options: Partial<TextIndexOptions> = {},
): TextAffinityModel {
  return new TextAffinityModel(problem, settings, onProgress, {
    ...DEFAULT_TEXT_INDEX_OPTIONS,
    ...options,
  });
}
