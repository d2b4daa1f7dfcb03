/**
 * Words and number formats shared by the message catalogues: labels of themes, project types and size classes,
 * counted nouns with their plurals, lists and numbers per locale.
 */
import { Locale, ProjectType, Theme } from '../../exchange/types';
import { ENGLISH_TO_BOKMAAL } from '../../text/glossary';
import { wordEvidence } from '../../text/language-detector';

export const THEME_LABELS: Record<Locale, Record<Theme, string>> = {
  nb: {
    HEALTH_AND_CARE: 'helse og omsorg',
    EDUCATION_AND_CHILDHOOD: 'oppvekst og utdanning',
    CLIMATE_AND_ENVIRONMENT: 'klima og miljø',
    ENERGY_AND_BUILDINGS: 'energi og bygg',
    PLANNING_AND_TRANSPORT: 'areal- og transportplanlegging',
    DIGITALISATION: 'digitalisering',
    LEADERSHIP_AND_WORKPLACE: 'ledelse, organisering og arbeidsmiljø',
    LOCAL_DEMOCRACY_AND_PARTICIPATION: 'lokaldemokrati og medvirkning',
    VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY: 'frivillighet og sivilsamfunn',
    INCLUSION_AND_INTEGRATION: 'inkludering og integrering',
    PUBLIC_PROCUREMENT: 'innovative anskaffelser',
    CIRCULAR_ECONOMY: 'gjenbruk og sirkulærøkonomi',
    BUSINESS_DEVELOPMENT: 'næringsutvikling',
    CULTURE_AND_COMMUNITY: 'kultur og lokalsamfunn',
  },
  nn: {
    HEALTH_AND_CARE: 'helse og omsorg',
    EDUCATION_AND_CHILDHOOD: 'oppvekst og utdanning',
    CLIMATE_AND_ENVIRONMENT: 'klima og miljø',
    ENERGY_AND_BUILDINGS: 'energi og bygg',
    PLANNING_AND_TRANSPORT: 'areal- og transportplanlegging',
    DIGITALISATION: 'digitalisering',
    LEADERSHIP_AND_WORKPLACE: 'leiing, organisering og arbeidsmiljø',
    LOCAL_DEMOCRACY_AND_PARTICIPATION: 'lokaldemokrati og medverknad',
    VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY: 'frivilligheit og sivilsamfunn',
    INCLUSION_AND_INTEGRATION: 'inkludering og integrering',
    PUBLIC_PROCUREMENT: 'innovative anskaffingar',
    CIRCULAR_ECONOMY: 'ombruk og sirkulærøkonomi',
    BUSINESS_DEVELOPMENT: 'næringsutvikling',
    CULTURE_AND_COMMUNITY: 'kultur og lokalsamfunn',
  },
  en: {
    HEALTH_AND_CARE: 'health and care',
    EDUCATION_AND_CHILDHOOD: 'education and childhood',
    CLIMATE_AND_ENVIRONMENT: 'climate and environment',
    ENERGY_AND_BUILDINGS: 'energy and buildings',
    PLANNING_AND_TRANSPORT: 'land-use and transport planning',
    DIGITALISATION: 'digitalisation',
    LEADERSHIP_AND_WORKPLACE: 'leadership, organisation and workplace',
    LOCAL_DEMOCRACY_AND_PARTICIPATION: 'local democracy and participation',
    VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY: 'voluntary sector and civil society',
    INCLUSION_AND_INTEGRATION: 'inclusion and integration',
    PUBLIC_PROCUREMENT: 'public procurement',
    CIRCULAR_ECONOMY: 'circular economy',
    BUSINESS_DEVELOPMENT: 'business development',
    CULTURE_AND_COMMUNITY: 'culture and community',
  },
};

/** Project types: [indefinite with article, definite] in lower case ("et forprosjekt", "forprosjektet"). */
const TYPE_FORMS: Record<Locale, Record<ProjectType, [string, string]>> = {
  nb: {
    PRE_PROJECT: ['et forprosjekt', 'forprosjektet'],
    INNOVATION_PROJECT: ['et innovasjonsprosjekt', 'innovasjonsprosjektet'],
    COMPETENCE_PROJECT: ['et kompetanseprosjekt', 'kompetanseprosjektet'],
  },
  nn: {
    PRE_PROJECT: ['eit forprosjekt', 'forprosjektet'],
    INNOVATION_PROJECT: ['eit innovasjonsprosjekt', 'innovasjonsprosjektet'],
    COMPETENCE_PROJECT: ['eit kompetanseprosjekt', 'kompetanseprosjektet'],
  },
  en: {
    PRE_PROJECT: ['a pre-project', 'the pre-project'],
    INNOVATION_PROJECT: ['an innovation project', 'the innovation project'],
    COMPETENCE_PROJECT: ['a competence project', 'the competence project'],
  },
};

export function typeIndefinite(locale: Locale, type: ProjectType): string {
  return TYPE_FORMS[locale][type][0];
}

export function typeDefinite(locale: Locale, type: ProjectType): string {
  return TYPE_FORMS[locale][type][1];
}

/** The bare noun without article ("forprosjekt", "pre-project"). */
export function typeNoun(locale: Locale, type: ProjectType): string {
  return TYPE_FORMS[locale][type][0].replace(/^(et|eit|an|a) /, '');
}

export const SIZE_LABELS: Record<Locale, Record<'small' | 'medium' | 'large', string>> = {
  nb: { small: 'små', medium: 'mellomstore', large: 'store' },
  nn: { small: 'små', medium: 'mellomstore', large: 'store' },
  en: { small: 'small', medium: 'medium-sized', large: 'large' },
};

type Noun =
  'municipality' | 'group' | 'institution' | 'need' | 'relevantGroup' | 'freeGroup' | 'similarNeed';

/** Singular and plural of counted nouns. Nynorsk neuters have no plural ending: "eitt FoU-miljø, to FoU-miljø". */
const NOUNS: Record<Locale, Record<Noun, [string, string]>> = {
  nb: {
    municipality: ['kommune', 'kommuner'],
    group: ['FoU-miljø', 'FoU-miljøer'],
    institution: ['forskningsinstitusjon', 'forskningsinstitusjoner'],
    need: ['behov', 'behov'],
    relevantGroup: ['relevant FoU-miljø', 'relevante FoU-miljøer'],
    freeGroup: ['ledig relevant FoU-miljø', 'ledige relevante FoU-miljøer'],
    similarNeed: ['lignende behov', 'lignende behov'],
  },
  nn: {
    municipality: ['kommune', 'kommunar'],
    group: ['FoU-miljø', 'FoU-miljø'],
    institution: ['forskingsinstitusjon', 'forskingsinstitusjonar'],
    need: ['behov', 'behov'],
    relevantGroup: ['relevant FoU-miljø', 'relevante FoU-miljø'],
    freeGroup: ['ledig relevant FoU-miljø', 'ledige relevante FoU-miljø'],
    similarNeed: ['liknande behov', 'liknande behov'],
  },
  en: {
    municipality: ['municipality', 'municipalities'],
    group: ['research group', 'research groups'],
    institution: ['research institution', 'research institutions'],
    need: ['need', 'needs'],
    relevantGroup: ['relevant research group', 'relevant research groups'],
    freeGroup: ['free relevant research group', 'free relevant research groups'],
    similarNeed: ['similar need', 'similar needs'],
  },
};

export function noun(locale: Locale, n: Noun, count: number): string {
  return NOUNS[locale][n][count === 1 ? 0 : 1];
}

/** "3 kommuner", "1 FoU-miljø", "2 FoU-miljø" (nn). */
export function counted(locale: Locale, count: number, n: Noun): string {
  return `${count} ${noun(locale, n, count)}`;
}

/** A decimal number: "0,64" in Norwegian, "0.64" in English. */
export function num(locale: Locale, x: number, digits = 2): string {
  const s = x.toFixed(digits);
  return locale === 'en' ? s : s.replace('.', ',');
}

/** A share as a percentage: "80 %" in Norwegian, "80%" in English. */
export function pct(locale: Locale, x: number): string {
  const v = Math.round(x * 100);
  return locale === 'en' ? `${v}%` : `${v} %`;
}

/** "a, b og c" / "a, b and c". */
export function list(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'en' ? 'and' : 'og';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** At most `max` items, the rest counted: "a, b og 3 til" / "a, b and 3 more". */
export function shortList(locale: Locale, items: string[], max = 3): string {
  if (items.length <= max) return list(locale, items);
  const more = items.length - max;
  return list(locale, [...items.slice(0, max), locale === 'en' ? `${more} more` : `${more} til`]);
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

export function quote(locale: Locale, s: string): string {
  return locale === 'en' ? `“${s}”` : `«${s}»`;
}

/** Proposal ids in numeric order: c2, c10. */
export function sortProposalIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)) || (a < b ? -1 : 1),
  );
}

/**
 * A shared term as it may stand in a sentence of this locale: in a Norwegian sentence, an English word is given
 * by its Norwegian glossary equivalent, or left out when it has none (names are not terms).
 */
export function termFor(locale: Locale, term: string): string | undefined {
  if (locale === 'en') return term;
  const lower = term.toLocaleLowerCase('nb');
  const translated = ENGLISH_TO_BOKMAAL[lower];
  if (translated) return translated;
  const [nn, nb, no, en] = wordEvidence(lower);
  return en > 0 && nn + nb + no === 0 ? undefined : term;
}

/** Shared terms for a sentence of this locale, without duplicates, at most k. */
export function termsFor(locale: Locale, terms: string[], k: number): string[] {
  const out: string[] = [];
  for (const t of terms) {
    const w = termFor(locale, t);
    if (w && !out.includes(w)) out.push(w);
    if (out.length >= k) break;
  }
  return out;
}
