/**
 * Pre-computed lookups shared by candidate generation, scoring, explanations and reasons:
 * organizations, eligibility (exclusions, capacity, region), and cached affinities / need similarities.
 */
import { NeedNeighbour, NeedProfileAffinity, AffinityModel } from '../model/affinity-model';
import { detectLanguage } from '../text/language-detector';
import {
  Language,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
  ProjectType,
  Settings,
  Theme,
} from '../exchange/types';

/** How strongly one research group covers a term or theme it shares with a need (two such groups: 0.96). */
export const TERM_COVER = 0.8;
/** Share of a need's coverage weight given to its key terms; the rest goes to its themes. */
export const TERM_SHARE_WITH_THEMES = 0.7;
/** Key terms per need used for coverage (each with its compound parts, which do not count). */
export const KEY_TERMS_PER_NEED = 8;
/**
 * A key term found among the key terms of more than this share of the run's needs (and of at least
 * GENERIC_KEY_TERM_MIN_NEEDS needs) is municipal vocabulary, not a topic: it is no topic evidence.
 */
export const GENERIC_KEY_TERM_SHARE = 0.05;
export const GENERIC_KEY_TERM_MIN_NEEDS = 10;
/**
 * A term found in the texts of more than this share of the run's needs in one language (and of at least
 * GENERIC_KEY_TERM_MIN_NEEDS of them) is municipal vocabulary of that language too ("erfaring", "tenestene",
 * "attempt"), even where it is not among the key terms. Counted per language, so that the generic words of the
 * fewer nynorsk and English needs are found as well.
 */
export const GENERIC_TEXT_TERM_SHARE = 0.05;
/**
 * Two key terms of a need are one concept when they usually occur together — in several need texts, which are at
 * least this share of the texts with the more frequent one ("brukerstyrt" + "assistanse") — or when one is a
 * compound part of the other ("fravær" in "skolefravær").
 */
export const SAME_CONCEPT_COOCCURRENCE = 0.5;
/**
 * Need texts in which two words must occur together before they count as one phrase: a few texts sharing a
 * paragraph are no evidence of a phrase (a small arena's needs often repeat each other's wording).
 */
export const PHRASE_MIN_NEEDS = 5;
/** Key terms of a need that a research group's text must share with it to count as topic evidence. */
export const MIN_EVIDENCE_TERMS = 2;
/** Neighbour needs and profiles fetched per need. */
export const NEIGHBOURS_PER_NEED = 20;
export const PROFILES_PER_NEED = 15;
/** Profiles fetched per open need in a residual round, of which the PROFILES_PER_NEED best free ones are used. */
export const RESIDUAL_PROFILES_PER_NEED = 60;
/**
 * A residual round with at most this many (open need × free profile) pairs scores every pair directly instead of
 * taking the model's ranked list (which is pruned for speed and may miss a free group with topic evidence).
 */
export const RESIDUAL_SCAN_PAIRS = 150_000;

/** covered() of a pair that covers none of the need's items (shared: most pairs). */
const NOTHING_COVERED: PairCover = Object.freeze({
  items: Object.freeze([]) as unknown as number[],
  cover: Object.freeze([]) as unknown as number[],
});

/** covered(n, p): the positions in coverageItems(n) of the items p covers, each with its cover c. */
export interface PairCover {
  items: number[];
  cover: number[];
}

/**
 * What is known about one (need, profile) pair, filled lazily; one record per pair instead of a cache per question.
 * Depends only on the model and the problem (not on capacity), so residual contexts share the records.
 */
interface PairRecord {
  /** The pair's affinity without its term contributions (see remember). */
  affinity?: NeedProfileAffinity;
  cover?: PairCover;
  /** topicEvidence. */
  evidence?: boolean;
}

export interface CoverageItem {
  /** `t:<stem>` for a key term, `theme:<CODE>` for a theme. */
  key: string;
  weight: number;
}

/**
 * Whether two terms occur together in at least PHRASE_MIN_NEEDS need texts, which are at least
 * SAME_CONCEPT_COOCCURRENCE of the texts with the more frequent one (counted only when the rarer term's texts can
 * reach both floors).
 */
function usuallyTogether(index: Map<string, Set<number>>, a: string, b: string): boolean {
  const needsA = index.get(a);
  const needsB = index.get(b);
  const da = needsA?.size ?? 0;
  const db = needsB?.size ?? 0;
  const [rare, common] = da <= db ? [needsA, needsB] : [needsB, needsA];
  const floor = Math.max(PHRASE_MIN_NEEDS, SAME_CONCEPT_COOCCURRENCE * Math.max(da, db));
  if (Math.min(da, db) < floor) return false;
  let both = 0;
  for (const m of rare ?? []) if (common?.has(m)) both++;
  return both >= floor;
}

/** Whether an organization may own a need in a proposal (kind missing = assumed municipal, as in the format). */
export function isMunicipal(org: ProblemOrganization | undefined): boolean {
  return (
    org?.kind === undefined || org.kind === 'MUNICIPALITY' || org.kind === 'COUNTY_MUNICIPALITY'
  );
}

function needText(need: ProblemNeed): string {
  return `${need.title} ${need.description ?? ''}`;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export class FormationContext {
  readonly needs: ProblemNeed[];
  readonly profiles: ProblemProfile[];
  readonly orgById = new Map<string, ProblemOrganization>();
  readonly needIndexById = new Map<string, number>();
  readonly profileIndexById = new Map<string, number>();
  readonly capacity: number[];
  readonly excludedIds: Set<string>;
  private readonly excludedPairs = new Map<string, string>();
  private readonly excludedOrgs = new Set<string>();
  private readonly profileListCache = new Map<number, NeedProfileAffinity[]>();
  /** isProfileAvailable per profile (capacity differs per residual context). */
  private readonly available: Uint8Array;
  // Caches that depend only on the model (shared with residual contexts).
  /** Per (need, profile) pair (key n · profiles + p). */
  private readonly pairs: Map<number, PairRecord>;
  /**
   * Per need: the profiles of the model's deeper list for residual rounds (RESIDUAL_PROFILES_PER_NEED), best first;
   * the same in every round, so the model is asked once.
   */
  private readonly deepListCache: Map<number, number[]>;
  /** Per need: its neighbour list (NEIGHBOURS_PER_NEED), and its similarity to the needs either list names. */
  private readonly neighbourCache: Array<NeedNeighbour[] | undefined>;
  private readonly similarityCache: Array<Map<number, NeedNeighbour> | undefined>;
  private readonly coverageItemCache: Map<number, CoverageItem[]>;
  private readonly keyTermCache: Map<number, Set<string>>;
  private readonly allTermCache: Map<number, Set<string>>;
  private genericTerms?: Set<string>;
  private readonly conceptCache: Map<number, string[]>;
  private termNeeds?: Map<string, Set<number>>;
  /** shareKeyTerm per pair of needs (key min · needs + max). */
  private readonly sharedTopicCache: Map<number, boolean>;
  /** The organization of each need and of each profile, and each profile's institution (see institution). */
  private readonly needOrgs: Array<ProblemOrganization | undefined>;
  private readonly profileOrgs: Array<ProblemOrganization | undefined>;
  private readonly institutions: string[];
  /** isNeedUsable per need: 0 not yet known, 1 no, 2 yes. */
  private readonly usable: Uint8Array;
  /** In a residual context: the needs still open (the others are placed). */
  private readonly openNeeds?: ReadonlySet<number>;
  /** In a residual context: the profiles with free capacity, when few enough to score every pair (see profilesForNeed). */
  private readonly scanProfiles?: number[];

  /**
   * `residual`: a context for a residual round — only the open needs may take part and only the given (free)
   * capacity may be used; the model-derived caches of `residual.base` are shared.
   */
  constructor(
    readonly problem: Problem,
    readonly settings: Settings,
    readonly model: AffinityModel,
    residual?: { base: FormationContext; capacity: number[]; open: ReadonlySet<number> },
  ) {
    this.needs = problem.needs;
    this.profiles = problem.profiles;
    for (const org of problem.organizations) this.orgById.set(org.id, org);
    this.needs.forEach((n, i) => this.needIndexById.set(n.id, i));
    this.profiles.forEach((p, i) => this.profileIndexById.set(p.id, i));
    this.capacity =
      residual?.capacity ?? this.profiles.map((p) => Math.max(0, Math.floor(p.capacity ?? 1)));
    this.openNeeds = residual?.open;
    const base = residual?.base;
    this.pairs = base?.pairs ?? new Map();
    this.deepListCache = base?.deepListCache ?? new Map();
    this.neighbourCache = base?.neighbourCache ?? new Array(this.needs.length);
    this.similarityCache = base?.similarityCache ?? new Array(this.needs.length);
    this.coverageItemCache = base?.coverageItemCache ?? new Map();
    this.keyTermCache = base?.keyTermCache ?? new Map();
    this.allTermCache = base?.allTermCache ?? new Map();
    this.genericTerms = base?.generic();
    this.conceptCache = base?.conceptCache ?? new Map();
    this.termNeeds = base?.needsOfTerms();
    this.sharedTopicCache = base?.sharedTopicCache ?? new Map();
    this.usable = new Uint8Array(this.needs.length);
    this.needOrgs = base?.needOrgs ?? this.needs.map((n) => this.orgById.get(n.organizationId));
    this.profileOrgs =
      base?.profileOrgs ?? this.profiles.map((p) => this.orgById.get(p.organizationId));
    this.institutions =
      base?.institutions ??
      this.profiles.map(
        (p, i) => this.profileOrgs[i]?.institution ?? this.profileOrgs[i]?.name ?? p.organizationId,
      );
    this.excludedIds = new Set(settings.excludeIds ?? []);
    for (const ex of problem.exclusions ?? []) {
      this.excludedPairs.set(pairKey(ex.a, ex.b), ex.reason ?? '');
      this.excludedOrgs.add(ex.a);
      this.excludedOrgs.add(ex.b);
    }
    this.available = Uint8Array.from(this.profiles, (_, p) =>
      this.capacity[p] > 0 && !this.isProfileExcluded(p) ? 1 : 0,
    );
    if (residual) {
      const free = this.profiles.map((_, p) => p).filter((p) => this.isProfileAvailable(p));
      if (free.length * residual.open.size <= RESIDUAL_SCAN_PAIRS) this.scanProfiles = free;
    }
  }

  needOrg(n: number): ProblemOrganization | undefined {
    return this.needOrgs[n];
  }

  profileOrg(p: number): ProblemOrganization | undefined {
    return this.profileOrgs[p];
  }

  /** Institution of a profile's research group (falls back to the group's name or id). */
  institution(p: number): string {
    return this.institutions[p];
  }

  hasInternationalPartners(p: number): boolean {
    return this.profileOrg(p)?.internationalPartners === true;
  }

  isNeedExcluded(n: number): boolean {
    return (
      this.excludedIds.has(this.needs[n].id) || this.excludedIds.has(this.needs[n].organizationId)
    );
  }

  isProfileExcluded(p: number): boolean {
    return (
      this.excludedIds.has(this.profiles[p].id) ||
      this.excludedIds.has(this.profiles[p].organizationId)
    );
  }

  isProfileAvailable(p: number): boolean {
    return this.available[p] === 1;
  }

  /** Whether the two organizations may be in one proposal (distinct and not an excluded pair). */
  orgsCompatible(a: string, b: string): boolean {
    if (a === b) return false;
    if (this.excludedPairs.size === 0 || !this.excludedOrgs.has(a) || !this.excludedOrgs.has(b))
      return true;
    return !this.excludedPairs.has(pairKey(a, b));
  }

  exclusionReason(a: string, b: string): string | undefined {
    return this.excludedPairs.get(pairKey(a, b));
  }

  isExcludedPair(a: string, b: string): boolean {
    return this.excludedPairs.has(pairKey(a, b));
  }

  /** Region rule: the profile serves the need's county (empty countyNumbers = the whole country). */
  regionOk(n: number, p: number): boolean {
    if (!this.settings.enforceRegion) return true;
    const counties = this.profiles[p].countyNumbers;
    if (!counties || counties.length === 0) return true;
    const county = this.needOrg(n)?.countyNumber;
    return county === undefined || counties.includes(county);
  }

  /** Whether the need may go into a proposal of this project type. */
  needFitsType(n: number, type: ProjectType): boolean {
    const t = this.needs[n].projectType;
    return t === undefined || t === type;
  }

  /**
   * A need that may take part at all (not excluded, owned by a municipality or county municipality; in a residual
   * context also still open).
   */
  isNeedUsable(n: number): boolean {
    if (this.usable[n] === 0)
      this.usable[n] =
        (this.openNeeds === undefined || this.openNeeds.has(n)) &&
        !this.isNeedExcluded(n) &&
        isMunicipal(this.needOrg(n))
          ? 2
          : 1;
    return this.usable[n] === 2;
  }

  /** The context of a residual round: the open needs, and the capacity left after a selection. */
  residual(capacity: number[], open: ReadonlySet<number>): FormationContext {
    return new FormationContext(this.problem, this.settings, this.model, {
      base: this,
      capacity,
      open,
    });
  }

  /** Hard constraints between a profile and a need: availability, region, exclusions. */
  profileFitsNeed(n: number, p: number): boolean {
    // Cheaper to compute than to look up in a cache of all pairs.
    return (
      this.available[p] === 1 &&
      this.regionOk(n, p) &&
      this.orgsCompatible(this.needs[n].organizationId, this.profiles[p].organizationId)
    );
  }

  /** The record of a (need, profile) pair, created empty on first use. */
  private pair(n: number, p: number): PairRecord {
    const key = n * this.profiles.length + p;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = {}));
    return pair;
  }

  profilesForNeed(n: number): NeedProfileAffinity[] {
    let list = this.profileListCache.get(n);
    if (!list) {
      if (this.openNeeds === undefined) list = this.model.profilesForNeed(n, PROFILES_PER_NEED);
      else if (this.scanProfiles)
        list = this.scanProfiles
          .filter((p) => this.profileFitsNeed(n, p))
          .map((p) => this.affinity(n, p))
          .filter((a) => a.score >= this.settings.minAffinity)
          .sort((a, b) => b.score - a.score || a.profileIndex - b.profileIndex)
          .slice(0, PROFILES_PER_NEED);
      else
        // A residual round looks deeper: the best groups are often the ones already used.
        list = this.deepList(n);
      list = list.map((a) => this.remember(n, a.profileIndex, a));
      this.profileListCache.set(n, list);
    }
    return list;
  }

  /**
   * The PROFILES_PER_NEED best available profiles of the model's RESIDUAL_PROFILES_PER_NEED list of a need (the
   * model's affinities of the listed pairs are those of affinity(n, p)).
   */
  private deepList(n: number): NeedProfileAffinity[] {
    let listed = this.deepListCache.get(n);
    if (!listed) {
      // Only the first available few of the list are used: their affinities are built below, not the whole list's.
      listed =
        this.model.profileRanking?.(n, RESIDUAL_PROFILES_PER_NEED) ??
        this.model.profilesForNeed(n, RESIDUAL_PROFILES_PER_NEED).map((a) => a.profileIndex);
      this.deepListCache.set(n, listed);
    }
    const out: NeedProfileAffinity[] = [];
    for (const p of listed) {
      if (out.length === PROFILES_PER_NEED) break;
      if (this.isProfileAvailable(p)) out.push(this.affinity(n, p));
    }
    return out;
  }

  affinity(n: number, p: number): NeedProfileAffinity {
    const pair = this.pair(n, p);
    return pair.affinity ?? this.remember(n, p, this.model.affinity(n, p), pair);
  }

  /**
   * Caches a pair's affinity without its term contributions (a map per pair, most of what an affinity holds): when
   * the pair reaches settings.minAffinity, its coverage (covered), the only use of that map, is computed from it
   * now; for a weaker pair covered asks the model again if it is ever needed.
   */
  private remember(
    n: number,
    p: number,
    a: NeedProfileAffinity,
    pair = this.pair(n, p),
  ): NeedProfileAffinity {
    if (a.score >= this.settings.minAffinity && !pair.cover) pair.cover = this.coverOf(n, p, a);
    if (a.termContributions === undefined) return (pair.affinity = a);
    // Built field by field (the same fields in the same order): faster than a rest pattern.
    const kept: NeedProfileAffinity = {
      needIndex: a.needIndex,
      profileIndex: a.profileIndex,
      score: a.score,
      components: a.components,
      sharedTerms: a.sharedTerms,
    };
    if ('interest' in a) kept.interest = a.interest;
    return (pair.affinity = kept);
  }

  neighbours(n: number): NeedNeighbour[] {
    let list = this.neighbourCache[n];
    if (!list) {
      list = this.model.similarNeeds(n, NEIGHBOURS_PER_NEED).filter((x) => x.needIndex !== n);
      this.neighbourCache[n] = list;
      const own = (this.similarityCache[n] ??= new Map());
      for (const x of list) {
        own.set(x.needIndex, x);
        const other = (this.similarityCache[x.needIndex] ??= new Map());
        const existing = other.get(n);
        if (!existing || existing.similarity < x.similarity)
          other.set(n, { needIndex: n, similarity: x.similarity, sharedTerms: x.sharedTerms });
      }
    }
    return list;
  }

  /**
   * The similarities of need n known so far: to the needs of its own neighbour list and to every need whose loaded
   * list names n (similarity(n, x) for such x, without loading x's list).
   */
  similarities(n: number): ReadonlyMap<number, NeedNeighbour> {
    this.neighbours(n);
    return this.similarityCache[n]!;
  }

  /** Symmetric need similarity from the neighbour lists (0 when neither lists the other). */
  similarity(a: number, b: number): NeedNeighbour | undefined {
    if (!this.neighbourCache[a]) this.neighbours(a);
    if (!this.neighbourCache[b]) this.neighbours(b);
    return this.similarityCache[a]?.get(b);
  }

  /** A need's coverage items (key terms and themes), weights summing to 1. */
  coverageItems(n: number): CoverageItem[] {
    let items = this.coverageItemCache.get(n);
    if (items) return items;
    // The KEY_TERMS_PER_NEED heaviest terms, each with its compound parts ("overvannshåndtering" with "overvann"),
    // which bridge to texts that use the parts but do not count as terms of their own.
    const terms: Array<[string, number]> = [];
    let heads = 0;
    for (const [stem, w] of [...this.model.needTerms(n).entries()]
      .filter(([, x]) => x > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const part = terms.some(([t]) => t.includes(stem) || stem.includes(t));
      if (!part && heads >= KEY_TERMS_PER_NEED) continue;
      if (!part) heads++;
      terms.push([stem, w]);
    }
    const themes = [...new Set(this.needs[n].themes ?? [])].sort();
    const termTotal = terms.reduce((s, [, w]) => s + w, 0);
    const termShare = themes.length === 0 ? 1 : terms.length === 0 ? 0 : TERM_SHARE_WITH_THEMES;
    items = [
      ...terms.map(([stem, w]) => ({ key: `t:${stem}`, weight: (termShare * w) / termTotal })),
      ...themes.map((t) => ({ key: `theme:${t}`, weight: (1 - termShare) / themes.length })),
    ];
    this.coverageItemCache.set(n, items);
    return items;
  }

  /** Key-term stems that are too common among the run's needs to be topic evidence (see GENERIC_KEY_TERM_SHARE). */
  private generic(): Set<string> {
    if (!this.genericTerms) {
      // Counted over distinct texts: a need posted in the same words by several municipalities counts once.
      const distinct = this.distinctTexts();
      const distinctCount = distinct.filter(Boolean).length;
      const df = new Map<string, number>();
      this.needs.forEach((_, n) => {
        if (!distinct[n]) return;
        for (const it of this.coverageItems(n))
          if (it.key.startsWith('t:')) df.set(it.key, (df.get(it.key) ?? 0) + 1);
      });
      const limit = Math.max(GENERIC_KEY_TERM_MIN_NEEDS, GENERIC_KEY_TERM_SHARE * distinctCount);
      this.genericTerms = new Set([...df].filter(([, c]) => c > limit).map(([k]) => k.slice(2)));
      const languageOf = this.needs.map((need) => need.language ?? detectLanguage(needText(need)));
      const needsPerLanguage = new Map<Language, number>();
      languageOf.forEach((l, n) => {
        if (distinct[n]) needsPerLanguage.set(l, (needsPerLanguage.get(l) ?? 0) + 1);
      });
      for (const [term, needs] of this.needsOfTerms()) {
        if (needs.size <= GENERIC_KEY_TERM_MIN_NEEDS) continue; // too rare in any language
        const perLanguage = new Map<Language, number>();
        for (const n of needs)
          // one per distinct text (needsOfTerms)
          perLanguage.set(languageOf[n], (perLanguage.get(languageOf[n]) ?? 0) + 1);
        for (const [l, count] of perLanguage)
          if (
            count > GENERIC_KEY_TERM_MIN_NEEDS &&
            count > GENERIC_TEXT_TERM_SHARE * needsPerLanguage.get(l)!
          )
            this.genericTerms.add(term);
      }
    }
    return this.genericTerms;
  }

  /** The stems of a need's key terms (its term coverage items) that carry a topic (not generic in this run). */
  keyTerms(n: number): Set<string> {
    let set = this.keyTermCache.get(n);
    if (!set) {
      const generic = this.generic();
      // The owner's own name ("Rødøy kommune ønsker …", "Nordland": "nord", "land") says where, not what: no topic.
      const letters = (text: string) =>
        text.toLocaleLowerCase('nb').replace(/[^\p{L}\p{N}]+/gu, '');
      const ownName = letters(this.needOrg(n)?.name ?? '');
      set = new Set(
        this.coverageItems(n)
          .map((it) => it.key)
          .filter((key) => key.startsWith('t:') && !generic.has(key.slice(2)))
          .map((key) => key.slice(2))
          .filter((stem) => {
            const word = letters(this.model.surface(stem));
            return word.length === 0 || !ownName.includes(word);
          }),
      );
      this.keyTermCache.set(n, set);
    }
    return set;
  }

  /** All terms of a need in the model (including compound parts), as a set of stems. */
  private allTerms(n: number): Set<string> {
    let set = this.allTermCache.get(n);
    if (!set) {
      set = new Set([...this.model.needTerms(n)].filter(([, w]) => w > 0).map(([t]) => t));
      this.allTermCache.set(n, set);
    }
    return set;
  }

  /** Per need, whether it is the first with its text: statistics over the run's texts count a repeated text once. */
  private distinctTexts(): boolean[] {
    const seen = new Set<string>();
    return this.needs.map((need) => {
      const key = needText(need);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * For every term of the run's need texts, the needs whose text has it — one need per distinct text (a text
   * posted by several municipalities in the same words is one text: its words do not become a phrase or
   * common vocabulary by repetition).
   */
  private needsOfTerms(): Map<string, Set<number>> {
    if (!this.termNeeds) {
      const index = new Map<string, Set<number>>();
      const distinct = this.distinctTexts();
      this.needs.forEach((_, n) => {
        if (!distinct[n]) return;
        for (const t of this.allTerms(n)) {
          let set = index.get(t);
          if (!set) index.set(t, (set = new Set()));
          set.add(n);
        }
      });
      this.termNeeds = index;
    }
    return this.termNeeds;
  }

  /**
   * The distinct topic concepts a need names: its key terms (heaviest first), with terms that belong together (a
   * compound and its part, words that usually occur together as one phrase) in one concept. Each concept is listed
   * by its heaviest term's stem.
   */
  concepts(n: number): string[] {
    let out = this.conceptCache.get(n);
    if (!out) {
      const terms = [...this.keyTerms(n)];
      const index = this.needsOfTerms();
      const root = terms.map((_, i) => i);
      const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
      for (let i = 0; i < terms.length; i++)
        for (let j = i + 1; j < terms.length; j++) {
          const [a, b] = [terms[i], terms[j]];
          // the heavier term (lower index) stays the root
          if (a.includes(b) || b.includes(a) || usuallyTogether(index, a, b)) {
            const [ri, rj] = [find(i), find(j)];
            if (ri !== rj) root[Math.max(ri, rj)] = Math.min(ri, rj);
          }
        }
      out = terms.filter((_, i) => find(i) === i);
      this.conceptCache.set(n, out);
    }
    return out;
  }

  /**
   * Whether a need says enough to share a project with other municipalities: it names at least two topic concepts.
   * A need that names one concept in otherwise generic wording ("Bedre skolefravær") is underspecified: it is
   * developed in a pre-project of its own municipality, not joined to others on that single word.
   */
  isSpecific(n: number): boolean {
    return this.concepts(n).length >= 2;
  }

  /**
   * Whether two needs share a topic: at least MIN_EVIDENCE_TERMS distinct words (a compound and its part count once)
   * among the key terms of one that are terms of the other ("overvann" meets "overvannshåndtering" through its
   * compound part).
   * Themes and generic words do not count.
   */
  shareKeyTerm(a: number, b: number): boolean {
    const key = a < b ? a * this.needs.length + b : b * this.needs.length + a;
    let out = this.sharedTopicCache.get(key);
    if (out === undefined) {
      out = this.countSharedKeyTerms(a, b) >= MIN_EVIDENCE_TERMS;
      this.sharedTopicCache.set(key, out);
    }
    return out;
  }

  private countSharedKeyTerms(a: number, b: number): number {
    const shared = new Set<string>();
    const termsA = this.allTerms(a);
    for (const t of this.keyTerms(b)) if (termsA.has(t)) shared.add(t);
    const termsB = this.allTerms(b);
    for (const t of this.keyTerms(a)) if (termsB.has(t)) shared.add(t);
    // a compound and its part ("hjemmetjenesten", "hjem") are one shared word
    const words = [...shared];
    let distinct = 0;
    for (const t of words) if (!words.some((u) => u !== t && u.includes(t))) distinct++;
    return distinct;
  }

  /**
   * Topic evidence of a research group for a need (the quality floor of a need–group pair): affinity at least
   * settings.minAffinity and at least MIN_EVIDENCE_TERMS of the need's key terms contributing to it (a compound and
   * its part are both matched words; all of them when it has fewer). One shared word ("anskaffelser", a place) is a
   * coincidence as often as a topic. Themes,
   * region or project type alone never count.
   */
  topicEvidence(n: number, p: number): boolean {
    const pair = this.pair(n, p);
    return (pair.evidence ??= this.findTopicEvidence(n, p));
  }

  private findTopicEvidence(n: number, p: number): boolean {
    if (this.affinity(n, p).score < this.settings.minAffinity) return false;
    const { items } = this.covered(n, p);
    const all = this.coverageItems(n);
    const keys = this.keyTerms(n);
    if (keys.size === 0) return false;
    let shared = 0;
    for (const i of items)
      if (all[i].key.startsWith('t:') && keys.has(all[i].key.slice(2))) shared++;
    return shared >= Math.min(MIN_EVIDENCE_TERMS, keys.size);
  }

  /**
   * How much profile p covers the coverage items of need n: the positions in `coverageItems(n)` of the items it
   * covers (a theme of the profile, a key term contributing to the pair's affinity), each with c = TERM_COVER.
   */
  covered(n: number, p: number): PairCover {
    const pair = this.pair(n, p);
    return (pair.cover ??= this.coverOf(n, p, this.model.affinity(n, p)));
  }

  private coverOf(n: number, p: number, aff: NeedProfileAffinity): PairCover {
    const out: PairCover = { items: [], cover: [] };
    const contributions = aff.termContributions;
    // The shared words are lower-cased (slow, locale-aware) only when the model gives no term contributions.
    let shared: Set<string> | undefined;
    const profileThemes = new Set<Theme>(this.profiles[p].themes ?? []);
    const contributes = (stem: string) => {
      if (contributions) return (contributions.get(stem) ?? 0) > 0;
      shared ??= new Set(aff.sharedTerms.map((t) => t.toLocaleLowerCase('nb')));
      return shared.has(this.model.surface(stem).toLocaleLowerCase('nb'));
    };
    this.coverageItems(n).forEach((item, i) => {
      const covers = item.key.startsWith('theme:')
        ? profileThemes.has(item.key.slice(6) as Theme)
        : contributes(item.key.slice(2));
      if (covers) {
        out.items.push(i);
        out.cover.push(TERM_COVER);
      }
    });
    return out.items.length > 0 ? out : NOTHING_COVERED;
  }
}
