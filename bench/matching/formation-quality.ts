/**
 * Formation quality on a planted problem, for the engine's proposals and for a plain greedy proposer measured in
 * the same run: needs placed, precision/recall of co-proposed need pairs and need–group pairs (against the planted
 * consortia, and against the planted topics), the mobilization share, agreement with the recommender, and the
 * number of unmatched needs for which a valid consortium still exists among the free research groups.
 *
 * The last check is independent of the engine's candidate generation and reasons: it re-reads the problem, the
 * proposals' capacity use and the affinity model, and looks for a one-need consortium (pre-project, or competence
 * project) with a free group that has topic evidence, or a two-need innovation project with two free groups.
 * The quality floor is the engine's own definition (FormationContext): a need takes part only when it names at
 * least two topic concepts; topic evidence = affinity ≥ settings.minAffinity and two of the need's key terms
 * (without the run's generic words) contributing to it; two needs share a project only when they share a key term,
 * and every group has topic evidence for both.
 */
import {
  AffinityModel,
  Problem,
  ProjectType,
  PROPOSALS_FORMAT,
  Proposal,
  ProposalsDocument,
  Settings,
  checkProposals,
} from '@brobygger/engine';
import { FormationContext } from '@brobygger/engine/consortium/formation-context';
import { Planted } from './generator';
import { PairRecovery, Recovery, measureRecovery } from './recovery';

export interface FormationQuality {
  needsPlaced: number;
  needsTotal: number;
  placedShare: number;
  proposals: number;
  /** Research groups in no proposal, of all groups. */
  idleGroups: number;
  slotsUsed: number;
  slotsTotal: number;
  ruleViolations: number;
  /** Against the planted consortia (a pair counts only if the planted truth put both in one consortium). */
  recovery: Recovery;
  /** Against the planted topics: a need pair is right when the needs share a topic, a need–group pair when the group
   * works on the need's topic (noise needs placed on their own topic count as right). */
  topicNeedPairs: PairRecovery;
  topicNeedGroupPairs: PairRecovery;
  /** Vague needs (one topic term in generic wording): how many, placed alone, placed together with other needs. */
  vague: { total: number; alone: number; grouped: number };
  /** Proposals that could include a municipality with little research experience (NONE/SOME or < 5,000 inhabitants). */
  mobilizationPossible: number;
  mobilizationIncluded: number;
  /** Proposals in which a need's top recommended group (profilesForNeed(n)[0]) is free to join but left out. */
  specialistPassedOver: number;
  /** Unmatched needs for which a valid consortium exists among the groups still free (must be 0). */
  unmatchedWithFreeConsortium: number;
  unmatchedWithFreeSamples: string[];
}

// ---------------------------------------------------------------- eligibility shared by the checks

class Eligibility {
  readonly needIndex = new Map<string, number>();
  readonly profileIndex = new Map<string, number>();
  private readonly orgs;
  private readonly excluded: Set<string>;
  /** The engine's own definitions of topic evidence and of a need specific enough to share a project. */
  private readonly floor: FormationContext;

  constructor(
    readonly problem: Problem,
    readonly model: AffinityModel,
    readonly settings: Settings,
  ) {
    problem.needs.forEach((n, i) => this.needIndex.set(n.id, i));
    problem.profiles.forEach((p, i) => this.profileIndex.set(p.id, i));
    this.orgs = new Map(problem.organizations.map((o) => [o.id, o]));
    this.excluded = new Set(
      (problem.exclusions ?? []).map((e) => (e.a < e.b ? `${e.a}|${e.b}` : `${e.b}|${e.a}`)),
    );
    this.floor = new FormationContext(problem, settings, model);
  }

  org(id: string) {
    return this.orgs.get(id);
  }

  compatible(a: string, b: string): boolean {
    return a !== b && !this.excluded.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  }

  usableNeed(n: number): boolean {
    const kind = this.org(this.problem.needs[n].organizationId)?.kind;
    return kind === undefined || kind === 'MUNICIPALITY' || kind === 'COUNTY_MUNICIPALITY';
  }

  fitsType(n: number, type: ProjectType): boolean {
    const t = this.problem.needs[n].projectType;
    return (t === undefined || t === type) && this.settings.projectTypes.includes(type);
  }

  regionOk(n: number, p: number): boolean {
    if (!this.settings.enforceRegion) return true;
    const counties = this.problem.profiles[p].countyNumbers ?? [];
    const county = this.org(this.problem.needs[n].organizationId)?.countyNumber;
    return counties.length === 0 || county === undefined || counties.includes(county);
  }

  /** Hard rules between one need and one group (capacity aside). */
  fits(n: number, p: number): boolean {
    return (
      this.regionOk(n, p) &&
      this.compatible(this.problem.needs[n].organizationId, this.problem.profiles[p].organizationId)
    );
  }

  /** The quality floor: affinity ≥ minAffinity and a key term of the need in the pair's text evidence. */
  evidence(n: number, p: number): boolean {
    return this.floor.topicEvidence(n, p);
  }

  /** Whether the need names enough topic concepts to share a project with another municipality. */
  specific(n: number): boolean {
    return this.floor.isSpecific(n);
  }

  /** Whether two needs share a key term (the engine's condition for grouping them). */
  shareTopic(a: number, b: number): boolean {
    return this.floor.shareKeyTerm(a, b);
  }

  intl(p: number): boolean {
    return this.org(this.problem.profiles[p].organizationId)?.internationalPartners === true;
  }
}

function littleExperience(e: Eligibility, orgId: string): boolean {
  const org = e.org(orgId);
  return (
    org?.kind === 'MUNICIPALITY' &&
    (org.researchExperience === 'NONE' ||
      org.researchExperience === 'SOME' ||
      (org.population !== undefined && org.population < 5000))
  );
}

// ---------------------------------------------------------------- the independent "free valid consortium" check

function freeCapacity(e: Eligibility, doc: ProposalsDocument): number[] {
  const free = e.problem.profiles.map((p) => Math.max(0, Math.floor(p.capacity ?? 1)));
  for (const prop of doc.proposals)
    for (const id of prop.profileIds) free[e.profileIndex.get(id)!]--;
  return free;
}

/** Whether a valid consortium above the quality floor exists for need n among free groups and open needs. */
function freeConsortiumFor(
  e: Eligibility,
  n: number,
  free: number[],
  open: Set<number>,
): string | undefined {
  const s = e.settings;
  const freeFitting = (needs: number[]) =>
    e.problem.profiles
      .map((_, p) => p)
      .filter(
        (p) =>
          free[p] > 0 &&
          needs.every((m) => e.fits(m, p)) &&
          needs.every((m) =>
            e.compatible(e.problem.needs[m].organizationId, e.problem.profiles[p].organizationId),
          ),
      );
  if (!e.specific(n)) return undefined;
  for (const type of ['PRE_PROJECT', 'COMPETENCE_PROJECT'] as ProjectType[]) {
    const rule = s.sizes[type];
    if (!e.fitsType(n, type) || rule.minMunicipalities > 1 || rule.minResearchGroups > 1) continue;
    for (const p of freeFitting([n])) {
      if (type === 'COMPETENCE_PROJECT' && s.requireInternationalPartnersForCompetenceProjects)
        if (!e.intl(p)) continue;
      if (e.evidence(n, p)) return `${type} with ${e.problem.profiles[p].id}`;
    }
  }
  const type: ProjectType = 'INNOVATION_PROJECT';
  const rule = s.sizes[type];
  if (
    e.fitsType(n, type) &&
    e.specific(n) &&
    rule.minMunicipalities <= 2 &&
    rule.minResearchGroups <= 2
  ) {
    const org = e.problem.needs[n].organizationId;
    for (const nb of e.model.similarNeeds(n, 20)) {
      const m = nb.needIndex;
      if (m === n || !open.has(m) || nb.similarity < s.minNeedSimilarity) continue;
      if (!e.fitsType(m, type) || !e.compatible(org, e.problem.needs[m].organizationId)) continue;
      if (!e.specific(m) || !e.shareTopic(n, m)) continue;
      // two groups of distinct organizations, each with evidence for both needs
      const withEvidence = freeFitting([n, m]).filter((p) => e.evidence(n, p) && e.evidence(m, p));
      for (let i = 0; i < withEvidence.length; i++)
        for (let j = i + 1; j < withEvidence.length; j++) {
          const [p, q] = [withEvidence[i], withEvidence[j]];
          const po = e.problem.profiles[p].organizationId;
          const qo = e.problem.profiles[q].organizationId;
          if (e.compatible(po, qo))
            return `${type} with ${e.problem.needs[m].id}, ${e.problem.profiles[p].id}, ${e.problem.profiles[q].id}`;
        }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- metrics

function topicSets(planted: Planted, needId: string): Set<string> {
  const t = planted.needTopics[needId];
  return new Set(t ? t.split('+') : []);
}

function topicPrecision(doc: ProposalsDocument, planted: Planted): [PairRecovery, PairRecovery] {
  let pairs = 0;
  let pairHits = 0;
  let groups = 0;
  let groupHits = 0;
  for (const prop of doc.proposals) {
    const topics = prop.needIds.map((id) => topicSets(planted, id));
    for (let i = 0; i < topics.length; i++) {
      for (let j = i + 1; j < topics.length; j++) {
        pairs++;
        if ([...topics[i]].some((t) => topics[j].has(t))) pairHits++;
      }
      for (const p of prop.profileIds) {
        groups++;
        if ((planted.profileTopics[p] ?? []).some((t) => topics[i].has(t))) groupHits++;
      }
    }
  }
  const pr = (proposed: number, hits: number): PairRecovery => ({
    proposed,
    planted: NaN,
    hits,
    precision: proposed === 0 ? 0 : hits / proposed,
    recall: NaN,
  });
  return [pr(pairs, pairHits), pr(groups, groupHits)];
}

export function measureFormation(
  problem: Problem,
  model: AffinityModel,
  settings: Settings,
  doc: ProposalsDocument,
  planted: Planted,
): FormationQuality {
  const e = new Eligibility(problem, model, settings);
  const placed = new Set(doc.proposals.flatMap((p) => p.needIds));
  const usedGroups = new Set(doc.proposals.flatMap((p) => p.profileIds));
  const free = freeCapacity(e, doc);
  const slotsTotal = problem.profiles.reduce((s, p) => s + Math.max(0, p.capacity ?? 1), 0);
  const open = new Set(
    problem.needs.map((_, n) => n).filter((n) => !placed.has(problem.needs[n].id)),
  );

  let unmatchedWithFree = 0;
  const samples: string[] = [];
  for (const n of open) {
    if (!e.usableNeed(n)) continue;
    const found = freeConsortiumFor(e, n, free, open);
    if (found) {
      unmatchedWithFree++;
      if (samples.length < 3) samples.push(`${problem.needs[n].id}: ${found}`);
    }
  }

  // Mobilization: a proposal could include a little-experienced municipality when it has one, or when a need of one
  // is similar to a member need (≥ minNeedSimilarity), fits the type and its organization is compatible.
  let possible = 0;
  let included = 0;
  let passedOver = 0;
  for (const prop of doc.proposals) {
    const members = prop.needIds.map((id) => e.needIndex.get(id)!);
    const orgs = [
      ...members.map((n) => problem.needs[n].organizationId),
      ...prop.profileIds.map((id) => problem.profiles[e.profileIndex.get(id)!].organizationId),
    ];
    const has = members.some((n) => littleExperience(e, problem.needs[n].organizationId));
    let could = has;
    for (const n of members) {
      if (could) break;
      for (const nb of model.similarNeeds(n, 20)) {
        const m = nb.needIndex;
        if (nb.similarity < settings.minNeedSimilarity || members.includes(m)) continue;
        const org = problem.needs[m].organizationId;
        if (!littleExperience(e, org) || !e.fitsType(m, prop.projectType)) continue;
        if (orgs.every((o) => e.compatible(o, org))) {
          could = true;
          break;
        }
      }
    }
    if (could) possible++;
    if (has) included++;
    // Agreement with the recommender: a need's top group, free (or freed by this proposal) and allowed, left out.
    const rule = settings.sizes[prop.projectType];
    for (const n of members) {
      const top = model.profilesForNeed(n, 1)[0];
      if (!top || prop.profileIds.includes(problem.profiles[top.profileIndex].id)) continue;
      const p = top.profileIndex;
      const porg = problem.profiles[p].organizationId;
      if (
        free[p] > 0 &&
        prop.profileIds.length < rule.maxResearchGroups &&
        members.every((m) => e.fits(m, p)) &&
        orgs.every((o) => e.compatible(o, porg))
      ) {
        passedOver++;
        break;
      }
    }
  }

  const [topicNeedPairs, topicNeedGroupPairs] = topicPrecision(doc, planted);
  const vagueIds = new Set(planted.vagueNeeds);
  const vague = { total: vagueIds.size, alone: 0, grouped: 0 };
  for (const prop of doc.proposals) {
    const vagueHere = prop.needIds.filter((id) => vagueIds.has(id)).length;
    if (prop.needIds.length === 1) vague.alone += vagueHere;
    else vague.grouped += vagueHere;
  }
  return {
    needsPlaced: placed.size,
    needsTotal: problem.needs.length,
    placedShare: placed.size / Math.max(1, problem.needs.length),
    proposals: doc.proposals.length,
    idleGroups: problem.profiles.filter((p) => !usedGroups.has(p.id)).length,
    slotsUsed: doc.proposals.reduce((s, p) => s + p.profileIds.length, 0),
    slotsTotal,
    ruleViolations: checkProposals(problem, doc).length,
    recovery: measureRecovery(problem, doc, planted),
    topicNeedPairs,
    topicNeedGroupPairs,
    vague,
    mobilizationPossible: possible,
    mobilizationIncluded: included,
    specialistPassedOver: passedOver,
    unmatchedWithFreeConsortium: unmatchedWithFree,
    unmatchedWithFreeSamples: samples,
  };
}

// ---------------------------------------------------------------- the plain greedy proposer (baseline)

/**
 * What a developer would write first: needs in order of their best affinity; each open need seeds a consortium of
 * its most similar open needs (different, compatible municipalities; up to three) and the most relevant free
 * research groups (two; one for a one-need pre-project). The first type whose size rule fits is used: innovation
 * project for two or more needs, else pre-project, else competence project. Same affinity model as the engine.
 */
export function greedyProposals(
  problem: Problem,
  model: AffinityModel,
  settings: Settings,
): ProposalsDocument {
  const e = new Eligibility(problem, model, settings);
  const free = problem.profiles.map((p) => Math.max(0, Math.floor(p.capacity ?? 1)));
  const placed = new Set<number>();
  const best = problem.needs.map((_, n) => model.profilesForNeed(n, 1)[0]?.score ?? 0);
  const order = problem.needs
    .map((_, n) => n)
    .filter((n) => e.usableNeed(n))
    .sort((a, b) => best[b] - best[a] || a - b);
  const proposals: Proposal[] = [];
  for (const seed of order) {
    if (placed.has(seed)) continue;
    const needs = [seed];
    for (const nb of model.similarNeeds(seed, 20)) {
      if (needs.length >= 3) break;
      const m = nb.needIndex;
      if (m === seed || placed.has(m) || !e.usableNeed(m)) continue;
      if (nb.similarity < settings.minNeedSimilarity) continue;
      const org = problem.needs[m].organizationId;
      if (!needs.every((x) => e.compatible(problem.needs[x].organizationId, org))) continue;
      needs.push(m);
    }
    const tryTeam = (group: number[], type: ProjectType): Proposal | undefined => {
      const rule = settings.sizes[type];
      if (!settings.projectTypes.includes(type)) return undefined;
      if (group.length < rule.minMunicipalities || group.length > rule.maxMunicipalities)
        return undefined;
      if (!group.every((n) => e.fitsType(n, type))) return undefined;
      const relevance = new Map<number, number>();
      for (const n of group)
        for (const a of model.profilesForNeed(n, 15))
          relevance.set(a.profileIndex, (relevance.get(a.profileIndex) ?? 0) + a.score);
      const ranked = [...relevance.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const team: number[] = [];
      const orgs = group.map((n) => problem.needs[n].organizationId);
      const want = Math.max(rule.minResearchGroups, Math.min(2, rule.maxResearchGroups));
      const needIntl =
        type === 'COMPETENCE_PROJECT' && settings.requireInternationalPartnersForCompetenceProjects;
      for (const [p] of ranked) {
        if (team.length >= want) break;
        const org = problem.profiles[p].organizationId;
        if (free[p] <= 0 || !group.every((n) => e.fits(n, p))) continue;
        if (!orgs.every((o) => e.compatible(o, org))) continue;
        if (needIntl && team.length === want - 1 && !team.some((q) => e.intl(q)) && !e.intl(p))
          continue;
        team.push(p);
        orgs.push(org);
      }
      if (team.length < rule.minResearchGroups) return undefined;
      if (needIntl && !team.some((q) => e.intl(q))) return undefined;
      if (!group.every((n) => team.some((p) => model.affinity(n, p).score >= settings.minAffinity)))
        return undefined;
      return {
        id: `g${proposals.length + 1}`,
        projectType: type,
        score: 0,
        leadOrganizationId:
          type === 'COMPETENCE_PROJECT'
            ? problem.profiles[team.find((q) => e.intl(q)) ?? team[0]].organizationId
            : problem.needs[group[0]].organizationId,
        needIds: group.map((n) => problem.needs[n].id),
        profileIds: team.map((p) => problem.profiles[p].id),
        organizationIds: [...new Set(orgs)].sort(),
        components: { relevance: 0, coverage: 0, cohesion: 0, diversity: 0 },
        explanation: 'greedy baseline',
      };
    };
    const attempts: Array<[number[], ProjectType]> = [
      [needs, 'INNOVATION_PROJECT'],
      [needs, 'PRE_PROJECT'],
      [[seed], 'PRE_PROJECT'],
      [needs, 'COMPETENCE_PROJECT'],
      [[seed], 'COMPETENCE_PROJECT'],
    ];
    for (const [group, type] of attempts) {
      const prop = tryTeam(group, type);
      if (!prop) continue;
      proposals.push(prop);
      for (const id of prop.needIds) placed.add(e.needIndex.get(id)!);
      for (const id of prop.profileIds) free[e.profileIndex.get(id)!]--;
      break;
    }
  }
  return {
    format: PROPOSALS_FORMAT,
    objective: 0,
    upperBound: 0,
    proposals,
    unmatchedNeeds: problem.needs
      .filter((_, n) => !placed.has(n))
      .map((n) => ({ needId: n.id, reason: 'greedy baseline' })),
  };
}
