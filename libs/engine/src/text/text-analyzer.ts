/**
 * Text analysis: tokens → stop-word filtering → nynorsk→bokmål variants → stems, plus splitting of Norwegian
 * compounds into known parts ("eldreomsorgen" → eldreomsorg + eldre + omsorg). Each analysed occurrence is a
 * term (a stem) with a weight: 1 for a whole word, PART_WEIGHT for a part of a compound.
 */
import NorwegianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_no';
import EnglishStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { Language } from '../exchange/types';
import { ENGLISH_TO_BOKMAAL } from './glossary';
import { STOP_WORDS_EN, STOP_WORDS_NO } from './stopwords';
import { Token, tokenize } from './tokenizer';
import { NYNORSK_TO_BOKMAAL, toBokmaal } from './variant-map';

/** Weight of a compound part relative to a whole word. */
export const PART_WEIGHT = 0.5;

/**
 * Curated heads (and frequent modifiers) of municipal-domain compounds, in bokmål base form. Together with the
 * problem's own vocabulary they form the dictionary the compound splitter accepts parts from.
 */
export const DOMAIN_HEADS: readonly string[] = `
  omsorg teknologi tjeneste plan skole barnehage helse klima energi bygg bygning transport innovasjon anskaffelse
  innkjøp forskning utvikling ledelse leder arbeid miljø tilsyn hjelp pleie bolig vei vann avløp avfall
  utslipp tilpasning beredskap sikkerhet trygghet kvalitet kompetanse kunnskap læring opplæring undervisning
  utdanning oppvekst barn ungdom familie eldre velferd folkehelse rus psykiatri rehabilitering mestring
  demens hjem hjemme sykehjem institusjon bemanning rekruttering organisasjon organisering styring økonomi
  budsjett data digitalisering system løsning plattform verktøy sensor robot modell metode analyse evaluering
  medvirkning deltakelse demokrati frivillighet inkludering integrering bosetting samarbeid samhandling
  næring reiseliv landbruk kultur idrett bibliotek natur areal sentrum by bygd kommune region fylke stat
  ombruk gjenbruk sirkulær materiale renovasjon strøm solenergi varme oppvarming effektivisering
  mobilitet kollektiv sykkel parkering trafikk sjø hav fiske havbruk skog jord flom skred ras
  innbygger bruker pasient elev lærer ansatt kommunikasjon informasjon veiledning oppfølging forebygging
  behandling vurdering kartlegging utredning strategi politikk forvaltning regelverk avtale kontrakt marked
`
  .split(/\s+/)
  .filter(Boolean);

export type LanguageClass = 'no' | 'en';

export function languageClass(language: Language): LanguageClass {
  return language === 'en' ? 'en' : 'no';
}

export interface AnalyzedTerm {
  /** Stem (the indexed term). */
  term: string;
  /** Readable word as written (or the compound part as written). */
  surface: string;
  /** 1 for a whole word, PART_WEIGHT for a compound part. */
  weight: number;
  /** True when an English word was mapped to its bokmål concept through the glossary (cross-lingual mode). */
  translated?: boolean;
}

interface AnalyzedWord {
  full: string;
  parts: Array<{ term: string; surface: string }>;
}

const MIN_COMPOUND_LENGTH = 7;
const MIN_HEAD_LENGTH = 4;
const MIN_MODIFIER_LENGTH = 3;

const noStemCache = new Map<string, string>();
const enStemCache = new Map<string, string>();
const norwegianCache = new Map<string, string>();

/** Norwegian stem of a (bokmål-mapped) word, with nynorsk stems mapped onto their bokmål stems. */
function rawNorwegianStem(word: string): string {
  let s = noStemCache.get(word);
  if (s === undefined) {
    s = normaliseNorwegianStem(NorwegianStemmer.stem(word));
    if (noStemCache.size > 500_000) noStemCache.clear();
    noStemCache.set(word, s);
  }
  return s;
}

/**
 * Corrections after natural's Norwegian Porter stemmer, which removes one suffix only and so leaves different
 * stems for forms of one word:
 * - agent nouns and their plurals: bruker → bruk but brukere → bruker and brukerne → brukern; nynorsk brukar,
 *   brukarar → brukar. A remaining final -er/-ar and -ern/-arn (of -erne/-arne) is removed, as the stemmer
 *   itself does for the singular, when at least three letters stay (not after j: kjerne, fjerne, gjerne).
 * - final -mm: Norwegian writes a word-final m single (hjem, rom, program, ungdom) but doubles it before an
 *   ending (hjemmet, rommet, programmet, ungdommer), so sykehjemmet → sykehjemm is undoubled to sykehjem. Other
 *   doubles are kept: they belong to the base form as well (bygg/bygget, legge/lege stay apart).
 */
export function normaliseNorwegianStem(stem: string): string {
  let s = stem;
  const m = /(?:er|ar)n?$/.exec(s);
  if (m && s.length - m[0].length >= 3 && s[s.length - m[0].length - 1] !== 'j') {
    s = s.slice(0, s.length - m[0].length);
  }
  if (s.length >= 4 && s.endsWith('mm')) s = s.slice(0, -1);
  return s;
}

let nnStemMap: Map<string, string> | undefined;
/** Stems of nynorsk forms → stems of their bokmål forms (so inflections not in the map are covered too). */
function nynorskStemMap(): Map<string, string> {
  if (!nnStemMap) {
    nnStemMap = new Map();
    for (const [nn, nb] of Object.entries(NYNORSK_TO_BOKMAAL)) {
      const a = rawNorwegianStem(nn);
      const b = rawNorwegianStem(nb);
      if (a !== b && a.length >= 3) nnStemMap.set(a, b);
    }
  }
  return nnStemMap;
}

/** Stem a Norwegian word (nynorsk or bokmål) to the shared bokmål stem. */
export function stemNorwegian(word: string): string {
  let result = norwegianCache.get(word);
  if (result === undefined) {
    const stem = rawNorwegianStem(toBokmaal(word));
    result = nynorskStemMap().get(stem) ?? stem;
    if (norwegianCache.size > 500_000) norwegianCache.clear();
    norwegianCache.set(word, result);
  }
  return result;
}

/** Stem an English word with the Porter stemmer. */
export function stemEnglish(word: string): string {
  let s = enStemCache.get(word);
  if (s === undefined) {
    s = EnglishStemmer.stem(word);
    if (enStemCache.size > 500_000) enStemCache.clear();
    enStemCache.set(word, s);
  }
  return s;
}

export function stem(word: string, cls: LanguageClass): string {
  return cls === 'en' ? stemEnglish(word) : stemNorwegian(word);
}

let glossaryStems: Map<string, string> | undefined;
/** English stem → bokmål stem of the glossary words. */
function englishGlossaryStems(): Map<string, string> {
  if (!glossaryStems) {
    glossaryStems = new Map();
    for (const [en, nb] of Object.entries(ENGLISH_TO_BOKMAAL))
      glossaryStems.set(stemEnglish(en), stemNorwegian(nb));
  }
  return glossaryStems;
}

export function isStopWord(word: string, cls: LanguageClass): boolean {
  return cls === 'en' ? STOP_WORDS_EN.has(word) : STOP_WORDS_NO.has(word);
}

/**
 * Analyzer for one problem. Call observe() on every text first (it learns the Norwegian vocabulary that the
 * compound splitter accepts as parts), then analyze().
 */
export class TextAnalyzer {
  /** Known Norwegian stems → how often they occur as whole words (curated heads count once). */
  private readonly known = new Map<string, number>();
  private readonly cacheNo = new Map<string, AnalyzedWord>();
  private readonly cacheEn = new Map<string, AnalyzedWord>();

  /**
   * When true, English words of the glossary are indexed under their bokmål concept instead of their English
   * stem. Turn on for problems that mix English and Norwegian texts; in a one-language corpus it changes nothing
   * useful and is left off.
   */
  crossLingual = false;

  constructor(extraHeads: readonly string[] = DOMAIN_HEADS) {
    for (const head of extraHeads) this.addKnown(stemNorwegian(head), 1);
  }

  private addKnown(term: string, count: number): void {
    this.known.set(term, (this.known.get(term) ?? 0) + count);
  }

  /** Learn the Norwegian whole words of a text (pass 1); set crossLingual before. */
  observe(text: string, language: Language): void {
    const cls = languageClass(language);
    if (cls !== 'no' && !this.crossLingual) return;
    for (const token of tokenize(text)) this.observeToken(token, cls, 1);
  }

  /** observe() for one token occurring count times (the counts are integers, so batching is exact). */
  observeToken(token: Token, cls: LanguageClass, count: number): void {
    const words = token.parts.length > 0 ? token.parts : [token.surface];
    if (cls !== 'no') {
      // in cross-lingual mode the bokmål concepts of the English words are part of the problem's vocabulary
      if (!this.crossLingual) return;
      for (const w of words) {
        const nb = STOP_WORDS_EN.has(w) ? undefined : englishGlossaryStems().get(stemEnglish(w));
        if (nb !== undefined) this.addKnown(nb, count);
      }
      return;
    }
    for (const w of words) if (!STOP_WORDS_NO.has(w)) this.addKnown(stemNorwegian(w), count);
  }

  /** Whether a stem is a known Norwegian word (corpus or curated). */
  isKnown(term: string): boolean {
    return this.known.has(term);
  }

  /** Analyse a text into weighted terms. */
  analyze(text: string, language: Language): AnalyzedTerm[] {
    const cls = languageClass(language);
    const out: AnalyzedTerm[] = [];
    for (const token of tokenize(text)) this.analyzeToken(token, cls, out);
    return out;
  }

  /**
   * Append the weighted terms of one token to out. The result depends only on the token's surface, the language
   * class, crossLingual and the learned vocabulary, so callers may cache it per surface once observe() is done.
   */
  analyzeToken(token: Token, cls: LanguageClass, out: AnalyzedTerm[]): void {
    if (token.parts.length > 0) {
      const parts = token.parts.filter((p) => !isStopWord(p, cls));
      if (parts.length === 0) return;
      out.push(this.term(stem(token.surface.replace(/-/g, ''), cls), token.surface, 1, cls));
      for (const p of parts) out.push(this.term(stem(p, cls), p, PART_WEIGHT, cls));
      return;
    }
    const w = token.surface;
    if (isStopWord(w, cls)) return;
    const analysed = this.analyzeWord(w, cls);
    out.push(this.term(analysed.full, w, 1, cls));
    for (const part of analysed.parts)
      out.push({ term: part.term, surface: part.surface, weight: PART_WEIGHT });
  }

  /**
   * One analysed occurrence. In cross-lingual mode an English stem found in the glossary is replaced by its
   * bokmål concept (same weight): English and Norwegian texts then share one term space for the glossary's
   * vocabulary, and the term's document frequency counts both languages.
   */
  private term(stemmed: string, surface: string, weight: number, cls: LanguageClass): AnalyzedTerm {
    if (cls === 'en' && this.crossLingual) {
      const nb = englishGlossaryStems().get(stemmed);
      if (nb !== undefined) return { term: nb, surface, weight, translated: true };
    }
    return { term: stemmed, surface, weight };
  }

  private analyzeWord(word: string, cls: LanguageClass): AnalyzedWord {
    const cache = cls === 'en' ? this.cacheEn : this.cacheNo;
    let result = cache.get(word);
    if (result === undefined) {
      if (cls === 'en') {
        result = { full: stemEnglish(word), parts: [] };
      } else {
        const split = this.splitCompound(toBokmaal(word));
        result = { full: stemNorwegian(word), parts: split ?? [] };
        // a nynorsk compound whose parts map to bokmål is indexed under the bokmål compound too
        if (split && split.length === 2) {
          const rebuilt = toBokmaal(word);
          if (rebuilt !== word) result.full = stemNorwegian(rebuilt);
        }
      }
      cache.set(word, result);
    }
    return result;
  }

  /**
   * Split a Norwegian word into a known modifier and a known head, allowing the linking letters -s- and -e-
   * ("velferd-s-teknologi", "barn-e-hage"). The modifier may itself be a compound (one more level). Among
   * valid splits the one whose parts are most frequent wins (geometric mean, as in Koehn & Knight 2003); ties
   * go to the longer head. Returns null when the word is not a compound of known words.
   */
  splitCompound(word: string, depth = 0): Array<{ term: string; surface: string }> | null {
    if (word.length < MIN_COMPOUND_LENGTH - (depth > 0 ? 1 : 0)) return null;
    let best: Array<{ term: string; surface: string }> | null = null;
    let bestScore = -Infinity;
    for (let i = MIN_MODIFIER_LENGTH; i <= word.length - MIN_HEAD_LENGTH; i++) {
      const head = word.slice(i);
      const headTerm = stemNorwegian(head);
      const headFreq = this.known.get(headTerm);
      if (headFreq === undefined || headTerm.length < 3 || STOP_WORDS_NO.has(head)) continue;
      const left = word.slice(0, i);
      const modifiers = [left];
      if (left.length > MIN_MODIFIER_LENGTH && (left.endsWith('s') || left.endsWith('e'))) {
        modifiers.push(left.slice(0, -1));
      }
      for (const modifier of modifiers) {
        if (STOP_WORDS_NO.has(modifier)) continue;
        const modTerm = stemNorwegian(modifier);
        const modFreq = this.known.get(modTerm);
        let parts: Array<{ term: string; surface: string }> | null = null;
        let score: number;
        if (modFreq !== undefined && modTerm.length >= 2) {
          parts = [{ term: modTerm, surface: modifier }];
          score = Math.log(1 + modFreq) + Math.log(1 + headFreq);
        } else if (depth === 0) {
          const inner = this.splitCompound(modifier, 1);
          if (!inner) continue;
          parts = inner;
          score = Math.log(1 + headFreq) - 0.5; // a deeper split is slightly less likely
        } else {
          continue;
        }
        // readable surfaces: drop a linking -s- ("sentrums" → "sentrum"), keep a final -e- ("eldre", "skole")
        score +=
          1e-3 * head.length +
          (modifier.length < left.length ? (left.endsWith('s') ? 1e-4 : -1e-4) : 0);
        if (score > bestScore) {
          bestScore = score;
          best = [...parts, { term: headTerm, surface: head }];
        }
      }
    }
    return best;
  }
}
