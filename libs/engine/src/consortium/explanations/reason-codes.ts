/**
 * Why a need is in no proposal, as a code with its evidence. Every reason is computed from the problem, the final
 * selection and the capacity it leaves free — never from how the candidates were generated — so that it stays
 * true whatever the candidate generation does:
 *   broker exclusions and failed pins → project types → relevant research groups (affinity ≥ minAffinity) and why
 *   each one cannot be used → per project type: international partners, similar needs of other municipalities and
 *   why each cannot join, and a search for a valid consortium among the free needs and groups (which, when found,
 *   is named with its score and the run's quality floor).
 */
import {
  GroupState,
  GroupStatus,
  PinProblem,
  SimilarNeedState,
  SimilarNeedStatus,
  Topic,
  TypeReason,
  UnmatchedReason,
} from '../../exchange/explanation-codes';
import { ProjectType } from '../../exchange/types';
import { NeedNeighbour, NeedProfileAffinity } from '../../model/affinity-model';
import { isValidGroup } from '../candidate-generation';
import { scoreGroup, cmp } from '../candidate-score';
import { Candidate } from '../consortium.types';
import {
  FormationContext,
  isMunicipal,
  NEIGHBOURS_PER_NEED,
  PROFILES_PER_NEED,
} from '../formation-context';
import { groupRef, needRef, organizationRef, round4 } from './refs';

/** What the reasoner needs to know about the final selection. */
export interface SelectionInfo {
  candidates: Candidate[];
  /** Candidate index → proposal id (c1, ...) for selected candidates. */
  proposalIdOf: Map<number, string>;
  /** Pins that could not be honoured: pin index → problem key. */
  droppedPins: Map<number, string>;
  /** Whether the solver stopped at its time limit (or the heuristic ran). */
  timeLimited: boolean;
  /** Score below which a valid consortium is not proposed, when the run has such a floor. */
  qualityFloor?: number;
}

/** Listed groups and similar needs per reason (the counts cover all of them). */
const MAX_LISTED = 10;
/** First partners tried when searching a valid consortium among the free needs. */
const SEARCH_PARTNERS = 6;

/** The final selection and what it leaves free, built once per selection. */
export class SelectionState {
  readonly placedIn = new Map<number, string>();
  readonly usersOf = new Map<number, string[]>();
  readonly free: number[];
  /** Needs of pins that could not be honoured (kept out of every proposal). */
  readonly pinBlocked = new Set<number>();
  private readonly relevantCache = new Map<number, { k: number; list: NeedProfileAffinity[] }>();
  private readonly similarCache = new Map<number, NeedNeighbour[]>();

  constructor(
    readonly ctx: FormationContext,
    readonly info: SelectionInfo,
  ) {
    this.free = [...ctx.capacity];
    for (const [ci, pid] of info.proposalIdOf) {
      const cand = info.candidates[ci];
      for (const m of cand.needs) this.placedIn.set(m, pid);
      for (const p of cand.profiles) {
        const users = this.usersOf.get(p) ?? [];
        users.push(pid);
        this.usersOf.set(p, users);
        this.free[p]--;
      }
    }
    for (const pin of info.droppedPins.keys())
      for (const id of ctx.settings.pins[pin]?.needIds ?? []) {
        const m = ctx.needIndexById.get(id);
        if (m !== undefined) this.pinBlocked.add(m);
      }
  }

  /** The most relevant research groups for need n (the formation's shortlist, cached); all of them if fewer. */
  relevantTop(n: number): NeedProfileAffinity[] {
    return this.ctx.profilesForNeed(n);
  }

  /** The relevant groups of need n fetched so far (k = how many were asked for). */
  private fetched(n: number, k: number): NeedProfileAffinity[] {
    // The shortlist is the model's first PROFILES_PER_NEED: all of them when shorter, and the first batch.
    const top = this.relevantTop(n);
    if (top.length < PROFILES_PER_NEED || k <= PROFILES_PER_NEED) return top;
    const cached = this.relevantCache.get(n);
    if (cached && (cached.k >= k || cached.list.length < cached.k)) return cached.list;
    const list = this.ctx.model.profilesForNeed(n, k);
    this.relevantCache.set(n, { k, list });
    return list;
  }

  /** Every research group with affinity ≥ minAffinity for need n, best first (fetched only when a claim needs all). */
  relevant(n: number): NeedProfileAffinity[] {
    return this.fetched(n, this.ctx.profiles.length);
  }

  /** Whether some relevant group of need n satisfies `test`, looking through growing batches, best first. */
  someRelevant(n: number, test: (a: NeedProfileAffinity) => boolean): boolean {
    for (let k = PROFILES_PER_NEED; ; k *= 4) {
      const list = this.fetched(n, Math.min(k, this.ctx.profiles.length));
      if (list.some(test)) return true;
      if (list.length < k || k >= this.ctx.profiles.length) return false;
    }
  }

  /**
   * Other needs best first, down to the first one below minNeedSimilarity (or all): fetched in growing batches,
   * since few needs are similar enough and listing all of them is costly.
   */
  private allSimilar(n: number): NeedNeighbour[] {
    let list = this.similarCache.get(n);
    if (list) return list;
    const min = this.ctx.settings.minNeedSimilarity;
    const total = this.ctx.needs.length - 1;
    list = this.ctx.neighbours(n);
    let k = NEIGHBOURS_PER_NEED;
    while (list.length >= k && k < total && list[list.length - 1].similarity >= min) {
      k = Math.min(total, k * 4);
      list = this.ctx.model.similarNeeds(n, k).filter((x) => x.needIndex !== n);
    }
    this.similarCache.set(n, list);
    return list;
  }

  /** Every other need at least minNeedSimilarity alike, best first. */
  similar(n: number): NeedNeighbour[] {
    const min = this.ctx.settings.minNeedSimilarity;
    return this.allSimilar(n).filter((x) => x.similarity >= min);
  }

  /** The most similar needs of other organizations below minNeedSimilarity. */
  nearestBelow(n: number, k: number): NeedNeighbour[] {
    const min = this.ctx.settings.minNeedSimilarity;
    const org = this.ctx.needs[n].organizationId;
    return this.allSimilar(n)
      .filter(
        (x) =>
          x.similarity < min &&
          x.similarity > 0 &&
          this.ctx.needs[x.needIndex].organizationId !== org,
      )
      .slice(0, k);
  }

  /** Whether p is usable for n after the selection: fits n (availability, region, exclusions) with capacity left. */
  freeFor(n: number, p: number): boolean {
    return this.free[p] > 0 && this.ctx.profileFitsNeed(n, p);
  }

  groupStatus(n: number, p: number): GroupStatus {
    const ctx = this.ctx;
    if (ctx.isProfileExcluded(p)) return 'EXCLUDED';
    if (!ctx.orgsCompatible(ctx.needs[n].organizationId, ctx.profiles[p].organizationId))
      return 'CONFLICT';
    if (!ctx.regionOk(n, p)) return 'OUTSIDE_COUNTY';
    if (ctx.capacity[p] <= 0) return 'NO_CAPACITY';
    if (this.free[p] <= 0) return 'USED';
    return 'FREE';
  }
}

const states = new WeakMap<SelectionInfo, SelectionState>();

export function selectionState(ctx: FormationContext, info: SelectionInfo): SelectionState {
  let st = states.get(info);
  if (!st) states.set(info, (st = new SelectionState(ctx, info)));
  return st;
}

function topicOf(ctx: FormationContext, n: number): Topic {
  const themes = ctx.needs[n].themes ?? [];
  const terms =
    themes.length > 0
      ? []
      : [...ctx.model.needTerms(n).entries()]
          .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
          .slice(0, 3)
          .map(([s]) => ctx.model.surface(s));
  return { themes: [...themes], terms };
}

function similarStatus(
  st: SelectionState,
  n: number,
  m: number,
  type: ProjectType,
  thorough: boolean,
): { status: SimilarNeedStatus | 'UNSURE'; proposalId?: string } {
  const ctx = st.ctx;
  const a = ctx.needs[n].organizationId;
  const b = ctx.needs[m].organizationId;
  if (a === b) return { status: 'SAME_ORGANIZATION' };
  if (!ctx.isNeedUsable(m)) return { status: 'EXCLUDED' };
  if (st.pinBlocked.has(m)) return { status: 'PIN_FAILED' };
  if (!ctx.needFitsType(m, type)) return { status: 'OTHER_PROJECT_TYPE' };
  if (!ctx.orgsCompatible(a, b)) return { status: 'EXCLUDED_PAIR' };
  const placed = st.placedIn.get(m);
  if (placed) return { status: 'PLACED', proposalId: placed };
  // A consortium of both needs a free group relevant to each that serves both: the shortlists decide quickly;
  // only `thorough` looks through every relevant group before saying there is none.
  const both = (x: NeedProfileAffinity) =>
    st.freeFor(n, x.profileIndex) && st.freeFor(m, x.profileIndex);
  if (st.relevantTop(n).some(both) && st.relevantTop(m).some(both)) return { status: 'AVAILABLE' };
  if (!thorough) return { status: 'UNSURE' };
  const available = st.someRelevant(n, both) && st.someRelevant(m, both);
  return { status: available ? 'AVAILABLE' : 'NO_COMMON_GROUP' };
}

interface FoundConsortium {
  type: ProjectType;
  needs: number[];
  profiles: number[];
  score: number;
}

/** A valid consortium of this type among the free needs and groups that holds need n, if one is found. */
function searchFree(
  st: SelectionState,
  n: number,
  type: ProjectType,
  partners: number[],
): FoundConsortium | undefined {
  const ctx = st.ctx;
  const rule = ctx.settings.sizes[type];
  const groups: number[][] = [];
  if (rule.minMunicipalities <= 1) groups.push([n]);
  for (const first of partners.slice(0, SEARCH_PARTNERS)) {
    if (groups.length >= SEARCH_PARTNERS + 1) break;
    const g = [n, first];
    for (const x of partners) {
      if (g.length >= rule.minMunicipalities) break;
      if (g.includes(x)) continue;
      if (
        g.every((y) => ctx.orgsCompatible(ctx.needs[y].organizationId, ctx.needs[x].organizationId))
      )
        g.push(x);
    }
    if (g.length >= rule.minMunicipalities && g.length <= rule.maxMunicipalities) groups.push(g);
  }
  let best: FoundConsortium | undefined;
  for (const g of groups) {
    const team = freeTeam(st, type, g);
    if (!team) continue;
    const needs = [...g].sort((a, b) => a - b);
    const profiles = [...team].sort((a, b) => a - b);
    if (!isValidGroup(ctx, type, needs, profiles)) continue;
    const score = scoreGroup(ctx, needs, profiles).score;
    if (!best || score > best.score) best = { type, needs, profiles, score };
  }
  return best;
}

/** A team of free groups serving every need of g, each need with a relevant group, within the size rule. */
function freeTeam(st: SelectionState, type: ProjectType, g: number[]): number[] | undefined {
  const ctx = st.ctx;
  const rule = ctx.settings.sizes[type];
  const minAffinity = ctx.settings.minAffinity;
  const fitsAll = (p: number) => g.every((m) => st.freeFor(m, p));
  const sum = new Map<number, number>();
  for (const m of g)
    for (const a of st.relevantTop(m))
      if (fitsAll(a.profileIndex))
        sum.set(a.profileIndex, (sum.get(a.profileIndex) ?? 0) + a.score);
  const pool = [...sum.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([p]) => p);
  const needIntl =
    type === 'COMPETENCE_PROJECT' && ctx.settings.requireInternationalPartnersForCompetenceProjects;
  const team: number[] = [];
  const compatible = (p: number) =>
    team.every((q) =>
      ctx.orgsCompatible(ctx.profiles[q].organizationId, ctx.profiles[p].organizationId),
    );
  if (needIntl) {
    const intl =
      pool.find((p) => ctx.hasInternationalPartners(p)) ??
      ctx.profiles.findIndex((_, p) => ctx.hasInternationalPartners(p) && fitsAll(p));
    if (intl === undefined || intl < 0) return undefined;
    team.push(intl);
  }
  const uncovered = () =>
    g.filter((m) => !team.some((p) => ctx.affinity(m, p).score >= minAffinity));
  while (team.length < rule.maxResearchGroups) {
    const missing = uncovered();
    if (missing.length === 0 && team.length >= rule.minResearchGroups) break;
    const next =
      pool.find(
        (p) =>
          !team.includes(p) &&
          compatible(p) &&
          missing.some((m) => ctx.affinity(m, p).score >= minAffinity),
      ) ?? pool.find((p) => !team.includes(p) && compatible(p));
    if (next === undefined) break;
    team.push(next);
  }
  return team.length >= rule.minResearchGroups && uncovered().length === 0 ? team : undefined;
}

/** The reason why need n is in no proposal of the final selection. */
export function unmatchedReasonCode(
  ctx: FormationContext,
  n: number,
  info: SelectionInfo,
): UnmatchedReason {
  const need = ctx.needs[n];
  const org = ctx.needOrg(n);
  const settings = ctx.settings;

  if (ctx.excludedIds.has(need.id)) return { code: 'NEED_EXCLUDED', params: {} };
  if (ctx.excludedIds.has(need.organizationId))
    return {
      code: 'ORGANIZATION_EXCLUDED',
      params: { organization: organizationRef(ctx, need.organizationId) },
    };
  if (!isMunicipal(org))
    return {
      code: 'OWNER_NOT_MUNICIPAL',
      params: { organization: organizationRef(ctx, need.organizationId) },
    };

  const pins: Array<{ pin: number; problem: PinProblem }> = [];
  settings.pins.forEach((pin, i) => {
    const problem = info.droppedPins.get(i);
    if (problem && pin.needIds.includes(need.id))
      pins.push({ pin: i, problem: problem as PinProblem });
  });
  if (pins.length) return { code: 'PIN_FAILED', params: { pins } };

  const types = settings.projectTypes.filter(
    (t, i, a) => a.indexOf(t) === i && ctx.needFitsType(n, t),
  );
  if (types.length === 0 && need.projectType === undefined)
    return { code: 'NO_PROJECT_TYPES', params: {} };
  if (types.length === 0)
    return { code: 'PROJECT_TYPE_NOT_IN_RUN', params: { projectType: need.projectType! } };

  // An underspecified need can only be developed alone; it is unmatched for that reason when no project type of the
  // run takes one municipality (otherwise the usual causes below apply).
  if (!ctx.isSpecific(n) && !types.some((t) => settings.sizes[t].minMunicipalities <= 1))
    return {
      code: 'NEED_UNDERSPECIFIED',
      params: { terms: ctx.concepts(n).map((t) => ctx.model.surface(t)) },
    };

  const st = selectionState(ctx, info);
  const topic = topicOf(ctx, n);
  if (st.relevantTop(n).length === 0)
    return { code: 'NO_RELEVANT_GROUP', params: { topic, minAffinity: settings.minAffinity } };

  const isFree = (a: NeedProfileAffinity) => st.groupStatus(n, a.profileIndex) === 'FREE';
  const freeTop = st.relevantTop(n).filter(isFree);
  let freeAll: NeedProfileAffinity[] | undefined;
  /** Every free relevant group (the full list is fetched only when a claim needs it). */
  const free = () => (freeAll ??= st.relevant(n).filter(isFree));
  if (freeTop.length === 0 && !st.someRelevant(n, isFree)) {
    const relevant = st.relevant(n);
    const groups: GroupState[] = relevant.slice(0, MAX_LISTED).map((a) => {
      const status = st.groupStatus(n, a.profileIndex);
      return {
        ...groupRef(ctx, a.profileIndex),
        relevance: round4(a.score),
        status,
        ...(status === 'USED' ? { usedBy: [...(st.usersOf.get(a.profileIndex) ?? [])] } : {}),
      };
    });
    const county = org?.countyNumber;
    return {
      code: 'NO_FREE_GROUP',
      params: {
        topic,
        ...(county && settings.enforceRegion ? { countyNumber: county } : {}),
        relevantCount: relevant.length,
        groups,
      },
    };
  }

  const reasons: TypeReason[] = [];
  let best: FoundConsortium | undefined;
  for (const type of types) {
    const rule = settings.sizes[type];
    if (
      type === 'COMPETENCE_PROJECT' &&
      settings.requireInternationalPartnersForCompetenceProjects &&
      !freeTop.some((a) => ctx.hasInternationalPartners(a.profileIndex)) &&
      !st.someRelevant(n, (a) => isFree(a) && ctx.hasInternationalPartners(a.profileIndex))
    ) {
      reasons.push({
        code: 'NO_INTERNATIONAL_GROUP',
        params: { projectType: type, freeGroups: free().length },
      });
      continue;
    }
    let partners: number[] = [];
    if (rule.minMunicipalities > 1) {
      // Quick statuses first: when the surely available partners already give a valid consortium, the rest
      // need not be looked through.
      const minSim = settings.minNeedSimilarity;
      const quick = ctx
        .neighbours(n)
        .filter((x) => x.similarity >= minSim)
        .map((x) => ({ x, ...similarStatus(st, n, x.needIndex, type, false) }));
      const sure = quick.filter((q) => q.status === 'AVAILABLE').map((q) => q.x.needIndex);
      const early =
        sure.length >= rule.minMunicipalities - 1 ? searchFree(st, n, type, sure) : undefined;
      if (early) {
        if (!best || early.score > best.score) best = early;
        continue;
      }
      const similar = st.similar(n).map((x) => ({
        x,
        ...(similarStatus(st, n, x.needIndex, type, true) as {
          status: SimilarNeedStatus;
          proposalId?: string;
        }),
      }));
      partners = similar.filter((q) => q.status === 'AVAILABLE').map((q) => q.x.needIndex);
      if (partners.length < rule.minMunicipalities - 1) {
        const shown = similar.filter((s) => s.status !== 'SAME_ORGANIZATION').slice(0, MAX_LISTED);
        const nearest = shown.length === 0 ? st.nearestBelow(n, 2) : [];
        reasons.push({
          code: 'NO_PARTNER_NEED',
          params: {
            projectType: type,
            minMunicipalities: rule.minMunicipalities,
            minNeedSimilarity: settings.minNeedSimilarity,
            similarNeeds: shown.map((s): SimilarNeedState => {
              const m = s.x.needIndex;
              return {
                ...needRef(ctx, m),
                similarity: round4(s.x.similarity),
                status: s.status,
                ...(s.proposalId ? { proposalId: s.proposalId } : {}),
                ...(s.status === 'OTHER_PROJECT_TYPE' && ctx.needs[m].projectType
                  ? { projectType: ctx.needs[m].projectType }
                  : {}),
              };
            }),
            similarCount: similar.filter((s) => s.status !== 'SAME_ORGANIZATION').length,
            ...(nearest.length
              ? {
                  nearestBelow: nearest.map((x) => ({
                    ...needRef(ctx, x.needIndex),
                    similarity: round4(x.similarity),
                  })),
                }
              : {}),
            available: partners.length,
            suggestPreProject:
              type !== 'PRE_PROJECT' &&
              need.projectType !== undefined &&
              settings.sizes.PRE_PROJECT.minMunicipalities <= 1,
          },
        });
        continue;
      }
    }
    const found = searchFree(st, n, type, partners);
    if (found) {
      if (!best || found.score > best.score) best = found;
      continue;
    }
    const orgs = new Map<string, number>();
    for (const a of free())
      if (!orgs.has(ctx.profiles[a.profileIndex].organizationId))
        orgs.set(ctx.profiles[a.profileIndex].organizationId, a.profileIndex);
    if (orgs.size < rule.minResearchGroups)
      reasons.push({
        code: 'TOO_FEW_GROUPS',
        params: {
          projectType: type,
          minResearchGroups: rule.minResearchGroups,
          groups: [...orgs.values()].map((p) => groupRef(ctx, p)),
        },
      });
    else reasons.push({ code: 'NO_VALID_COMBINATION', params: { projectType: type } });
  }

  if (best) {
    const floor = info.qualityFloor;
    return {
      code: 'FREE_CONSORTIUM_NOT_PROPOSED',
      params: {
        projectType: best.type,
        needs: best.needs.map((m) => needRef(ctx, m)),
        groups: best.profiles.map((p) => groupRef(ctx, p)),
        score: round4(best.score),
        ...(floor !== undefined && best.score < floor ? { qualityFloor: floor } : {}),
        timeLimited: info.timeLimited,
      },
    };
  }
  return { code: 'NO_CONSORTIUM', params: { freeGroups: free().length, types: reasons } };
}
