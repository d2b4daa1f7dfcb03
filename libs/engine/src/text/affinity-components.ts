/**
 * The non-text components of need ↔ profile affinity: theme overlap, region fit and project-type fit.
 * Each is in [0, 1]; NEUTRAL (0.5) is used where the data needed to judge is missing.
 */
import {
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
  Settings,
  THEMES,
} from '../exchange/types';

export const NEUTRAL = 0.5;

const THEME_BIT = new Map<string, number>(THEMES.map((t, i) => [t, 1 << i]));

/** Bit mask of theme codes (unknown codes are ignored). */
export function themeMask(themes: readonly string[] | undefined): number {
  let mask = 0;
  for (const t of themes ?? []) mask |= THEME_BIT.get(t) ?? 0;
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Theme overlap as the overlap coefficient |A ∩ B| / min(|A|, |B|): 1 when the smaller theme set is contained in
 * the other (a need with one theme fully served by a broad profile scores 1). NEUTRAL when either side has none.
 */
export function themeOverlap(a: number, b: number): number {
  if (a === 0 || b === 0) return NEUTRAL;
  return popcount(a & b) / Math.min(popcount(a), popcount(b));
}

/**
 * Region fit: 1 when the profile serves the whole country (no countyNumbers) or the need owner's county;
 * NEUTRAL when the need owner's county is unknown; 0 otherwise.
 */
export function regionFit(
  needCounty: string | undefined,
  profileCounties: ReadonlySet<string> | null,
): number {
  if (profileCounties === null) return 1;
  if (needCounty === undefined) return NEUTRAL;
  return profileCounties.has(needCounty) ? 1 : 0;
}

/**
 * Project-type fit: pre-projects and innovation projects (and needs without a type) can use any research group: 1.
 * A competence project is led by a research institution with international partners: 1 when the profile's
 * group has internationalPartners, NEUTRAL when unknown, 0 when it has none or the profile's organization is not
 * a research group. Without settings.requireInternationalPartnersForCompetenceProjects any research group fits.
 */
export function projectTypeFit(
  need: ProblemNeed,
  profileOrg: ProblemOrganization | undefined,
  settings: Settings,
): number {
  if (need.projectType !== 'COMPETENCE_PROJECT') return 1;
  if (profileOrg?.kind !== undefined && profileOrg.kind !== 'RESEARCH_GROUP') return 0;
  if (!settings.requireInternationalPartnersForCompetenceProjects) return 1;
  if (profileOrg?.internationalPartners === true) return 1;
  if (profileOrg?.internationalPartners === false) return 0;
  return NEUTRAL;
}

/** County served set of a profile, or null for the whole country. */
export function profileCounties(profile: ProblemProfile): ReadonlySet<string> | null {
  return profile.countyNumbers && profile.countyNumbers.length > 0
    ? new Set(profile.countyNumbers)
    : null;
}

/**
 * Calibration of the text cosine into [0, 1]: the square root. TF-IDF cosines of short texts concentrate near 0
 * (a clearly relevant pair is often 0.1–0.4); the square root is monotone (text-only rankings are unchanged) and
 * spreads that range (0.04 → 0.2, 0.25 → 0.5) so text carries weight comparable to the categorical components.
 */
export function calibrateText(cosine: number): number {
  return cosine <= 0 ? 0 : Math.sqrt(Math.min(1, cosine));
}
