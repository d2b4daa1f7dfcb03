/**
 * The contract between text relevance (libs/engine/src/text) and consortium formation
 * (libs/engine/src/consortium). Indices refer to positions in problem.needs / problem.profiles.
 */
import { Problem, ScoreComponents, Settings } from '../exchange/types';

export interface NeedProfileAffinity {
  needIndex: number;
  profileIndex: number;
  /** Weighted combination of the components, in [0, 1]. */
  score: number;
  components: ScoreComponents;
  /** Readable surface words shared by the need and the profile (not stems), best first. */
  sharedTerms: string[];
  /** Per-term contribution to the text score, keyed by stem; used to compute coverage of a need's topics. */
  termContributions?: Map<string, number>;
  /** The group expressed interest in the need and the score includes that evidence (model/interest-evidence.ts). */
  interest?: boolean;
}

export interface NeedNeighbour {
  needIndex: number;
  /** Cosine similarity of the two needs' texts combined with theme overlap, in [0, 1]. */
  similarity: number;
  sharedTerms: string[];
}

export interface AffinityModel {
  readonly problem: Problem;
  readonly settings: Settings;
  /** Profiles with affinity above settings.minAffinity for a need, best first (at most k). */
  profilesForNeed(needIndex: number, k?: number): NeedProfileAffinity[];
  /**
   * The profile indices of profilesForNeed(needIndex, k), in its order, without building the affinities (optional:
   * a cheaper way for callers that use only a few of the listed pairs).
   */
  profileRanking?(needIndex: number, k?: number): number[];
  /** Needs with affinity above settings.minAffinity for a profile, best first (at most k). */
  needsForProfile(profileIndex: number, k?: number): NeedProfileAffinity[];
  /** The affinity of one pair (computed on demand; zero text score when no terms overlap). */
  affinity(needIndex: number, profileIndex: number): NeedProfileAffinity;
  /** Needs most similar to a need, best first (at most k), through the inverted index. */
  similarNeeds(needIndex: number, k?: number): NeedNeighbour[];
  /** The weighted key terms (stems → weight) of a need; used to measure coverage by several groups. */
  needTerms(needIndex: number): Map<string, number>;
  /** Readable surface form of a stem as it appears in the texts. */
  surface(stem: string): string;
}
