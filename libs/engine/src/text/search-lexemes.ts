/**
 * Lexemes for the API's full-text search, made with the matcher's own normalisation (text-analyzer.ts): nynorsk
 * forms mapped to bokmål, Norwegian stems with plural and definite endings folded, compounds indexed whole and by
 * their parts, and English words of the glossary indexed under their bokmål concept. A document and a query
 * normalised here meet whenever the matcher would treat their words as the same term: "heimetenesta" and
 * "hjemmetjenesten", "sykepleier" and "sykepleiere", "home care nurses" and "hjemmebasert omsorg … sykepleiere".
 *
 * The analyzer is used without a corpus (only its curated compound heads), so a text's lexemes depend on the text
 * alone and an index built row by row stays consistent. SEARCH_NORMALISER_VERSION fingerprints the normalisation;
 * when it changes, stored lexemes are stale and must be rebuilt.
 */
import { Language } from '../exchange/types';
import { ENGLISH_TO_BOKMAAL } from './glossary';
import {
  AnalyzedTerm,
  DOMAIN_HEADS,
  LanguageClass,
  languageClass,
  TextAnalyzer,
} from './text-analyzer';
import { Token, tokenize } from './tokenizer';
import { NYNORSK_TO_BOKMAAL } from './variant-map';

/** Longer tokens are not words (pasted links, hashes) and are not indexed. */
export const SEARCH_MAX_WORD_LENGTH = 60;

/** Renew the analyzer (and its per-word caches) after this many analysed texts, to bound its memory. */
const ANALYZER_REUSE = 20_000;

let analyzer: TextAnalyzer | undefined;
let analyzerUses = 0;

function searchAnalyzer(): TextAnalyzer {
  if (!analyzer || analyzerUses >= ANALYZER_REUSE) {
    analyzer = new TextAnalyzer(DOMAIN_HEADS);
    analyzer.crossLingual = true;
    analyzerUses = 0;
  }
  analyzerUses += 1;
  return analyzer;
}

function wordTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.surface.length <= SEARCH_MAX_WORD_LENGTH);
}

function termsOf(a: TextAnalyzer, token: Token, cls: LanguageClass): AnalyzedTerm[] {
  const out: AnalyzedTerm[] = [];
  a.analyzeToken(token, cls, out);
  return out;
}

/**
 * The lexemes of a document text, one entry per indexed word in reading order (stop words dropped). Each entry
 * holds the word's lexemes, which share its position: the whole word's stem, and for a compound its parts.
 */
export function searchLexemes(text: string, language: Language): string[][] {
  const a = searchAnalyzer();
  const cls = languageClass(language);
  const words: string[][] = [];
  for (const token of wordTokens(text)) {
    const lexemes = [...new Set(termsOf(a, token, cls).map((t) => t.term))];
    if (lexemes.length) words.push(lexemes);
  }
  return words;
}

/**
 * One query word: it matches a document that has any of its alternatives, and an alternative matches when the
 * document has all of its lexemes (a compound's whole stem, or all of its parts).
 */
export type SearchQueryWord = string[][];

/**
 * A free-text query as words that must all match (AND). The query's language is not known, so each word is read
 * both as Norwegian (bokmål or nynorsk) and as English (through the glossary), and either reading matches. A word
 * that is a stop word in either language ("i", "og", "and", "the") is left out, unless the query has nothing
 * else. An empty result means the query has no searchable word.
 */
export function searchQueryWords(text: string): SearchQueryWord[] {
  const a = searchAnalyzer();
  const required: SearchQueryWord[] = [];
  const optional: SearchQueryWord[] = [];
  const seen = new Set<string>();
  for (const token of wordTokens(text)) {
    const readings = (['no', 'en'] as const).map((cls) => termsOf(a, token, cls));
    const alternatives: string[][] = [];
    for (const terms of readings) {
      if (!terms.length) continue;
      alternatives.push([terms[0].term]);
      const parts = [...new Set(terms.slice(1).map((t) => t.term))];
      if (parts.length) alternatives.push(parts);
    }
    const word = uniqueAlternatives(alternatives);
    const key = JSON.stringify(word);
    if (!word.length || seen.has(key)) continue;
    seen.add(key);
    (readings.every((r) => r.length > 0) ? required : optional).push(word);
  }
  return required.length ? required : optional;
}

function uniqueAlternatives(alternatives: string[][]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const sorted = [...alternative].sort();
    byKey.set(sorted.join(' '), sorted);
  }
  return [...byKey.values()];
}

/** Sentences whose normalisation the fingerprint covers (stemming, variants, compounds, glossary, stop words). */
const PROBES: ReadonlyArray<readonly [string, Language]> = [
  [
    'Heimetenesta og sjukeheimane treng fleire sjukepleiarar; korleis kan kommunane auke bemanninga?',
    'nn',
  ],
  [
    'Rekruttere og beholde sykepleiere i hjemmetjenesten, eldreomsorgen og velferdsteknologi-prosjekter',
    'nb',
  ],
  [
    'Brukerne, brukerne sine pårørende og de ansatte i barnehagene ønsker medvirkning i arealplanleggingen',
    'nb',
  ],
  [
    'Home care nurses and flooding risks for coastal municipalities: the e-health services of the future',
    'en',
  ],
];

function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function fingerprint(): string {
  let hash = fnv1a(JSON.stringify([DOMAIN_HEADS, ENGLISH_TO_BOKMAAL, NYNORSK_TO_BOKMAAL]));
  for (const [text, language] of PROBES) {
    hash = fnv1a(JSON.stringify([searchLexemes(text, language), searchQueryWords(text)]), hash);
  }
  return hash.toString(16).padStart(8, '0');
}

let version: string | undefined;
/**
 * Fingerprint of the search normalisation (its word lists and its output on probe sentences). Stored with each
 * indexed row; a row whose stored fingerprint differs was indexed by another normaliser and is re-indexed.
 */
export function searchNormaliserVersion(): string {
  version ??= `1-${fingerprint()}`;
  return version;
}
