/**
 * Score of a candidate consortium in [0, 1] and its components:
 * - relevance: mean affinity over all (need, research group) pairs;
 * - coverage: weighted coverage of the needs' key terms and themes with diminishing returns,
 *   cov(item) = 1 − Π_groups (1 − c_group,item), so a second group with the same expertise adds little
 *   (0.8 → 0.96) while a complementary one covers new items (0 → 0.8);
 * - cohesion: mean pairwise similarity of the needs (0 for a single need: nobody to share the project with);
 * - diversity: mean of (a) the mix of municipality size classes, (b) the share of municipalities with little
 *   research experience (NONE/SOME), (c) more than one research institution.
 * quality = (w_rel · relevance + w_cov · coverage + w_coh · cohesion) / (w_rel + w_cov + w_coh), and
 * score = quality + bonus, where the diversity bonus = diversity · min(MAX_DIVERSITY_BONUS, w_div / Σ_k w_k) and
 * only a coherent consortium gets it (one need, or cohesion ≥ COHERENCE_FLOOR). So diversity breaks near-ties
 * between good consortia but never lifts an incoherent one above a coherent one of at least the same quality, and
 * never bridges a quality difference larger than MAX_DIVERSITY_BONUS (weights from settings.consortiumWeights).
 */
import { ConsortiumWeights, ProjectType, ProposalComponents } from '../exchange/types';
import { FormationContext } from './formation-context';

/** The largest score bonus diversity can give (a tie-breaker between good consortia, not a quality). */
export const MAX_DIVERSITY_BONUS = 0.05;
/** Mean pairwise need similarity from which a consortium of several needs counts as coherent (gets the bonus). */
export const COHERENCE_FLOOR = 0.2;

export type SizeClass = 'small' | 'medium' | 'large';

/** KOSTRA-style size class from population (domain.md): small < 5,000, medium < 20,000, large otherwise. */
export function sizeClass(population: number | undefined): SizeClass | undefined {
  if (population === undefined || !Number.isFinite(population)) return undefined;
  if (population < 5000) return 'small';
  if (population < 20000) return 'medium';
  return 'large';
}

export interface ScoredGroup {
  score: number;
  components: ProposalComponents;
  /** Coverage of each need's items (for explanations): need index → item key → coverage. */
  needCoverage: number[];
}

export function coverageOf(ctx: FormationContext, needs: number[], profiles: number[]): number {
  if (needs.length === 0) return 0;
  let total = 0;
  for (const n of needs) total += needCoverageOf(ctx, n, profiles);
  return total / needs.length;
}

/** Scratch for needCoverageOf: miss[item] = Π_groups (1 − c). */
let missScratch = new Float64Array(64);

export function needCoverageOf(ctx: FormationContext, n: number, profiles: number[]): number {
  const all = ctx.coverageItems(n);
  if (missScratch.length < all.length) missScratch = new Float64Array(2 * all.length);
  const miss = missScratch;
  miss.fill(1, 0, all.length);
  for (const p of profiles) {
    const { items, cover } = ctx.covered(n, p);
    for (let k = 0; k < items.length; k++) miss[items[k]] *= 1 - cover[k];
  }
  let covered = 0;
  for (let i = 0; i < all.length; i++) covered += all[i].weight * (1 - miss[i]);
  return covered;
}

export function diversityOf(ctx: FormationContext, needs: number[], profiles: number[]): number {
  const classes = new Set<SizeClass>();
  let inexperienced = 0;
  for (const n of needs) {
    const org = ctx.needOrg(n);
    const cls = sizeClass(org?.population);
    if (cls) classes.add(cls);
    if (org?.researchExperience === 'NONE' || org?.researchExperience === 'SOME') inexperienced++;
  }
  const possibleClasses = Math.min(3, needs.length);
  const mix = possibleClasses > 1 ? Math.max(0, classes.size - 1) / (possibleClasses - 1) : 0;
  const experience = needs.length > 0 ? inexperienced / needs.length : 0;
  const institutions = new Set(profiles.map((p) => ctx.institution(p)));
  const multiInstitution = institutions.size > 1 ? 1 : 0;
  return (mix + experience + multiInstitution) / 3;
}

export function scoreGroup(
  ctx: FormationContext,
  needs: number[],
  profiles: number[],
): ScoredGroup {
  let relevanceSum = 0;
  for (const n of needs) for (const p of profiles) relevanceSum += ctx.affinity(n, p).score;
  const relevance =
    needs.length * profiles.length > 0 ? relevanceSum / (needs.length * profiles.length) : 0;
  const needCoverage = needs.map((n) => needCoverageOf(ctx, n, profiles));
  const coverage = needCoverage.length
    ? needCoverage.reduce((s, v) => s + v, 0) / needCoverage.length
    : 0;
  let cohesionSum = 0;
  let pairs = 0;
  for (let i = 0; i < needs.length; i++)
    for (let j = i + 1; j < needs.length; j++) {
      cohesionSum += ctx.similarity(needs[i], needs[j])?.similarity ?? 0;
      pairs++;
    }
  const cohesion = pairs > 0 ? cohesionSum / pairs : 0;
  const diversity = diversityOf(ctx, needs, profiles);
  const score = combineScore(ctx.settings.consortiumWeights, {
    relevance,
    coverage,
    cohesion,
    diversity,
    needCount: needs.length,
  });
  return { score, components: { relevance, coverage, cohesion, diversity }, needCoverage };
}

/** The score from the components (see the file comment): quality plus the bounded diversity bonus if coherent. */
export function combineScore(
  w: ConsortiumWeights,
  c: ProposalComponents & { needCount: number },
): number {
  const qualityWeight = w.relevance + w.coverage + w.cohesion;
  const quality =
    qualityWeight > 0
      ? (w.relevance * c.relevance + w.coverage * c.coverage + w.cohesion * c.cohesion) /
        qualityWeight
      : 0;
  const weightSum = qualityWeight + w.diversity;
  const coherent = c.needCount < 2 || c.cohesion >= COHERENCE_FLOOR;
  const bonus =
    coherent && weightSum > 0
      ? c.diversity * Math.min(MAX_DIVERSITY_BONUS, w.diversity / weightSum)
      : 0;
  return Math.min(1, Math.max(0, quality + bonus));
}

/**
 * Objective weight of a candidate: score × number of needs. A consortium of four needs at score 0.5 is worth 2.0,
 * more than two pairs at 0.45 (0.9 each, 1.8 together), so the optimiser does not split natural groups into tiny
 * consortia; and weight / |needs| = score is the per-need share used by the combinatorial bound.
 * A small floor keeps every candidate strictly positive.
 */
export function objectiveWeight(score: number, needCount: number): number {
  return Math.max(score, 1e-6) * needCount;
}

/** Lead organization: the municipality whose need fits the team best (innovation, pre-project), or the best-fitting
 * research group with international partners (competence project; any group when not required). */
export function leadOrganization(
  ctx: FormationContext,
  type: ProjectType,
  needs: number[],
  profiles: number[],
): string {
  const meanAffinityNeed = (n: number) =>
    profiles.reduce((s, p) => s + ctx.affinity(n, p).score, 0) / Math.max(1, profiles.length);
  const meanAffinityProfile = (p: number) =>
    needs.reduce((s, n) => s + ctx.affinity(n, p).score, 0) / Math.max(1, needs.length);
  if (type === 'COMPETENCE_PROJECT') {
    const intl = profiles.filter((p) => ctx.hasInternationalPartners(p));
    const pool = intl.length > 0 ? intl : profiles;
    const best = [...pool].sort(
      (a, b) =>
        meanAffinityProfile(b) - meanAffinityProfile(a) ||
        cmp(ctx.profiles[a].id, ctx.profiles[b].id),
    )[0];
    return ctx.profiles[best].organizationId;
  }
  const best = [...needs].sort(
    (a, b) => meanAffinityNeed(b) - meanAffinityNeed(a) || cmp(ctx.needs[a].id, ctx.needs[b].id),
  )[0];
  return ctx.needs[best].organizationId;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
