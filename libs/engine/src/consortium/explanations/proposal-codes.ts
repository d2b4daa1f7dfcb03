/** What a proposal's explanation says, as codes with parameters (the wording is in catalogue.ts). */
import { ExplanationItem, SizeClassCode } from '../../exchange/explanation-codes';
import { ConsortiumSizeRule, ProjectType, Theme } from '../../exchange/types';
import { cmp, sizeClass } from '../candidate-score';
import { Candidate } from '../consortium.types';
import { FormationContext } from '../formation-context';
import { groupRef, needRef, profileHasPartners, round4 } from './refs';

/**
 * The programme's own minimum sizes (domain.md, "Rules that come from the programme"): a pre-project has at least
 * one municipality and one research group; an innovation project as a rule several of each; a competence project
 * is justified by at least one municipal need and led by a research institution. Maximums are not programme rules.
 */
export const PROGRAMME_MINIMUMS: Record<
  ProjectType,
  { minMunicipalities: number; minResearchGroups: number }
> = {
  PRE_PROJECT: { minMunicipalities: 1, minResearchGroups: 1 },
  INNOVATION_PROJECT: { minMunicipalities: 2, minResearchGroups: 2 },
  COMPETENCE_PROJECT: { minMunicipalities: 1, minResearchGroups: 1 },
};

const SIZE_ORDER: SizeClassCode[] = ['small', 'medium', 'large'];

function topByCount(counts: Map<string, number>, k: number): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, k)
    .map(([t]) => t);
}

function countInto(counts: Map<string, number>, items: Iterable<string>): void {
  for (const t of items) counts.set(t, (counts.get(t) ?? 0) + 1);
}

/** The size limits the broker set for this type in the run's settings, as resolved ranges. */
export function brokerSizes(
  ctx: FormationContext,
  type: ProjectType,
): Partial<ConsortiumSizeRule> | undefined {
  const given = ctx.problem.settings?.sizes?.[type];
  if (!given) return undefined;
  const rule = ctx.settings.sizes[type];
  const out: Partial<ConsortiumSizeRule> = {};
  if (given.minMunicipalities !== undefined || given.maxMunicipalities !== undefined) {
    out.minMunicipalities = rule.minMunicipalities;
    out.maxMunicipalities = rule.maxMunicipalities;
  }
  if (given.minResearchGroups !== undefined || given.maxResearchGroups !== undefined) {
    out.minResearchGroups = rule.minResearchGroups;
    out.maxResearchGroups = rule.maxResearchGroups;
  }
  return Object.keys(out).length ? out : undefined;
}

export function proposalCodes(ctx: FormationContext, c: Candidate): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  const lead = ctx.orgById.get(c.leadOrganizationId);
  const leadProfile = c.profiles.find(
    (p) => ctx.profiles[p].organizationId === c.leadOrganizationId,
  );
  const broker = brokerSizes(ctx, c.projectType);
  items.push({
    code: 'CONSORTIUM_SHAPE',
    params: {
      projectType: c.projectType,
      lead: {
        organizationId: c.leadOrganizationId,
        name: lead?.name ?? c.leadOrganizationId,
        ...(lead?.kind ? { kind: lead.kind } : {}),
        ...(leadProfile !== undefined ? { institution: ctx.institution(leadProfile) } : {}),
        internationalPartners: leadProfile !== undefined && profileHasPartners(ctx, leadProfile),
      },
      municipalities: c.needs.length,
      researchGroups: c.profiles.length,
      programme: PROGRAMME_MINIMUMS[c.projectType],
      ...(broker ? { broker } : {}),
    },
  });

  if (c.needs.length === 1) {
    items.push({ code: 'SINGLE_NEED', params: { need: needRef(ctx, c.needs[0]) } });
  } else {
    const termCounts = new Map<string, number>();
    for (let i = 0; i < c.needs.length; i++)
      for (let j = i + 1; j < c.needs.length; j++)
        countInto(termCounts, ctx.similarity(c.needs[i], c.needs[j])?.sharedTerms ?? []);
    const themeCounts = new Map<string, number>();
    for (const n of c.needs) countInto(themeCounts, new Set(ctx.needs[n].themes ?? []));
    const sharedThemes = [...themeCounts.entries()]
      .filter(([, k]) => k >= 2)
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .map(([t]) => t as Theme);
    items.push({
      code: 'NEEDS_JOINED',
      params: {
        needs: c.needs.map((n) => needRef(ctx, n)),
        sharedTerms: topByCount(termCounts, 8),
        sharedThemes,
        similarity: round4(c.components.cohesion),
      },
    });
  }

  const needThemes = new Set(c.needs.flatMap((n) => ctx.needs[n].themes ?? []));
  for (const p of c.profiles) {
    const termCounts = new Map<string, number>();
    for (const n of c.needs) countInto(termCounts, ctx.affinity(n, p).sharedTerms.slice(0, 6));
    items.push({
      code: 'GROUP_CONTRIBUTES',
      params: {
        group: groupRef(ctx, p),
        terms: topByCount(termCounts, 6),
        themes: (ctx.profiles[p].themes ?? []).filter((t) => needThemes.has(t)),
        relevance: round4(
          c.needs.reduce((s, n) => s + ctx.affinity(n, p).score, 0) / c.needs.length,
        ),
      },
    });
  }
  // A need's specialist (the recommender's top group for it) left out for the quality floor: it has no topic evidence
  // for another need of the consortium (said, so that proposals and recommendations do not silently disagree).
  for (const n of c.needs) {
    const top = ctx.profilesForNeed(n)[0]?.profileIndex;
    if (top === undefined || c.profiles.includes(top)) continue;
    const other = c.needs.find((m) => m !== n && !ctx.topicEvidence(m, top));
    if (other === undefined) continue;
    items.push({
      code: 'SPECIALIST_LEFT_OUT',
      params: { need: needRef(ctx, n), group: groupRef(ctx, top), otherNeed: needRef(ctx, other) },
    });
  }
  items.push({
    code: 'COVERAGE',
    params: { coverage: round4(c.components.coverage), needs: c.needs.length },
  });

  const classes = new Set(c.needs.map((n) => sizeClass(ctx.needOrg(n)?.population)));
  const sizeClasses = SIZE_ORDER.filter((k) => classes.has(k));
  const inexperienced = c.needs.filter((n) => {
    const e = ctx.needOrg(n)?.researchExperience;
    return e === 'NONE' || e === 'SOME';
  }).length;
  const institutions = new Set(c.profiles.map((p) => ctx.institution(p))).size;
  if (sizeClasses.length > 1 || inexperienced > 0 || institutions > 1)
    items.push({
      code: 'DIVERSITY',
      params: { sizeClasses, inexperiencedMunicipalities: inexperienced, institutions },
    });
  return items;
}
