/**
 * Unicode tokenizer: NFC normalisation, lower-casing, letters and digits of every script (æ, ø, å, é, ò survive),
 * hyphenated compounds kept whole ("e-helse", "helse-tjenester") with their parts listed separately.
 */

export interface Token {
  /** The lower-cased word as written (hyphens kept for compounds). */
  surface: string;
  /** Parts of a hyphenated compound (empty for plain words). */
  parts: string[];
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const NO_PARTS: string[] = [];

/** True for tokens made only of digits (cheap check of ASCII digits first). */
function isNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    for (let i = 1; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (d < 48 || d > 57) return DIGITS_ONLY.test(s);
    }
    return true;
  }
  return c > 127 && DIGITS_ONLY.test(s);
}

/** Normalise a text: NFC (so "å" is one code point), lower case, Unicode hyphens as "-". */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[‐‑]/gu, '-');
}

/** Split a text into word tokens; single characters and bare numbers are dropped. */
export function tokenize(text: string): Token[] {
  return tokenSurfaces(text).map(tokenOf);
}

/** The surfaces of tokenize(text), without building the tokens. */
export function tokenSurfaces(text: string): string[] {
  const words = normalizeText(text).match(WORD);
  if (words === null) return [];
  return words.filter(
    (surface) => surface.includes('-') || (surface.length > 1 && !isNumber(surface)),
  );
}

/** The token of a surface given by tokenSurfaces: a hyphenated compound lists its parts. */
export function tokenOf(surface: string): Token {
  if (!surface.includes('-')) return { surface, parts: NO_PARTS };
  return { surface, parts: surface.split('-').filter((p) => p.length > 1 && !isNumber(p)) };
}
