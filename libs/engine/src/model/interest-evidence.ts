/**
 * Interest as evidence: the optional `interests` of a problem (a research group's profile has said it wants to
 * work on a need) raise that pair's affinity, as one small step on top of any AffinityModel.
 *
 * The group's own statement is evidence the texts cannot give, but it is corroborating evidence, not a match on its
 * own. So:
 * - only a pair with topic evidence (shared terms, `text > 0`, or a shared theme, `themes > 0`) is raised; an
 *   interest in an unrelated need changes nothing, and region, capacity and exclusions apply as before;
 * - the raise is a Bayesian update of the odds that the pair fits by a fixed likelihood ratio
 *   (INTEREST_ODDS_RATIO): score' = r·s / (1 − s + r·s). It keeps the score in [0, 1], never changes a pair's
 *   order among interested pairs, and with r = 1.5 adds at most about 0.10 (at s ≈ 0.45; 0.30 → 0.39,
 *   0.70 → 0.78). Components and shared terms stay those of the texts; the pair is marked `interest: true` and the
 *   proposal's explanation says so (code INTEREST_EXPRESSED).
 * A problem without interests gets the model itself back: nothing changes for it.
 */
import { AffinityModel, NeedNeighbour, NeedProfileAffinity } from './affinity-model';

/** How much an expressed interest multiplies the odds that the pair fits. */
export const INTEREST_ODDS_RATIO = 1.5;

/** The score after the interest step (see the file comment). */
export function raiseByInterest(score: number): number {
  if (score <= 0) return score;
  if (score >= 1) return 1;
  const odds = (INTEREST_ODDS_RATIO * score) / (1 - score);
  return odds / (1 + odds);
}

export function withInterestEvidence(model: AffinityModel): AffinityModel {
  const interests = model.problem.interests ?? [];
  if (interests.length === 0) return model;
  return new InterestEvidenceModel(model);
}

class InterestEvidenceModel implements AffinityModel {
  readonly problem: AffinityModel['problem'];
  readonly settings: AffinityModel['settings'];
  /** need index → profile indices of interested profiles, and the reverse. */
  private readonly profilesByNeed = new Map<number, Set<number>>();
  private readonly needsByProfile = new Map<number, Set<number>>();

  constructor(private readonly inner: AffinityModel) {
    this.problem = inner.problem;
    this.settings = inner.settings;
    const needIndex = new Map(this.problem.needs.map((n, i) => [n.id, i]));
    const profileIndex = new Map(this.problem.profiles.map((p, i) => [p.id, i]));
    for (const { needId, profileId } of this.problem.interests ?? []) {
      const n = needIndex.get(needId);
      const p = profileIndex.get(profileId);
      if (n === undefined || p === undefined) continue;
      addTo(this.profilesByNeed, n, p);
      addTo(this.needsByProfile, p, n);
    }
  }

  affinity(needIndex: number, profileIndex: number): NeedProfileAffinity {
    return this.raise(this.inner.affinity(needIndex, profileIndex));
  }

  profilesForNeed(needIndex: number, k = 10): NeedProfileAffinity[] {
    const interested = this.profilesByNeed.get(needIndex);
    const listed = this.inner.profilesForNeed(needIndex, k);
    if (!interested) return listed;
    return this.merge(
      listed,
      [...interested].map((p) => this.inner.affinity(needIndex, p)),
      (a) => a.profileIndex,
      k,
    );
  }

  needsForProfile(profileIndex: number, k = 10): NeedProfileAffinity[] {
    const interested = this.needsByProfile.get(profileIndex);
    const listed = this.inner.needsForProfile(profileIndex, k);
    if (!interested) return listed;
    return this.merge(
      listed,
      [...interested].map((n) => this.inner.affinity(n, profileIndex)),
      (a) => a.needIndex,
      k,
    );
  }

  similarNeeds(needIndex: number, k?: number): NeedNeighbour[] {
    return this.inner.similarNeeds(needIndex, k);
  }

  needTerms(needIndex: number): Map<string, number> {
    return this.inner.needTerms(needIndex);
  }

  surface(stem: string): string {
    return this.inner.surface(stem);
  }

  /** The model's list with the interested pairs raised and added (when they now reach minAffinity), best first. */
  private merge(
    listed: NeedProfileAffinity[],
    interested: NeedProfileAffinity[],
    key: (a: NeedProfileAffinity) => number,
    k: number,
  ): NeedProfileAffinity[] {
    const byKey = new Map(listed.map((a) => [key(a), this.raise(a)]));
    for (const a of interested) {
      const raised = this.raise(a);
      if (raised.score >= this.settings.minAffinity) byKey.set(key(a), raised);
    }
    return [...byKey.values()].sort((x, y) => y.score - x.score || key(x) - key(y)).slice(0, k);
  }

  private raise(a: NeedProfileAffinity): NeedProfileAffinity {
    const interested = this.profilesByNeed.get(a.needIndex)?.has(a.profileIndex) ?? false;
    const topicEvidence = a.components.text > 0 || a.components.themes > 0;
    if (!interested || !topicEvidence) return a;
    return { ...a, score: raiseByInterest(a.score), interest: true };
  }
}

function addTo(map: Map<number, Set<number>>, key: number, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}
