/** Recovery of the planted structure: precision and recall of co-proposed need pairs and need–group pairs. */
import { PROPOSALS_FORMAT, Problem, ProposalsDocument } from '@brobygger/engine';
import { Planted } from './generator';

export interface PairRecovery {
  /** Pairs in the proposals. */
  proposed: number;
  /** Pairs in the planted consortia. */
  planted: number;
  /** Proposed pairs that are also planted. */
  hits: number;
  precision: number;
  recall: number;
}

export interface Recovery {
  needPairs: PairRecovery;
  needGroupPairs: PairRecovery;
  /** Share of needs that sit in a planted consortium and are in some proposal. */
  plantedNeedsMatched: number;
  /** Share of noise needs (outside planted consortia) that are in some proposal. */
  noiseNeedsMatched: number;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function compare(proposed: Set<string>, planted: Set<string>): PairRecovery {
  let hits = 0;
  for (const p of proposed) if (planted.has(p)) hits++;
  return {
    proposed: proposed.size,
    planted: planted.size,
    hits,
    precision: proposed.size === 0 ? 0 : hits / proposed.size,
    recall: planted.size === 0 ? 0 : hits / planted.size,
  };
}

function collect(groups: Array<{ needIds: string[]; profileIds: string[] }>): {
  needs: Set<string>;
  needGroups: Set<string>;
} {
  const needs = new Set<string>();
  const needGroups = new Set<string>();
  for (const g of groups) {
    for (let i = 0; i < g.needIds.length; i++) {
      for (let j = i + 1; j < g.needIds.length; j++) needs.add(pairKey(g.needIds[i], g.needIds[j]));
      for (const p of g.profileIds) needGroups.add(`${g.needIds[i]}|${p}`);
    }
  }
  return { needs, needGroups };
}

export function measureRecovery(
  problem: Problem,
  doc: ProposalsDocument,
  planted: Planted,
): Recovery {
  const got = collect(doc.proposals);
  const want = collect(planted.consortia);
  const plantedNeeds = new Set(planted.consortia.flatMap((c) => c.needIds));
  const matched = new Set(doc.proposals.flatMap((p) => p.needIds));
  let plantedMatched = 0;
  let noiseMatched = 0;
  for (const n of matched) {
    if (plantedNeeds.has(n)) plantedMatched++;
    else noiseMatched++;
  }
  const noiseTotal = problem.needs.length - plantedNeeds.size;
  return {
    needPairs: compare(got.needs, want.needs),
    needGroupPairs: compare(got.needGroups, want.needGroups),
    plantedNeedsMatched: plantedNeeds.size === 0 ? 0 : plantedMatched / plantedNeeds.size,
    noiseNeedsMatched: noiseTotal === 0 ? 0 : noiseMatched / noiseTotal,
  };
}

/** Share of planted need–group pairs whose group is among the need's top-K profiles (a scoring-quality check). */
export function plantedRecallAtK(
  problem: Problem,
  planted: Planted,
  topByNeed: Map<number, number[]>,
): { pairs: number; hits: number; recall: number } {
  const needIndex = new Map(problem.needs.map((n, i) => [n.id, i]));
  const profileIndex = new Map(problem.profiles.map((p, i) => [p.id, i]));
  let pairs = 0;
  let hits = 0;
  for (const c of planted.consortia) {
    for (const n of c.needIds) {
      const top = topByNeed.get(needIndex.get(n)!);
      if (!top) continue; // need not in the sample
      for (const p of c.profileIds) {
        pairs++;
        if (top.includes(profileIndex.get(p)!)) hits++;
      }
    }
  }
  return { pairs, hits, recall: pairs === 0 ? 0 : hits / pairs };
}

/**
 * The planted consortia written as a proposals document, so the rule checker can confirm that the planted truth is
 * itself a valid solution under the default rules (otherwise recovery could not reach 100 %).
 */
export function plantedAsProposals(problem: Problem, planted: Planted): ProposalsDocument {
  const needOrg = new Map(problem.needs.map((n) => [n.id, n.organizationId]));
  const profileOrg = new Map(problem.profiles.map((p) => [p.id, p.organizationId]));
  const placed = new Set(planted.consortia.flatMap((c) => c.needIds));
  return {
    format: PROPOSALS_FORMAT,
    objective: 0,
    upperBound: 0,
    proposals: planted.consortia.map((c) => {
      const orgs = [
        ...c.needIds.map((n) => needOrg.get(n)!),
        ...c.profileIds.map((p) => profileOrg.get(p)!),
      ];
      return {
        id: c.id,
        projectType: c.projectType,
        score: 0,
        leadOrganizationId:
          c.projectType === 'COMPETENCE_PROJECT'
            ? profileOrg.get(c.profileIds[0])!
            : needOrg.get(c.needIds[0])!,
        needIds: c.needIds,
        profileIds: c.profileIds,
        organizationIds: [...new Set(orgs)].sort(),
        components: { relevance: 0, coverage: 0, cohesion: 0, diversity: 0 },
        explanation: `planted consortium on ${c.topicId} ${c.context}`,
      };
    }),
    unmatchedNeeds: problem.needs
      .filter((n) => !placed.has(n.id))
      .map((n) => ({
        needId: n.id,
        reason: 'no research group with free capacity covers this need in its county (noise need)',
      })),
  };
}
