/**
 * An independent checker of unmatched-need reasons (test support): re-derives every claim of a reason from the
 * problem, the proposals document and the affinity model — not from the reasoner's own state — and returns the
 * claims that are false. Relevance and similarity are the model's (its contract: profilesForNeed lists every
 * profile with affinity ≥ settings.minAffinity that shares text with the need; similarNeeds every similar need);
 * the checker re-derives everything else — capacity left, regions, exclusions, pins, placements, validity.
 */
import { resolveSettings } from '../../exchange/settings';
import {
  GroupStatus,
  SimilarNeedState,
  TypeReason,
  UnmatchedReason,
} from '../../exchange/explanation-codes';
import { Problem, ProjectType, Proposal, ProposalsDocument } from '../../exchange/types';
import { AffinityModel } from '../../model/affinity-model';
import { checkProposals } from '../check-proposals';

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export class ReasonChecker {
  private readonly settings;
  private readonly orgs;
  private readonly excluded: Set<string>;
  private readonly excludedPairs: Set<string>;
  private readonly used = new Map<string, string[]>();
  private readonly placedIn = new Map<string, string>();
  private readonly pinned = new Set<string>();
  private readonly relevantCache = new Map<number, number[]>();

  constructor(
    private readonly problem: Problem,
    private readonly doc: ProposalsDocument,
    private readonly model: AffinityModel,
  ) {
    this.settings = resolveSettings(problem.settings);
    this.orgs = new Map(problem.organizations.map((o) => [o.id, o]));
    this.excluded = new Set(this.settings.excludeIds);
    this.excludedPairs = new Set((problem.exclusions ?? []).map((e) => pairKey(e.a, e.b)));
    for (const prop of doc.proposals) {
      for (const id of prop.needIds) this.placedIn.set(id, prop.id);
      for (const id of prop.profileIds) this.used.set(id, [...(this.used.get(id) ?? []), prop.id]);
    }
    for (const pin of this.settings.pins) for (const id of pin.needIds) this.pinned.add(id);
  }

  private county(n: number): string | undefined {
    return this.orgs.get(this.problem.needs[n].organizationId)?.countyNumber;
  }

  private capacity(p: number): number {
    return Math.max(0, Math.floor(this.problem.profiles[p].capacity ?? 1));
  }

  private freeCapacity(p: number): number {
    return this.capacity(p) - (this.used.get(this.problem.profiles[p].id)?.length ?? 0);
  }

  private isExcludedProfile(p: number): boolean {
    const profile = this.problem.profiles[p];
    return this.excluded.has(profile.id) || this.excluded.has(profile.organizationId);
  }

  private outsideCounty(n: number, p: number): boolean {
    const counties = this.problem.profiles[p].countyNumbers ?? [];
    const county = this.county(n);
    return (
      this.settings.enforceRegion &&
      counties.length > 0 &&
      county !== undefined &&
      !counties.includes(county)
    );
  }

  private conflict(n: number, p: number): boolean {
    return this.excludedPairs.has(
      pairKey(this.problem.needs[n].organizationId, this.problem.profiles[p].organizationId),
    );
  }

  /** Group p can serve need n with the capacity the proposals leave. */
  private free(n: number, p: number): boolean {
    return (
      !this.isExcludedProfile(p) &&
      !this.conflict(n, p) &&
      !this.outsideCounty(n, p) &&
      this.freeCapacity(p) > 0
    );
  }

  relevant(n: number): number[] {
    let list = this.relevantCache.get(n);
    if (!list) {
      list = this.model
        .profilesForNeed(n, this.problem.profiles.length)
        .filter((a) => a.score >= this.settings.minAffinity)
        .map((a) => a.profileIndex);
      this.relevantCache.set(n, list);
    }
    return list;
  }

  private intl(p: number): boolean {
    return this.orgs.get(this.problem.profiles[p].organizationId)?.internationalPartners === true;
  }

  private needUsable(m: number): boolean {
    const need = this.problem.needs[m];
    const kind = this.orgs.get(need.organizationId)?.kind;
    return (
      !this.excluded.has(need.id) &&
      !this.excluded.has(need.organizationId) &&
      (kind === undefined || kind === 'MUNICIPALITY' || kind === 'COUNTY_MUNICIPALITY')
    );
  }

  private groupStatusTrue(n: number, p: number, status: GroupStatus, usedBy?: string[]): boolean {
    switch (status) {
      case 'EXCLUDED':
        return this.isExcludedProfile(p);
      case 'CONFLICT':
        return this.conflict(n, p);
      case 'OUTSIDE_COUNTY':
        return this.outsideCounty(n, p);
      case 'NO_CAPACITY':
        return this.capacity(p) === 0;
      case 'USED':
        return (
          this.freeCapacity(p) <= 0 &&
          JSON.stringify([...(usedBy ?? [])].sort()) ===
            JSON.stringify([...(this.used.get(this.problem.profiles[p].id) ?? [])].sort())
        );
      case 'FREE':
        return this.free(n, p);
    }
  }

  /** Whether m could join n in a consortium of this type with what the proposals leave free. */
  private similarAvailable(n: number, m: number, type: ProjectType): boolean {
    const a = this.problem.needs[n];
    const b = this.problem.needs[m];
    if (a.organizationId === b.organizationId || !this.needUsable(m)) return false;
    if (this.placedIn.has(b.id) || this.pinned.has(b.id)) return false;
    if (b.projectType !== undefined && b.projectType !== type) return false;
    if (this.excludedPairs.has(pairKey(a.organizationId, b.organizationId))) return false;
    const both = (p: number) => this.free(n, p) && this.free(m, p);
    return this.relevant(n).some(both) && this.relevant(m).some(both);
  }

  private similarStatusTrue(n: number, s: SimilarNeedState, type: ProjectType): boolean {
    const m = this.problem.needs.findIndex((x) => x.id === s.needId);
    const b = this.problem.needs[m];
    const a = this.problem.needs[n];
    switch (s.status) {
      case 'SAME_ORGANIZATION':
        return a.organizationId === b.organizationId;
      case 'EXCLUDED':
        return !this.needUsable(m);
      case 'PIN_FAILED':
        return this.pinned.has(b.id) && !this.placedIn.has(b.id);
      case 'OTHER_PROJECT_TYPE':
        return b.projectType !== undefined && b.projectType !== type;
      case 'EXCLUDED_PAIR':
        return this.excludedPairs.has(pairKey(a.organizationId, b.organizationId));
      case 'PLACED':
        return this.placedIn.get(b.id) === s.proposalId;
      case 'NO_COMMON_GROUP':
        return !this.placedIn.has(b.id) && !this.similarAvailable(n, m, type);
      case 'AVAILABLE':
        return this.similarAvailable(n, m, type);
    }
  }

  private typeClaims(n: number, r: TypeReason, freeGroups: number[]): string[] {
    const out: string[] = [];
    const type = r.params.projectType;
    const rule = this.settings.sizes[type];
    switch (r.code) {
      case 'NO_INTERNATIONAL_GROUP':
        if (freeGroups.some((p) => this.intl(p)))
          out.push('a free relevant group with international partners exists');
        break;
      case 'NO_PARTNER_NEED': {
        const need = this.problem.needs[n];
        const similar = this.model
          .similarNeeds(n, this.problem.needs.length)
          .filter(
            (x) =>
              x.needIndex !== n &&
              x.similarity >= this.settings.minNeedSimilarity &&
              this.problem.needs[x.needIndex].organizationId !== need.organizationId,
          );
        if (similar.length !== r.params.similarCount)
          out.push(`similarCount ${r.params.similarCount}, but ${similar.length} similar needs`);
        const available = similar.filter((x) => this.similarAvailable(n, x.needIndex, type));
        if (available.length >= rule.minMunicipalities - 1)
          out.push(
            `enough similar needs are free: ${available.map((x) => this.problem.needs[x.needIndex].id).join(', ')}`,
          );
        if (available.length !== r.params.available)
          out.push(`available ${r.params.available}, but ${available.length}`);
        for (const x of r.params.nearestBelow ?? []) {
          const m = this.problem.needs.findIndex((y) => y.id === x.needId);
          const sim = this.model
            .similarNeeds(n, this.problem.needs.length)
            .find((y) => y.needIndex === m);
          if (
            !sim ||
            Math.abs(sim.similarity - x.similarity) > 1e-4 ||
            sim.similarity >= this.settings.minNeedSimilarity
          )
            out.push(`${x.needId} is not below minNeedSimilarity at ${x.similarity}`);
        }
        for (const s of r.params.similarNeeds)
          if (!this.similarStatusTrue(n, s, type))
            out.push(`similar need ${s.needId} is not ${s.status}`);
        break;
      }
      case 'TOO_FEW_GROUPS': {
        const orgs = new Set(freeGroups.map((p) => this.problem.profiles[p].organizationId));
        if (orgs.size >= rule.minResearchGroups || orgs.size !== r.params.groups.length)
          out.push(`${orgs.size} organizations have free relevant groups`);
        break;
      }
      case 'NO_VALID_COMBINATION':
        break;
    }
    return out;
  }

  /** The false claims of one unmatched need's reason (empty = every claim holds). */
  check(needId: string, reason: UnmatchedReason): string[] {
    const n = this.problem.needs.findIndex((x) => x.id === needId);
    const need = this.problem.needs[n];
    const out: string[] = [];
    const say = (ok: boolean, claim: string) => {
      if (!ok) out.push(`${needId} ${reason.code}: ${claim}`);
    };
    say(!this.placedIn.has(needId), 'the need is in a proposal');
    switch (reason.code) {
      case 'NEED_EXCLUDED':
        say(this.excluded.has(needId), 'not excluded');
        break;
      case 'ORGANIZATION_EXCLUDED':
        say(this.excluded.has(need.organizationId), 'organization not excluded');
        break;
      case 'OWNER_NOT_MUNICIPAL':
        say(!this.needUsable(n), 'owner is municipal');
        break;
      case 'PIN_FAILED':
        say(this.pinned.has(needId), 'need is not pinned');
        break;
      case 'NO_PROJECT_TYPES':
        say(this.settings.projectTypes.length === 0, 'project types exist');
        break;
      case 'PROJECT_TYPE_NOT_IN_RUN':
        say(
          need.projectType !== undefined && !this.settings.projectTypes.includes(need.projectType),
          'project type is in the run',
        );
        break;
      case 'NEED_UNDERSPECIFIED': {
        const text = `${need.title} ${need.description ?? ''}`.toLocaleLowerCase('nb');
        say(reason.params.terms.length <= 1, `names ${reason.params.terms.length} concepts`);
        const types = need.projectType
          ? this.settings.projectTypes.filter((t) => t === need.projectType)
          : this.settings.projectTypes;
        const alone = types.filter((t) => this.settings.sizes[t].minMunicipalities <= 1);
        say(alone.length === 0, `one-municipality project types are in the run: ${alone.join(', ')}`);
        for (const t of reason.params.terms)
          say(text.includes(t.toLocaleLowerCase('nb')), `"${t}" is not in the need's text`);
        break;
      }
      case 'NO_RELEVANT_GROUP':
        say(this.relevant(n).length === 0, `relevant groups exist: ${this.relevant(n).length}`);
        break;
      case 'NO_FREE_GROUP': {
        const relevant = this.relevant(n);
        const free = relevant.filter((p) => this.free(n, p));
        say(
          free.length === 0,
          `free relevant groups exist: ${free.map((p) => this.problem.profiles[p].id).join(', ')}`,
        );
        say(
          relevant.length === reason.params.relevantCount,
          `relevantCount ${reason.params.relevantCount}, but ${relevant.length}`,
        );
        for (const g of reason.params.groups) {
          const p = this.problem.profiles.findIndex((x) => x.id === g.profileId);
          say(relevant.includes(p), `${g.profileId} is not relevant`);
          say(this.groupStatusTrue(n, p, g.status, g.usedBy), `${g.profileId} is not ${g.status}`);
        }
        break;
      }
      case 'NO_CONSORTIUM': {
        const free = this.relevant(n).filter((p) => this.free(n, p));
        say(free.length > 0 && free.length === reason.params.freeGroups, 'free group count');
        for (const t of reason.params.types)
          for (const claim of this.typeClaims(n, t, free)) say(false, `${t.code}: ${claim}`);
        break;
      }
      case 'FREE_CONSORTIUM_NOT_PROPOSED': {
        const p = reason.params;
        const ids = p.needs.map((x) => x.needId);
        say(
          ids.every((id) => !this.placedIn.has(id)),
          'a named need is placed',
        );
        const profileIds = p.groups.map((g) => g.profileId);
        const lead =
          p.projectType === 'COMPETENCE_PROJECT'
            ? (p.groups.find((g) => this.orgs.get(g.organizationId)?.internationalPartners)
                ?.organizationId ?? p.groups[0].organizationId)
            : p.needs[0].organizationId;
        const extra: Proposal = {
          id: 'free-check',
          projectType: p.projectType,
          score: p.score,
          leadOrganizationId: lead,
          needIds: ids,
          profileIds,
          organizationIds: [
            ...new Set([
              ...p.needs.map((x) => x.organizationId),
              ...p.groups.map((g) => g.organizationId),
            ]),
          ],
          components: { relevance: 0, coverage: 0, cohesion: 0, diversity: 0 },
          explanation: '',
        };
        const violations = checkProposals(this.problem, {
          ...this.doc,
          proposals: [...this.doc.proposals, extra],
          unmatchedNeeds: this.doc.unmatchedNeeds.filter((u) => !ids.includes(u.needId)),
        });
        say(violations.length === 0, `the named consortium is not valid: ${violations.join('; ')}`);
        break;
      }
    }
    return out;
  }
}

/** Every false claim in the document's unmatched-need reasons. */
export function falseReasonClaims(
  problem: Problem,
  doc: ProposalsDocument,
  model: AffinityModel,
): string[] {
  const checker = new ReasonChecker(problem, doc, model);
  return doc.unmatchedNeeds.flatMap((u) => {
    if (!u.reasonCode) return [`${u.needId}: no reasonCode`];
    return checker.check(u.needId, {
      code: u.reasonCode,
      params: u.reasonParams,
    } as UnmatchedReason);
  });
}
