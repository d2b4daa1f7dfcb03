/**
 * Candidate consortia per project type.
 *
 * For every usable need (the seed) and every project type it fits, needs from other organizations are added one
 * at a time — the one with the highest mean similarity to the members so far, above settings.minNeedSimilarity,
 * compatible with every member (different organization, no exclusion) — giving a chain of need groups; a second
 * chain starts from the seed's second-best neighbour. Every prefix whose size is within the type's municipality
 * range is a need group. For each need group research groups are chosen greedily by marginal weighted coverage of
 * the needs' key terms and themes (diminishing returns), plus their mean affinity and a bonus for a new
 * institution, honouring region, capacity and exclusions; a second, alternative team leaves out the first pick so
 * that the optimiser has a choice when capacity is short. Competence projects get a research group with
 * international partners first when required. Pins seed their own groups (pinned needs and profiles forced).
 * Per seed and type only the best few candidates are kept, so the total stays near maxExactCandidates.
 */
import { ProjectType, ConsortiumSizeRule } from '../exchange/types';
import { leadOrganization, objectiveWeight, scoreGroup, cmp } from './candidate-score';
import { FormationContext } from './formation-context';
import { Candidate } from './consortium.types';

/** Minimum marginal coverage for adding a research group beyond the minimum number. */
const MIN_COVERAGE_GAIN = 0.02;
const AFFINITY_WEIGHT_IN_PICK = 0.5;
const NEW_INSTITUTION_BONUS = 0.05;
/**
 * Preference for a need's specialist — the recommender's top group for it (profilesForNeed(n)[0]) — when teams are
 * built, so that proposals agree with the recommendations unless capacity, region or exclusions stand in the way.
 */
const SPECIALIST_BONUS = 0.15;
/** Research groups considered per need group (most relevant first). */
const MAX_TEAM_POOL = 12;
/**
 * A need joins a group only if its mean similarity to the members is at least this share of the group's own
 * cohesion (and at least settings.minNeedSimilarity): groups stay about one topic instead of drifting.
 */
const RELATIVE_COHESION = 0.75;
const TYPE_PREFERENCE: ProjectType[] = ['INNOVATION_PROJECT', 'PRE_PROJECT', 'COMPETENCE_PROJECT'];
/**
 * Need groups whose teams are remembered (the most recently used): about 13 MB at most, which holds every group of a
 * Norway-scale run; a larger run recomputes the teams of a group it has not seen for long (the same teams).
 */
const TEAM_CACHE_ENTRIES = 50_000;

export interface GenerationResult {
  candidates: Candidate[];
  /** For each pin, indices into candidates of those containing the pinned set. */
  pinCandidates: number[][];
  /** Pins that could not be turned into any valid candidate, with the reason key. */
  pinProblems: Map<number, string>;
}

export interface PinSpec {
  needs: number[];
  profiles: number[];
}

export function generateCandidates(
  ctx: FormationContext,
  onProgress?: (fraction: number) => void,
  options: { withPins?: boolean; maxPerSeed?: number } = {},
): GenerationResult {
  const settings = ctx.settings;
  const types = settings.projectTypes.filter((t, i, a) => a.indexOf(t) === i);
  const byKey = new Map<string, Candidate>();
  // Needs without a desired type seed innovation projects and pre-projects (municipality-led, preferred for them);
  // they still join competence projects grown from needs that ask for one. Without any such need in the run,
  // they seed competence projects too.
  const anyCompetenceNeed = ctx.needs.some((n) => n.projectType === 'COMPETENCE_PROJECT');
  const municipalityLed = types.some((t) => t !== 'COMPETENCE_PROJECT');
  const seedsPerType = types.map((type) =>
    ctx.needs
      .map((_, n) => n)
      .filter(
        (n) =>
          ctx.isNeedUsable(n) &&
          ctx.needFitsType(n, type) &&
          (ctx.isSpecific(n) || settingsAllowAlone(settings, type)) &&
          (type !== 'COMPETENCE_PROJECT' ||
            ctx.needs[n].projectType !== undefined ||
            !anyCompetenceNeed ||
            !municipalityLed),
      ),
  );
  const totalSeeds = seedsPerType.reduce((s, l) => s + l.length, 0);
  const perSeed = Math.max(
    3,
    Math.min(
      options.maxPerSeed ?? 12,
      Math.floor((0.8 * Math.max(settings.maxExactCandidates, 1000)) / Math.max(1, totalSeeds)),
    ),
  );

  // Residual rounds leave pins out: they are honoured (or reported) by the first round's candidates.
  const pins = options.withPins === false ? [] : resolvePins(ctx);
  const pinProblems = new Map<number, string>();
  pins.forEach((pin, i) => {
    if (typeof pin === 'string') pinProblems.set(i, pin);
  });

  let done = 0;
  const teamCache = new TeamCache(TEAM_CACHE_ENTRIES);
  /**
   * Candidates scored by the current seed and those kept from earlier seeds: a group grown again from another seed
   * reuses its kept candidate; one that no seed kept is scored again (the same candidate), not held for the run.
   */
  const made = new Map<string, Candidate>();
  types.forEach((type, ti) => {
    const rule = settings.sizes[type];
    for (const seed of seedsPerType[ti]) {
      const local: Candidate[] = [];
      const groups = growGroups(ctx, type, rule, [seed]);
      // Teams are chosen greedily for the maximal groups of the chains and for the smallest group; intermediate
      // prefixes reuse the teams of their maximal supersets (which fit them: fit is checked per need).
      const smallest = Math.min(...groups.map((g) => g.length));
      const maximal = groups.filter(
        (g) => !groups.some((h) => h.length > g.length && g.every((x) => h.includes(x))),
      );
      const maximalTeams = new Map<number[], number[][]>();
      for (const g of maximal)
        maximalTeams.set(g, chooseTeams(ctx, type, rule, g, [], teamCache, true));
      for (const group of groups) {
        let teams = maximalTeams.get(group);
        if (!teams && group.length === smallest)
          teams = chooseTeams(ctx, type, rule, group, [], teamCache, false);
        if (!teams)
          teams = maximal
            .filter((h) => group.every((x) => h.includes(x)))
            .flatMap((h) => maximalTeams.get(h) ?? []);
        for (const team of teams) {
          const c = makeCandidate(ctx, type, group, team, made);
          if (c) local.push(c);
        }
      }
      for (const c of keepBest(local, perSeed)) byKey.set(c.key, c);
      for (const c of local) if (!byKey.has(c.key)) made.delete(c.key);
      done++;
      if (onProgress && done % 50 === 0) onProgress((0.9 * done) / Math.max(1, totalSeeds));
    }
  });

  // Pins: candidates that contain the pinned needs (and profiles), in every type they fit.
  pins.forEach((pin, pi) => {
    if (typeof pin === 'string') return;
    let any = false;
    let lastProblem = 'no-valid-consortium';
    for (const type of types) {
      if (!pin.needs.every((n) => ctx.needFitsType(n, type))) {
        lastProblem = 'project-type';
        continue;
      }
      const rule = settings.sizes[type];
      if (
        pin.needs.length > rule.maxMunicipalities ||
        pin.profiles.length > rule.maxResearchGroups
      ) {
        lastProblem = 'size';
        continue;
      }
      for (const group of growGroups(ctx, type, rule, pin.needs)) {
        for (const team of chooseTeams(
          ctx,
          type,
          rule,
          group,
          pin.profiles,
          undefined,
          true,
          true,
        )) {
          const c = makeCandidate(ctx, type, group, team, made, true);
          if (c) {
            byKey.set(c.key, c);
            any = true;
          }
        }
      }
    }
    if (!any) pinProblems.set(pi, lastProblem);
  });

  // The same needs and team may be valid for several types (needs without a desired type). Keep one: the
  // municipality-led innovation project (the programme's main instrument), then pre-project, then competence project.
  const preferred = new Map<string, Candidate>();
  for (const c of byKey.values()) {
    const members = `${c.needs.join(',')}|${c.profiles.join(',')}`;
    const other = preferred.get(members);
    if (
      !other ||
      TYPE_PREFERENCE.indexOf(c.projectType) < TYPE_PREFERENCE.indexOf(other.projectType)
    )
      preferred.set(members, c);
  }
  const candidates = [...preferred.values()].sort(
    (a, b) => b.weight - a.weight || cmp(a.key, b.key),
  );
  const pinCandidates = pins.map((pin) => {
    if (typeof pin === 'string') return [];
    const out: number[] = [];
    candidates.forEach((c, i) => {
      if (
        pin.needs.every((n) => c.needs.includes(n)) &&
        pin.profiles.every((p) => c.profiles.includes(p))
      )
        out.push(i);
    });
    return out;
  });
  pinCandidates.forEach((list, i) => {
    if (list.length === 0 && !pinProblems.has(i)) pinProblems.set(i, 'no-valid-consortium');
  });
  onProgress?.(1);
  return { candidates, pinCandidates, pinProblems };
}

/** Pins as indices, or a problem key when a pin refers to excluded or unusable members. */
export function resolvePins(ctx: FormationContext): Array<PinSpec | string> {
  return ctx.settings.pins.map((pin) => {
    const needs = pin.needIds.map((id) => ctx.needIndexById.get(id));
    const profiles = (pin.profileIds ?? []).map((id) => ctx.profileIndexById.get(id));
    if (needs.length === 0) return 'empty';
    if (needs.some((n) => n === undefined) || profiles.some((p) => p === undefined))
      return 'unknown-id';
    const ns = [...new Set(needs as number[])];
    const ps = [...new Set(profiles as number[])];
    if (ns.some((n) => !ctx.isNeedUsable(n)) || ps.some((p) => ctx.isProfileExcluded(p)))
      return 'excluded';
    if (ps.some((p) => !ctx.isProfileAvailable(p))) return 'capacity';
    const orgs = [
      ...ns.map((n) => ctx.needs[n].organizationId),
      ...ps.map((p) => ctx.profiles[p].organizationId),
    ];
    for (let i = 0; i < orgs.length; i++)
      for (let j = i + 1; j < orgs.length; j++)
        if (!ctx.orgsCompatible(orgs[i], orgs[j])) return 'same-org-or-exclusion';
    for (const n of ns) for (const p of ps) if (!ctx.regionOk(n, p)) return 'region';
    return { needs: ns.sort((a, b) => a - b), profiles: ps.sort((a, b) => a - b) };
  });
}

/** Keep the best candidate of each size, then fill up by weight. */
function keepBest(local: Candidate[], limit: number): Candidate[] {
  const sorted = [...local].sort((a, b) => b.weight - a.weight || cmp(a.key, b.key));
  const kept = new Map<string, Candidate>();
  const sizes = new Set<number>();
  for (const c of sorted) {
    if (kept.size >= limit) break;
    if (!sizes.has(c.needs.length)) {
      sizes.add(c.needs.length);
      kept.set(c.key, c);
    }
  }
  for (const c of sorted) {
    if (kept.size >= limit) break;
    kept.set(c.key, c);
  }
  return [...kept.values()];
}

/** Whether the run allows a project of this type with one municipality (an underspecified need's only option). */
export function settingsAllowAlone(
  settings: FormationContext['settings'],
  type: ProjectType,
): boolean {
  return settings.sizes[type].minMunicipalities <= 1;
}

/** A need may join a group when its organization is compatible with every member's and it shares a key term with
 * each member (topic evidence: needs are never grouped on themes or similarity alone); only needs specific enough
 * to share a project (ctx.isSpecific) are grouped at all. */
function needsCompatible(ctx: FormationContext, group: number[], x: number): boolean {
  if (!ctx.isSpecific(x)) return false;
  const org = ctx.needs[x].organizationId;
  return group.every(
    (m) =>
      ctx.isSpecific(m) &&
      ctx.orgsCompatible(ctx.needs[m].organizationId, org) &&
      ctx.shareKeyTerm(m, x),
  );
}

/**
 * A selected candidate extended by one open need, using no further capacity (same team): the need shares a specific
 * topic with every member (two key words, as in growGroups), its mean similarity to the members is at least
 * settings.minNeedSimilarity, and the consortium stays valid (size rule, organizations, region, topic evidence of
 * every group for every need). growGroups' relative cohesion floor is not applied: it keeps greedy chains from
 * drifting, while here every group already has topic evidence for the need (measured: 85.2 % → 87.5 % of the needs
 * placed at Norway scale, topic precision unchanged). undefined when it may not join.
 */
export function joinNeed(ctx: FormationContext, c: Candidate, n: number): Candidate | undefined {
  const rule = ctx.settings.sizes[c.projectType];
  if (c.needs.length >= rule.maxMunicipalities || c.needs.includes(n)) return undefined;
  if (!needsCompatible(ctx, c.needs, n)) return undefined;
  const mean =
    c.needs.reduce((s, m) => s + (ctx.similarity(m, n)?.similarity ?? 0), 0) / c.needs.length;
  if (mean <= 0 || mean < ctx.settings.minNeedSimilarity) return undefined;
  const needs = [...c.needs, n].sort((a, b) => a - b);
  return makeCandidate(ctx, c.projectType, needs, c.profiles);
}

/** A candidate without one of its research groups, when it stays valid (size rule, topic evidence); else undefined. */
export function withoutGroup(
  ctx: FormationContext,
  c: Candidate,
  p: number,
): Candidate | undefined {
  const profiles = c.profiles.filter((q) => q !== p);
  return makeCandidate(ctx, c.projectType, c.needs, profiles);
}

/** growGroups' chain state per need: not yet seen, counted in simSum, or a member. */
const UNSEEN = 0;
const COUNTED = 1;
const MEMBER = 2;
let chainScratch: { simSum: Float64Array; state: Uint8Array; touched: number[] } | undefined;

/** The chain scratch for needCount needs (all UNSEEN, touched empty: each chain resets what it touched). */
function growScratch(needCount: number) {
  if (!chainScratch || chainScratch.state.length < needCount)
    chainScratch = {
      simSum: new Float64Array(needCount),
      state: new Uint8Array(needCount),
      touched: [],
    };
  return chainScratch;
}

/**
 * Need groups grown from a base (a seed need, or a pin's needs): prefixes of greedy chains whose sizes are within
 * the rule. Two chains: plain greedy, and one starting from the second-best first addition.
 */
export function growGroups(
  ctx: FormationContext,
  type: ProjectType,
  rule: ConsortiumSizeRule,
  base: number[],
): number[][] {
  const out = new Map<string, number[]>();
  const record = (g: number[]) => {
    if (g.length >= rule.minMunicipalities && g.length <= rule.maxMunicipalities) {
      const sorted = [...g].sort((a, b) => a - b);
      out.set(sorted.join(','), sorted);
    }
  };
  record(base);
  if (base.length >= rule.maxMunicipalities) return [...out.values()];

  const minSim = ctx.settings.minNeedSimilarity;
  const usable = (x: number) => ctx.isNeedUsable(x) && ctx.needFitsType(x, type);

  /**
   * Greedy chain with incremental sums: simSum[x] = Σ_members sim(member, x) over the members' neighbours (in the
   * scratch arrays, indexed by need, instead of a map per chain: chains are grown for every seed).
   */
  const grow = (start: number[], recordAll: boolean): number[] => {
    const { simSum, state, touched } = growScratch(ctx.needs.length);
    const group: number[] = [];
    let pairSum = 0;
    const addMember = (m: number) => {
      if (state[m] === COUNTED) pairSum += simSum[m];
      else touched.push(m);
      group.push(m);
      state[m] = MEMBER;
      // The needs counted so far (usable non-members, their neighbour lists loaded): m's similarity to them is
      // known; then m's other neighbours.
      for (const [x, nb] of ctx.similarities(m))
        if (state[x] === COUNTED) simSum[x] += nb.similarity;
      for (const nb of ctx.neighbours(m)) {
        const x = nb.needIndex;
        if (state[x] !== UNSEEN || !usable(x)) continue;
        simSum[x] = ctx.similarity(m, x)?.similarity ?? 0;
        state[x] = COUNTED;
        touched.push(x);
      }
    };
    for (const m of start) addMember(m);
    if (recordAll) record(group);
    while (group.length < rule.maxMunicipalities) {
      const pairs = (group.length * (group.length - 1)) / 2;
      const cohesion = pairs > 0 ? pairSum / pairs : 0;
      const floor = Math.max(minSim, RELATIVE_COHESION * cohesion);
      // The best compatible need: highest mean similarity, then lowest index (independent of the visiting order).
      let best: number | undefined;
      let bestGain = 0;
      for (const x of touched) {
        if (state[x] !== COUNTED) continue;
        const g = simSum[x] / group.length;
        if (g < floor || g <= 0) continue;
        if (best !== undefined && (g < bestGain || (g === bestGain && x > best))) continue;
        if (!needsCompatible(ctx, group, x)) continue;
        best = x;
        bestGain = g;
      }
      if (best === undefined) break;
      addMember(best);
      if (recordAll) record(group);
    }
    if (!recordAll) record(group);
    for (const x of touched) state[x] = UNSEEN;
    touched.length = 0;
    return group;
  };

  // First additions for the two chains: the seed group's two best compatible neighbours.
  const firstChain = grow(base, true);
  const firstPick = firstChain.length > base.length ? firstChain[base.length] : undefined;
  if (firstPick !== undefined) {
    // The second chain adds variety (an alternative partner for the seed); only its full group is kept.
    const initial = new Map<number, number>();
    for (const m of base)
      for (const nb of ctx.neighbours(m))
        if (!base.includes(nb.needIndex) && nb.needIndex !== firstPick && usable(nb.needIndex))
          initial.set(
            nb.needIndex,
            (initial.get(nb.needIndex) ?? 0) + (ctx.similarity(m, nb.needIndex)?.similarity ?? 0),
          );
    let second: number | undefined;
    let secondGain = 0;
    for (const [x, sum] of initial) {
      const g = sum / base.length;
      if (
        g < minSim ||
        g <= 0 ||
        (second !== undefined && (g < secondGain || (g === secondGain && x > second)))
      )
        continue;
      if (!needsCompatible(ctx, base, x)) continue;
      second = x;
      secondGain = g;
    }
    if (second !== undefined) grow([...base, second], false);
  }
  return [...out.values()];
}

/** chooseTeams' results by type and need group, the least recently used left out beyond `limit` entries. */
export class TeamCache {
  private readonly teams = new Map<string, number[][]>();

  constructor(private readonly limit: number) {}

  get(key: string): number[][] | undefined {
    const teams = this.teams.get(key);
    if (teams) {
      // Map iteration follows insertion: re-inserting keeps the oldest first.
      this.teams.delete(key);
      this.teams.set(key, teams);
    }
    return teams;
  }

  set(key: string, teams: number[][]): void {
    this.teams.set(key, teams);
    if (this.teams.size > this.limit) this.teams.delete(this.teams.keys().next().value!);
  }

  get size(): number {
    return this.teams.size;
  }
}

/**
 * Research-group teams for a need group: the greedy team, its minimal prefix (fewer groups, less capacity), and an
 * alternative without the greedy's first free pick. Returns sorted profile index lists; none when the rule cannot
 * be met. Cached per type and need group, since many seeds grow the same group.
 */
export function chooseTeams(
  ctx: FormationContext,
  type: ProjectType,
  rule: ConsortiumSizeRule,
  needs: number[],
  forced: number[],
  cache?: TeamCache,
  alternatives = true,
  pinned = false,
): number[][] {
  const cacheKey = `${type}|${needs.join(',')}|${forced.join(',')}|${alternatives ? 1 : 0}|${pinned ? 1 : 0}`;
  const cached = cache?.get(cacheKey);
  if (cached) return cached;
  // Summed relevance per listed profile, in a scratch array indexed by profile (reset below).
  const { relevance, listed } = relevanceScratch(ctx.profiles.length);
  const profiles: number[] = [];
  for (const n of needs)
    for (const a of ctx.profilesForNeed(n)) {
      if (!listed[a.profileIndex]) profiles.push(a.profileIndex);
      listed[a.profileIndex] = 1;
      relevance[a.profileIndex] += a.score;
    }
  const ranked: Array<{ p: number; r: number }> = [];
  for (const p of profiles) {
    ranked.push({ p, r: relevance[p] });
    relevance[p] = 0;
    listed[p] = 0;
  }
  // The MAX_TEAM_POOL most relevant that may join every need (checked in order, only until the pool is full).
  ranked.sort((a, b) => b.r - a.r || a.p - b.p);
  const relevant: number[] = [];
  for (const { p } of ranked) {
    if (relevant.length === MAX_TEAM_POOL) break;
    if (!forced.includes(p) && needs.every((n) => ctx.profileFitsNeed(n, p))) relevant.push(p);
  }
  // Each need's specialist joins the pool even when the group's summed relevance ranks it lower.
  const specialists = new Set<number>();
  for (const n of needs) {
    const top = ctx.profilesForNeed(n)[0];
    if (
      top &&
      !forced.includes(top.profileIndex) &&
      needs.every((m) => ctx.profileFitsNeed(m, top.profileIndex))
    )
      specialists.add(top.profileIndex);
  }
  const pool = [...new Set([...relevant, ...specialists])].sort((a, b) => a - b);
  const teams = new Map<string, number[]>();
  const entries = poolEntries(ctx, needs, pool, specialists, pinned);
  const first = greedyTeam(ctx, type, rule, needs, forced, entries);
  if (first) {
    teams.set(first.team.join(','), first.team);
    if (first.minimal) teams.set(first.minimal.join(','), first.minimal);
    if (alternatives && first.firstFree !== undefined) {
      const second = greedyTeam(
        ctx,
        type,
        rule,
        needs,
        forced,
        entries.filter((e) => e.p !== first.firstFree),
      );
      if (second) teams.set(second.team.join(','), second.team);
    }
  }
  const out = [...teams.values()];
  cache?.set(cacheKey, out);
  return out;
}

let teamScratch: { relevance: Float64Array; listed: Uint8Array } | undefined;

/** chooseTeams' relevance sums per profile (all 0: chooseTeams resets what it used). */
function relevanceScratch(profileCount: number) {
  if (!teamScratch || teamScratch.listed.length < profileCount)
    teamScratch = {
      relevance: new Float64Array(profileCount),
      listed: new Uint8Array(profileCount),
    };
  return teamScratch;
}

/** A research group's coverage of each need of a group: ctx.covered(needs[i], p) for every i. */
type GroupCover = ReadonlyArray<{ items: number[]; cover: number[] }>;

/** Incremental weighted coverage of a need group's items: miss[n][item] = Π_team (1 − c). */
class CoverageState {
  private readonly miss: Float64Array[];
  private readonly weights: Float64Array[];
  value = 0;

  constructor(ctx: FormationContext, needs: number[]) {
    this.miss = [];
    this.weights = [];
    for (const n of needs) {
      const items = ctx.coverageItems(n);
      const weights = new Float64Array(items.length);
      for (let i = 0; i < items.length; i++) weights[i] = items[i].weight;
      this.miss.push(new Float64Array(items.length).fill(1));
      this.weights.push(weights);
    }
  }

  /** Coverage gain (mean over needs) if a group with this cover joined. */
  gain(covers: GroupCover): number {
    let g = 0;
    for (let i = 0; i < covers.length; i++) {
      const weights = this.weights[i];
      const miss = this.miss[i];
      const { items, cover } = covers[i];
      for (let k = 0; k < items.length; k++) g += weights[items[k]] * miss[items[k]] * cover[k];
    }
    return g / covers.length;
  }

  add(covers: GroupCover): void {
    this.value += this.gain(covers);
    for (let i = 0; i < covers.length; i++) {
      const miss = this.miss[i];
      const { items, cover } = covers[i];
      for (let k = 0; k < items.length; k++) miss[items[k]] *= 1 - cover[k];
    }
  }
}

/** A research group of a team pool with what the greedy pick needs to know about it. */
interface PoolEntry {
  p: number;
  covers: GroupCover;
  meanAffinity: number;
  org: string;
  institution: string;
  international: boolean;
  specialist: boolean;
}

/**
 * The pool's groups that may join a team for the needs: only groups with topic evidence for every need (never themes
 * or generic words alone); for a broker's pin, whose needs the broker has chosen, groups relevant to one of them
 * (isValidGroup's relaxed floor).
 */
function poolEntries(
  ctx: FormationContext,
  needs: number[],
  pool: number[],
  specialists: ReadonlySet<number>,
  pinned: boolean,
): PoolEntry[] {
  return pool
    .filter((p) =>
      pinned
        ? needs.some((n) => ctx.affinity(n, p).score >= ctx.settings.minAffinity)
        : evidenceForAll(ctx, needs, p),
    )
    .map((p) => ({
      p,
      covers: groupCover(ctx, needs, p),
      meanAffinity: needs.reduce((s, n) => s + ctx.affinity(n, p).score, 0) / needs.length,
      org: ctx.profiles[p].organizationId,
      institution: ctx.institution(p),
      international: ctx.hasInternationalPartners(p),
      specialist: specialists.has(p),
    }));
}

function groupCover(ctx: FormationContext, needs: number[], p: number): GroupCover {
  return needs.map((n) => ctx.covered(n, p));
}

function greedyTeam(
  ctx: FormationContext,
  type: ProjectType,
  rule: ConsortiumSizeRule,
  needs: number[],
  forced: number[],
  eligible: PoolEntry[],
): { team: number[]; firstFree?: number; minimal?: number[] } | undefined {
  const team = [...forced];
  if (team.length > rule.maxResearchGroups) return undefined;
  let minimal: number[] | undefined =
    team.length >= rule.minResearchGroups ? [...team].sort((a, b) => a - b) : undefined;
  const needIntl =
    type === 'COMPETENCE_PROJECT' && ctx.settings.requireInternationalPartnersForCompetenceProjects;
  const coverage = new CoverageState(ctx, needs);
  for (const p of forced) coverage.add(groupCover(ctx, needs, p));
  let firstFree: number | undefined;
  let currentScore = team.length > 0 ? scoreGroup(ctx, needs, team).score : 0;
  while (team.length < rule.maxResearchGroups) {
    const intlMissing = needIntl && !team.some((p) => ctx.hasInternationalPartners(p));
    let best: PoolEntry | undefined;
    let bestValue = 0;
    let bestGain = 0;
    for (const e of eligible) {
      if (team.includes(e.p)) continue;
      if (intlMissing && !e.international) continue;
      if (!team.every((q) => ctx.orgsCompatible(ctx.profiles[q].organizationId, e.org))) continue;
      const gain = coverage.gain(e.covers);
      const aff = e.meanAffinity;
      if (aff <= 0 && gain <= 0) continue;
      const newInstitution = !team.some((q) => ctx.institution(q) === e.institution);
      const value =
        gain +
        AFFINITY_WEIGHT_IN_PICK * aff +
        (newInstitution ? NEW_INSTITUTION_BONUS : 0) +
        (e.specialist ? SPECIALIST_BONUS : 0);
      if (
        !best ||
        value > bestValue + 1e-12 ||
        (Math.abs(value - bestValue) <= 1e-12 && e.p < best.p)
      ) {
        best = e;
        bestValue = value;
        bestGain = gain;
      }
    }
    if (!best) break;
    const p = best.p;
    let nextScore = currentScore;
    if (team.length >= rule.minResearchGroups) {
      // Beyond the minimum, a group joins only if it adds coverage and raises the consortium's score.
      if (bestGain < MIN_COVERAGE_GAIN) break;
      nextScore = scoreGroup(ctx, needs, [...team, p]).score;
      if (nextScore <= currentScore) break;
    } else if (team.length + 1 >= rule.minResearchGroups) {
      nextScore = scoreGroup(ctx, needs, [...team, p]).score;
    }
    team.push(p);
    coverage.add(best.covers);
    currentScore = nextScore;
    if (firstFree === undefined) firstFree = p;
    if (team.length === rule.minResearchGroups) minimal = [...team].sort((a, b) => a - b);
  }
  if (team.length < rule.minResearchGroups) return undefined;
  if (needIntl && !team.some((p) => ctx.hasInternationalPartners(p))) return undefined;
  if (minimal && needIntl && !minimal.some((p) => ctx.hasInternationalPartners(p)))
    minimal = undefined;
  return { team: team.sort((a, b) => a - b), firstFree, minimal };
}

/** The scored candidate for a need group and team (needs and profiles ascending) if valid (isValidGroup); `made`
 * caches candidates by key. */
export function makeCandidate(
  ctx: FormationContext,
  type: ProjectType,
  needs: number[],
  profiles: number[],
  made = new Map<string, Candidate>(),
  pinned = false,
): Candidate | undefined {
  if (profiles.length === 0 || needs.length === 0) return undefined;
  const key = `${type}|${needs.join(',')}|${profiles.join(',')}`;
  const known = made.get(key);
  if (known) return known;
  if (!isValidGroup(ctx, type, needs, profiles, pinned)) return undefined;
  const scored = scoreGroup(ctx, needs, profiles);
  const candidate: Candidate = {
    key,
    projectType: type,
    needs,
    profiles,
    score: scored.score,
    components: scored.components,
    weight: objectiveWeight(scored.score, needs.length),
    leadOrganizationId: leadOrganization(ctx, type, needs, profiles),
  };
  made.set(key, candidate);
  return candidate;
}

/**
 * Defensive check of every hard rule for one group (sizes, organizations, exclusions, region, capacity) and of the
 * quality floor (topic evidence). A broker's pin relaxes the floor to "every need has a group with affinity ≥
 * minAffinity": the broker has chosen the members.
 */
export function isValidGroup(
  ctx: FormationContext,
  type: ProjectType,
  needs: number[],
  profiles: number[],
  pinned = false,
): boolean {
  const rule = ctx.settings.sizes[type];
  if (needs.length < rule.minMunicipalities || needs.length > rule.maxMunicipalities) return false;
  if (profiles.length < rule.minResearchGroups || profiles.length > rule.maxResearchGroups)
    return false;
  if (!needs.every((n) => ctx.isNeedUsable(n) && ctx.needFitsType(n, type))) return false;
  if (!profiles.every((p) => needs.every((n) => ctx.profileFitsNeed(n, p)))) return false;
  // Topic evidence (the quality floor): every group has, for every need, affinity ≥ minAffinity and one of the need's
  // key terms contributing to it; several needs share a project only when each names at least two concepts (an
  // underspecified need is developed on its own, in a project of its own municipality).
  if (pinned) {
    const minAffinity = ctx.settings.minAffinity;
    if (!needs.every((n) => profiles.some((p) => ctx.affinity(n, p).score >= minAffinity)))
      return false;
  } else {
    if (needs.length > 1 && !needs.every((n) => ctx.isSpecific(n))) return false;
    if (!needs.every((n) => profiles.some((p) => ctx.topicEvidence(n, p)))) return false;
    if (!profiles.every((p) => evidenceForAll(ctx, needs, p))) return false;
  }
  const orgs = [
    ...needs.map((n) => ctx.needs[n].organizationId),
    ...profiles.map((p) => ctx.profiles[p].organizationId),
  ];
  for (let i = 0; i < orgs.length; i++)
    for (let j = i + 1; j < orgs.length; j++)
      if (!ctx.orgsCompatible(orgs[i], orgs[j])) return false;
  if (
    type === 'COMPETENCE_PROJECT' &&
    ctx.settings.requireInternationalPartnersForCompetenceProjects &&
    !profiles.some((p) => ctx.hasInternationalPartners(p))
  )
    return false;
  return true;
}

/** Whether research group p has topic evidence for every need of the group. */
function evidenceForAll(ctx: FormationContext, needs: number[], p: number): boolean {
  return needs.every((n) => ctx.topicEvidence(n, p));
}
