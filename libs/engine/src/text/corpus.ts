/**
 * The corpus of a problem: every need, every profile's own text and each of its references analysed into terms,
 * weighted by field, with document frequency and TF-IDF vectors (see ../model/affinity-model.ts for the contract
 * the model built on it serves).
 *
 * Documents: each need (title ×2, description ×1), each profile's own text (title ×2, keywords ×2, methods ×1.5,
 * description ×1) and each of its references (title ×2, abstract ×1) is a TF-IDF vector: sublinear term frequency
 * for needs (the queries), BM25-saturated term frequency for profile documents (see saturatedTf). A profile's evidence is one vector: the sum of its documents' vectors, divided by a pivoted norm
 * (mergeProfileDocuments), so every reference counts. Document frequency is counted over the matched entities
 * (needs + profiles; a profile counts a term once whether it appears in its own text or in references), per
 * language class (see languageNormalisedIdf).
 */
import { EngineOptions, Language, Problem } from '../exchange/types';
import { detectLanguage, languageOfEvidence, wordEvidence } from './language-detector';
import {
  buildPostings,
  buildTfidfRows,
  saturatedTf,
  Postings,
  smoothedIdf,
  SparseRows,
} from './sparse-index';
import { AnalyzedTerm, LanguageClass, languageClass, TextAnalyzer } from './text-analyzer';
import { Token, tokenOf, tokenSurfaces } from './tokenizer';
import { programmeVocabularyStems } from './programme-vocabulary';

export const FIELD_WEIGHTS = {
  title: 2,
  keywords: 2,
  methods: 1.5,
  description: 1,
  referenceTitle: 2,
  referenceAbstract: 1,
} as const;

type Weighted = Map<number, number>;

/** The analysed terms of one distinct token, with how often the token occurred. */
interface TokenTerms {
  ids: number[];
  weights: number[];
  surfaces: string[];
  surfaceWeights: number[];
  count: number;
}

const NO_WORDS = new Int32Array(0);

/** The language evidence of every distinct word, [nn, nb, no, en] at 4 × word id. */
function wordEvidenceTable(words: readonly Token[]): Float64Array {
  const table = new Float64Array(4 * words.length);
  words.forEach((word, id) => table.set(wordEvidence(word.surface), 4 * id));
  return table;
}

/** Share of the surface count a glossary-translated English word adds to its bokmål term's readable form. */
const TRANSLATED_SURFACE_WEIGHT = 0.25;

const LANGUAGE_CLASSES: readonly LanguageClass[] = ['no', 'en'];

/** Document frequency per language class: entities (needs + profiles) containing each term, and entity counts. */
export interface LanguageDocumentFrequency {
  /** Number of entities. */
  n: number;
  /** df[l][t]: entities of language class l (0: Norwegian, 1: English) containing term t. */
  df: Int32Array[];
  /** count[l]: entities of language class l. */
  count: number[];
}

/**
 * Count document frequency over the matched entities: the needs and the profiles (a profile counts a term once
 * across its own text and references); an entity belongs to every language class its documents are written in.
 * With `distinctTexts` (for learning generic words), a need or profile whose text is the same as an earlier one's (a
 * need posted by several municipalities in the same words, a copied profile) counts once, so that repeating one
 * text does not make its topic words look like everybody's vocabulary.
 */
export function languageDocumentFrequency(
  numTerms: number,
  needTf: readonly Weighted[],
  needLanguage: readonly LanguageClass[],
  docTf: readonly Weighted[],
  docLanguage: readonly LanguageClass[],
  profileDocPtr: Int32Array,
  distinctTexts = false,
): LanguageDocumentFrequency {
  const numProfiles = profileDocPtr.length - 1;
  const df = LANGUAGE_CLASSES.map(() => new Int32Array(numTerms));
  const count = LANGUAGE_CLASSES.map(() => 0);
  const li = (c: LanguageClass): number => (c === 'en' ? 1 : 0);
  const counted = new Set<string>();
  /** Whether an entity with these documents was counted before (only with distinctTexts). */
  const repeated = (kind: 'need' | 'profile', docs: Array<[LanguageClass, Weighted]>): boolean => {
    if (!distinctTexts) return false;
    const key =
      kind +
      docs.map(([l, tf]) => `${l}|${[...tf].sort((a, b) => a[0] - b[0]).join(';')}`).join('#');
    if (counted.has(key)) return true;
    counted.add(key);
    return false;
  };
  needTf.forEach((tf, i) => {
    if (repeated('need', [[needLanguage[i], tf]])) return;
    const l = li(needLanguage[i]);
    count[l]++;
    const d = df[l];
    for (const t of tf.keys()) d[t]++;
  });
  const seen = LANGUAGE_CLASSES.map(() => new Int32Array(numTerms).fill(-1));
  for (let j = 0; j < numProfiles; j++) {
    const docs: Array<[LanguageClass, Weighted]> = [];
    for (let doc = profileDocPtr[j]; doc < profileDocPtr[j + 1]; doc++)
      docs.push([docLanguage[doc], docTf[doc]]);
    if (repeated('profile', docs)) continue;
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
  return { n: needTf.length + numProfiles, df, count };
}

/**
 * Smoothed idf with document frequency counted per language (see languageDocumentFrequency). A term's document
 * frequency rate is its highest rate within one language, rate(t) = max_L df_L(t) / N_L, and
 * idf(t) = ln((1 + N) / (1 + N · rate(t))) + 1.
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
  return idfOf(
    languageDocumentFrequency(numTerms, needTf, needLanguage, docTf, docLanguage, profileDocPtr),
  );
}

function idfOf({ n, df, count }: LanguageDocumentFrequency): Float64Array {
  const numTerms = df[0].length;
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

/**
 * Words that carry no topic in this problem, learned from its own texts: a term is generic when, in some
 * language, more than GENERIC_SHARE (a fifth) of the entities use it, and at least GENERIC_MIN_ENTITIES do (on fewer
 * entities a share says little). Municipal vocabulary such as "kommune", "tjeneste", "prosjekt", "samarbeid",
 * "bruker" or "plan" occurs in a large share of all needs and profiles, whatever their topic; a topic's own
 * words ("overvann", "skolefravær", "demens") occur in the few that are about it.
 */
export const GENERIC_SHARE = 0.2;
export const GENERIC_MIN_ENTITIES = 10;

export function genericTerms({ df, count }: LanguageDocumentFrequency): Uint8Array {
  const numTerms = df[0].length;
  const generic = new Uint8Array(numTerms);
  for (let l = 0; l < df.length; l++) {
    const d = df[l];
    const min = Math.max(GENERIC_MIN_ENTITIES, GENERIC_SHARE * count[l]);
    for (let t = 0; t < numTerms; t++)
      if (d[t] >= min && d[t] > GENERIC_SHARE * count[l]) generic[t] = 1;
  }
  return generic;
}

/**
 * Slope of the pivoted length normalisation of profile rows (Singhal, Buckley and Mitra, "Pivoted document length
 * normalization", SIGIR 1996, whose experiments put it near 0.75): a row is divided by
 * (1 − s) · pivot + s · ‖row‖ with the pivot the mean norm of all profile rows, instead of by its own norm. Plain
 * cosine normalisation (s = 1) favours short profiles over long ones beyond their chance of being relevant; the
 * pivot gives a long profile (many references, a long description) back part of its extra evidence. A profile of
 * average length gets its cosine weights, a shorter one less, a longer one more (its "cosine" can exceed 1;
 * calibrateText caps it).
 */
export const PIVOT_SLOPE = 0.75;

/**
 * One row per profile: the sum of its documents' TF-IDF vectors (rows[d] · norms[d], before normalisation),
 * divided by its pivoted norm (see PIVOT_SLOPE). Term frequency saturates within a document; evidence repeated
 * across references adds up.
 */
export function mergeProfileDocuments(
  rows: SparseRows,
  norms: Float64Array,
  profileDocPtr: Int32Array,
  numTerms: number,
): SparseRows {
  const numProfiles = profileDocPtr.length - 1;
  const ptr = new Int32Array(numProfiles + 1);
  const terms = new Int32Array(rows.terms.length);
  const weights = new Float64Array(rows.terms.length);
  const sum = new Float64Array(numTerms);
  const rowNorms = new Float64Array(numProfiles);
  let total = 0;
  for (let p = 0; p < numProfiles; p++) {
    ptr[p] = total;
    for (let d = profileDocPtr[p]; d < profileDocPtr[p + 1]; d++) {
      for (let k = rows.ptr[d]; k < rows.ptr[d + 1]; k++) {
        const t = rows.terms[k];
        if (sum[t] === 0) terms[total++] = t;
        sum[t] += rows.weights[k] * norms[d];
      }
    }
    terms.subarray(ptr[p], total).sort();
    let norm = 0;
    for (let k = ptr[p]; k < total; k++) {
      norm += sum[terms[k]] * sum[terms[k]];
      weights[k] = sum[terms[k]];
      sum[terms[k]] = 0;
    }
    rowNorms[p] = Math.sqrt(norm);
  }
  ptr[numProfiles] = total;
  let pivot = 0;
  for (let p = 0; p < numProfiles; p++) pivot += rowNorms[p];
  pivot /= Math.max(1, numProfiles);
  for (let p = 0; p < numProfiles; p++) {
    const divisor = (1 - PIVOT_SLOPE) * pivot + PIVOT_SLOPE * rowNorms[p];
    for (let k = ptr[p]; k < ptr[p + 1]; k++) weights[k] = divisor > 0 ? weights[k] / divisor : 0;
  }
  return { ptr, terms: terms.slice(0, total), weights: weights.slice(0, total) };
}

/** Rows without the marked terms, L2-normalised again (a row of marked terms only becomes empty). */
export function withoutTerms(rows: SparseRows, marked: Uint8Array): SparseRows {
  const numRows = rows.ptr.length - 1;
  const ptr = new Int32Array(numRows + 1);
  const terms = new Int32Array(rows.terms.length);
  const weights = new Float64Array(rows.terms.length);
  let total = 0;
  for (let r = 0; r < numRows; r++) {
    ptr[r] = total;
    let norm = 0;
    for (let k = rows.ptr[r]; k < rows.ptr[r + 1]; k++) {
      if (marked[rows.terms[k]] === 1) continue;
      terms[total] = rows.terms[k];
      weights[total++] = rows.weights[k];
      norm += rows.weights[k] * rows.weights[k];
    }
    norm = Math.sqrt(norm);
    for (let k = ptr[r]; k < total; k++) weights[k] /= norm;
  }
  ptr[numRows] = total;
  return { ptr, terms: terms.slice(0, total), weights: weights.slice(0, total) };
}

/** The terms (stems) of a corpus, interned to ids, with the written forms each was seen in. */
export class Vocabulary {
  readonly terms: string[] = [];
  readonly termIds = new Map<string, number>();
  /** Per term: written form → weighted count. */
  readonly surfaces: Array<Map<string, number>> = [];
  private readonly surfaceCache: Array<string | undefined> = [];

  intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.surfaces.push(new Map());
    }
    return id;
  }

  /** Most frequent written form of a stem (ties: shorter, then alphabetical); the stem itself when unknown. */
  surface(stem: string): string {
    const id = this.termIds.get(stem);
    if (id === undefined) return stem;
    return this.surfaceOfTerm(id);
  }

  surfaceOfTerm(id: number): string {
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

/** The analysed texts of a problem as TF-IDF rows. */
export interface TextCorpus {
  readonly vocabulary: Vocabulary;
  /** One row per need. */
  readonly needRows: SparseRows;
  /** The need rows without generic terms, normalised again: the needs' topics (need ↔ need, coverage). */
  readonly needTopicRows: SparseRows;
  /** Generic terms (1 at their id; see genericTerms): they count in an affinity only next to a topic word. */
  readonly generic: Uint8Array;
  /** One row per profile: its whole evidence, own text and every reference (see mergeProfileDocuments). */
  readonly profileRows: SparseRows;
  /** Postings of the profile rows. */
  readonly profilePostings: Postings;
  readonly needLanguages: Language[];
}

/** Analyse a problem's texts (reports progress from 0 to 0.9 of the scoring phase). */
export function buildCorpus(
  problem: Problem,
  onProgress?: EngineOptions['onProgress'],
): TextCorpus {
  const { needs, profiles } = problem;
  const report = (f: number): void => onProgress?.('scoring', f);
  const vocabulary = new Vocabulary();
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
  const needLanguages: Language[] = needs.map(
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
    [...needLanguages, ...profileLanguages, ...referenceLanguages.flat()].map(languageClass),
  );
  analyzer.crossLingual = classes.size > 1;
  const occurrences = [new Int32Array(wordTokens.length), new Int32Array(wordTokens.length)];
  const count = (texts: readonly Int32Array[], lang: Language): void => {
    const c = occurrences[languageClass(lang) === 'en' ? 1 : 0];
    for (const ids of texts) for (const id of ids) c[id]++;
  };
  needs.forEach((_, i) => count(needWords[i], needLanguages[i]));
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
          ids: scratch.map((x) => vocabulary.intern(x.term)),
          weights: scratch.map((x) => x.weight),
          surfaces: scratch.map((x) => x.surface),
          // translated English words count little toward the readable form: brokers read bokmål
          surfaceWeights: scratch.map((x) =>
            x.translated ? x.weight * TRANSLATED_SURFACE_WEIGHT : x.weight,
          ),
          count: 0,
        };
        cache[wordId] = entry;
        if (vocabulary.terms.length > acc.length) {
          const grown = new Float64Array(Math.max(2 * acc.length, vocabulary.terms.length));
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
    addText(needWords[i][0], needLanguages[i], FIELD_WEIGHTS.title);
    addText(needWords[i][1], needLanguages[i], FIELD_WEIGHTS.description);
    return takeDocument();
  });
  const docTf: Weighted[] = [];
  const profileDocPtr = new Int32Array(profiles.length + 1);
  profiles.forEach((p, j) => {
    profileDocPtr[j] = docTf.length;
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
        const s = vocabulary.surfaces[entry.ids[k]];
        const f = entry.surfaces[k];
        s.set(f, (s.get(f) ?? 0) + entry.surfaceWeights[k] * entry.count);
      }
    }
  }
  profileDocPtr[profiles.length] = docTf.length;
  report(0.5);

  // document frequency over entities (needs + profiles) per language class, and smoothed idf
  const numTerms = vocabulary.terms.length;
  const docLanguage: LanguageClass[] = [];
  profiles.forEach((p, j) => {
    docLanguage.push(languageClass(profileLanguages[j]));
    for (const lang of referenceLanguages[j]) docLanguage.push(languageClass(lang));
  });
  const counts = [
    numTerms,
    needTf,
    needLanguages.map(languageClass),
    docTf,
    docLanguage,
    profileDocPtr,
  ] as const;
  const frequency = languageDocumentFrequency(...counts);
  const idf = idfOf(frequency);
  const generic = genericTerms(languageDocumentFrequency(...counts, true));
  for (const stem of programmeVocabularyStems()) {
    const id = vocabulary.termIds.get(stem);
    if (id !== undefined) generic[id] = 1;
  }

  const needRows = buildTfidfRows(needTf, idf);
  const docNorms = new Float64Array(docTf.length);
  const profileRows = mergeProfileDocuments(
    buildTfidfRows(docTf, idf, docNorms, saturatedTf),
    docNorms,
    profileDocPtr,
    numTerms,
  );
  report(0.7);
  const corpus = assembleCorpus(vocabulary, needRows, generic, profileRows, needLanguages);
  report(0.9);
  return corpus;
}

/** A corpus from its analysed rows: the needs' topics and the profile postings follow from them. */
function assembleCorpus(
  vocabulary: Vocabulary,
  needRows: SparseRows,
  generic: Uint8Array,
  profileRows: SparseRows,
  needLanguages: Language[],
): TextCorpus {
  return {
    vocabulary,
    needRows,
    needTopicRows: withoutTerms(needRows, generic),
    generic,
    profileRows,
    profilePostings: buildPostings(profileRows, vocabulary.terms.length),
    needLanguages,
  };
}

/** SparseRows as plain arrays (JSON gives every number back exactly). */
export interface SparseRowsData {
  ptr: number[];
  terms: number[];
  weights: number[];
}

/**
 * A corpus as JSON: what text analysis made of the whole problem (terms with their written forms, generic terms,
 * the TF-IDF rows of needs and profiles, the needs' languages). corpusFromData rebuilds the same corpus from it
 * without analysing any text: a flow run's job ships it to the run's shards with the problem snapshot.
 */
export interface CorpusData {
  terms: string[];
  /** Per term: [written form, weighted count] pairs. */
  surfaces: Array<Array<[string, number]>>;
  /** Ids of the generic terms. */
  generic: number[];
  needRows: SparseRowsData;
  profileRows: SparseRowsData;
  needLanguages: Language[];
}

const rowsData = ({ ptr, terms, weights }: SparseRows): SparseRowsData => ({
  ptr: Array.from(ptr),
  terms: Array.from(terms),
  weights: Array.from(weights),
});

const rowsOf = ({ ptr, terms, weights }: SparseRowsData): SparseRows => ({
  ptr: Int32Array.from(ptr),
  terms: Int32Array.from(terms),
  weights: Float64Array.from(weights),
});

export function corpusData(corpus: TextCorpus): CorpusData {
  const { vocabulary, generic } = corpus;
  const genericIds: number[] = [];
  generic.forEach((g, t) => g === 1 && genericIds.push(t));
  return {
    terms: vocabulary.terms,
    surfaces: vocabulary.surfaces.map((forms) => [...forms]),
    generic: genericIds,
    needRows: rowsData(corpus.needRows),
    profileRows: rowsData(corpus.profileRows),
    needLanguages: corpus.needLanguages,
  };
}

/** The corpus that corpusData was taken from (same term ids, weights and written forms). */
export function corpusFromData(data: CorpusData): TextCorpus {
  const vocabulary = new Vocabulary();
  data.terms.forEach((term, t) => {
    vocabulary.intern(term);
    for (const [form, count] of data.surfaces[t]) vocabulary.surfaces[t].set(form, count);
  });
  const generic = new Uint8Array(data.terms.length);
  for (const t of data.generic) generic[t] = 1;
  return assembleCorpus(
    vocabulary,
    rowsOf(data.needRows),
    generic,
    rowsOf(data.profileRows),
    data.needLanguages,
  );
}
