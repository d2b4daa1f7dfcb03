/**
 * Language detection for short municipal texts: bokmål (nb), nynorsk (nn) or English (en).
 * Evidence is counted from marker words (frequent function words that differ between the three) and from
 * character patterns (æ/ø/å, "hv"/"kv" onsets, English "th"/"w"/"-tion"/"-ing"). Bokmål is the default when there
 * is no evidence (the majority written standard of Norwegian municipalities).
 */
import { Language } from '../exchange/types';
import { tokenSurfaces } from './tokenizer';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const MARKERS_NN =
  words(`ikkje eg korleis kva kvifor kven frå òg vere vore verte vert vart dei berre mykje noko nokon
  nokre fleire meir ein eit eitt heile sjølv utan difor kvar då me dykk hjå heim heime medan framleis enno eigen
  kommunane løysing løysingar tenester teneste forsking røynsle verksemd tilsette innbyggjarar skule skulen born
  mellom anna gjennom`);
const MARKERS_NB =
  words(`ikke jeg hvordan hva hvorfor hvem fra også være vært blitt de bare mye noe noen flere mer
  hele selv uten derfor hver hvor når vi hjem hjemme mens fortsatt ennå egen kommunene løsning løsninger
  tjenester tjeneste forskning erfaring virksomhet ansatte innbyggere skole skolen barn blant annet gjennom`);
const MARKERS_NO = words(
  `og i på til av med er som det den for en et om har kan skal vil må ved ut over sin seg`,
);
const MARKERS_EN =
  words(`the and of to in is are for with on that this be by we our as from how at an it can which
  their they these or not will have has been use using between within into through more new public local`);

// Words that occur in both marker sets are removed from MARKERS_NN/NB when scoring nn vs nb.
const NN_ONLY = new Set([...MARKERS_NN].filter((w) => !MARKERS_NB.has(w)));
const NB_ONLY = new Set([...MARKERS_NB].filter((w) => !MARKERS_NN.has(w)));

const NN_ENDINGS = ['heit', 'leg', 'ane', 'ast'];
const NB_ENDINGS = ['het', 'lig', 'ene'];
// not -ing or -ment: common in Norwegian too (planlegging, dokument)
const EN_ENDINGS = ['tion', 'tions', 'ness', 'ity', 'ies', 'ship', 'th'];
const NO_ENDINGS = ['sjon', 'skj', 'kj', 'gj', 'ikk', 'eier', 'eir'];
const NO_ONSETS = ['sj', 'skj', 'kj', 'gj'];

function endsWithAny(s: string, endings: readonly string[]): boolean {
  for (const e of endings) if (s.endsWith(e)) return true;
  return false;
}

function startsWithAny(s: string, onsets: readonly string[]): boolean {
  for (const o of onsets) if (s.startsWith(o)) return true;
  return false;
}

export interface LanguageEvidence {
  language: Language;
  scores: Record<Language, number>;
}

/** Evidence of one word: [nn, nb, no, en] (each a sum of halves, so adding cached values is exact). */
export type WordEvidence = readonly [number, number, number, number];
const evidenceCache = new Map<string, WordEvidence>();

export function wordEvidence(surface: string): WordEvidence {
  let cached = evidenceCache.get(surface);
  if (cached !== undefined) return cached;
  let nn = 0;
  let nb = 0;
  let no = 0;
  let en = 0;
  if (NN_ONLY.has(surface)) nn += 2;
  if (NB_ONLY.has(surface)) nb += 2;
  if (MARKERS_NO.has(surface)) no += 1;
  if (MARKERS_EN.has(surface)) en += 1.5;
  // character evidence (weaker)
  const long = surface.length > 5;
  if (surface.includes('æ') || surface.includes('ø') || surface.includes('å')) no += 1;
  if (surface.startsWith('kv')) nn += 0.5;
  if (surface.startsWith('hv')) nb += 0.5;
  if (long && endsWithAny(surface, NN_ENDINGS)) nn += 0.5;
  if (long && endsWithAny(surface, NB_ENDINGS)) nb += 0.5;
  if (
    endsWithAny(surface, EN_ENDINGS) ||
    surface.startsWith('th') ||
    surface.startsWith('wh') ||
    surface.includes('w') ||
    surface.includes('q') ||
    surface.includes('x')
  ) {
    en += 0.5;
  }
  if (endsWithAny(surface, NO_ENDINGS) || startsWithAny(surface, NO_ONSETS)) no += 0.5;
  cached = [nn, nb, no, en];
  if (evidenceCache.size > 200_000) evidenceCache.clear();
  evidenceCache.set(surface, cached);
  return cached;
}

/** Detect the language of a text with the evidence that decided it. */
export function detectLanguageWithEvidence(text: string): LanguageEvidence {
  // the first ~60 words carry ample evidence
  return evidenceOfWords(tokenSurfaces(text.length > 500 ? text.slice(0, 500) : text));
}

function evidenceOfWords(surfaces: readonly string[]): LanguageEvidence {
  let nn = 0;
  let nb = 0;
  let no = 0;
  let en = 0;
  for (const surface of surfaces) {
    const e = wordEvidence(surface);
    nn += e[0];
    nb += e[1];
    no += e[2];
    en += e[3];
  }
  return languageOfEvidence(nn, nb, no, en);
}

/** The language decided by summed word evidence (see wordEvidence). */
export function languageOfEvidence(
  nn: number,
  nb: number,
  no: number,
  en: number,
): LanguageEvidence {
  const norwegian = no + nn + nb;
  const scores: Record<Language, number> = { nb: 0, nn: 0, en };
  // split the shared Norwegian evidence by the standard-specific markers
  if (nn > nb) {
    scores.nn = norwegian;
    scores.nb = no + nb;
  } else {
    scores.nb = norwegian;
    scores.nn = no + nn;
  }
  let language: Language = 'nb';
  if (en > norwegian) language = 'en';
  else if (nn > nb) language = 'nn';
  return { language, scores };
}

/** Detect the language of a text: "nb", "nn" or "en". */
export function detectLanguage(text: string): Language {
  return detectLanguageWithEvidence(text).language;
}
