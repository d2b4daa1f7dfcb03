/**
 * Sharded scoring: the scoring of a large problem split over processes (the matcher's BullMQ flow), with output
 * identical to a single-process run.
 *
 * Every process scores on the same text model of the whole problem (corpus statistics — IDF, generic terms,
 * postings — are those of all needs and profiles, never of a shard). The run's job prepares it
 * (`prepareScoringModel`, which analyses every text) and ships its corpus with the problem (`scoringSnapshot`);
 * another process rebuilds the model from that snapshot without analysing any text (`prepareScoringModel` with
 * the snapshot's corpus). A shard is a range of need indices; `scoreNeedShard` finds, for each of its needs, the
 * research groups formation asks for first (`profilesForNeed(n, PROFILES_PER_NEED)`: the postings walk and top-K
 * selection, the costly part of scoring) and returns them as profile indices, best first (`profileRanking`: ranked
 * by their exact scores without building their affinities) — a few bytes per need, small enough for a job's return
 * value. `ShardedAffinityModel` answers those lists from the shards, recomputing each listed pair's exact affinity
 * (cheap: one sparse dot product) so the objects are the same as the model's own; every other question goes to the
 * prepared model. Formation then runs as in a single process.
 */
import { resolveSettings } from '../exchange/settings';
import { EngineOptions, Problem } from '../exchange/types';
import { PROFILES_PER_NEED } from '../consortium/formation-context';
import { buildAffinityModel } from '../text/affinity-model.builder';
import { CorpusData, corpusData, corpusFromData } from '../text/corpus';
import { TextAffinityModel } from '../text/text-affinity-model';
import { AffinityModel, NeedNeighbour, NeedProfileAffinity } from './affinity-model';

/** The scored lists of one shard of needs: JSON-serialisable. */
export interface ShardScores {
  /** First need index of the shard. */
  from: number;
  /** How many profiles were asked for per need. */
  k: number;
  /** Per need from `from` on: profile indices, best first (at most k). */
  profiles: number[][];
}

/** A problem with its analysed corpus: JSON-serialisable, what the other processes of a sharded run start from. */
export interface ScoringSnapshot {
  problem: Problem;
  corpus: CorpusData;
}

/**
 * The text model of the whole problem, as every shard and the formation step score on it: on `corpus` (the
 * corpus of a ScoringSnapshot of this problem) when given, else analysing the problem's texts.
 */
export function prepareScoringModel(
  problem: Problem,
  onProgress?: EngineOptions['onProgress'],
  corpus?: CorpusData,
): TextAffinityModel {
  return buildAffinityModel(
    problem,
    resolveSettings(problem.settings),
    onProgress,
    {},
    corpus && corpusFromData(corpus),
  );
}

/** What another process needs to rebuild this model without analysing text (prepareScoringModel). */
export function scoringSnapshot(model: TextAffinityModel): ScoringSnapshot {
  return { problem: model.problem, corpus: corpusData(model.corpus) };
}

/** Need ranges [from, to) of at most `size` needs covering `needCount` needs. */
export function needShards(needCount: number, size: number): Array<{ from: number; to: number }> {
  const step = Math.max(1, Math.floor(size));
  const shards: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < needCount; from += step)
    shards.push({ from, to: Math.min(needCount, from + step) });
  return shards;
}

/**
 * Score needs [from, to) against the prepared model of the whole problem: the ranking only (profileRanking, the
 * order of profilesForNeed without building the affinities, which formation builds from the lists anyway).
 */
export function scoreNeedShard(model: TextAffinityModel, from: number, to: number): ShardScores {
  const profiles: number[][] = [];
  for (let n = from; n < to; n++) profiles.push(model.profileRanking(n, PROFILES_PER_NEED));
  return { from, k: PROFILES_PER_NEED, profiles };
}

/** An AffinityModel whose first profile lists come from shard results; everything else from the prepared model. */
export class ShardedAffinityModel implements AffinityModel {
  readonly problem: Problem;
  readonly settings: AffinityModel['settings'];
  /** need index → scored profile indices. */
  private readonly lists: Array<number[] | undefined>;
  private readonly k: number;

  constructor(
    private readonly inner: TextAffinityModel,
    shards: readonly ShardScores[],
  ) {
    this.problem = inner.problem;
    this.settings = inner.settings;
    this.lists = new Array<number[] | undefined>(inner.problem.needs.length);
    this.k = shards[0]?.k ?? PROFILES_PER_NEED;
    for (const shard of shards) {
      if (shard.k !== this.k) throw new Error(`shards scored with k ${shard.k} and ${this.k}`);
      shard.profiles.forEach((list, i) => (this.lists[shard.from + i] = list));
    }
    const missing = this.lists.findIndex((list) => list === undefined);
    if (missing >= 0) throw new Error(`no shard scored need ${missing}`);
  }

  profilesForNeed(needIndex: number, k = 10): NeedProfileAffinity[] {
    const list = this.lists[needIndex];
    // only the very k the shards were scored with: on large problems the candidate pool depends on k
    if (list === undefined || k !== this.k) return this.inner.profilesForNeed(needIndex, k);
    return list.map((p) => this.inner.affinity(needIndex, p));
  }

  profileRanking(needIndex: number, k = 10): number[] {
    const list = this.lists[needIndex];
    if (list === undefined || k !== this.k) return this.inner.profileRanking(needIndex, k);
    return list;
  }

  needsForProfile(profileIndex: number, k?: number): NeedProfileAffinity[] {
    return this.inner.needsForProfile(profileIndex, k);
  }

  affinity(needIndex: number, profileIndex: number): NeedProfileAffinity {
    return this.inner.affinity(needIndex, profileIndex);
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
}
