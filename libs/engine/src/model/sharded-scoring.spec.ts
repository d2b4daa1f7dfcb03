import { generateProblem } from '../../../../bench/matching/generator';
import { proposeConsortia } from '../consortium/propose';
import { westernArena } from '../consortium/testing/problem-builder';
import { resolveSettings } from '../exchange/settings';
import { Problem } from '../exchange/types';
import { buildAffinityModel } from '../text/affinity-model.builder';
import {
  needShards,
  prepareScoringModel,
  scoreNeedShard,
  ShardedAffinityModel,
  ShardScores,
  scoringSnapshot,
} from './sharded-scoring';

/** Through JSON, as the snapshot in Redis and a job's return value. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Each shard scored on its own model rebuilt from the run job's snapshot (as on another worker), its result sent
 * through JSON.
 */
function scoreInShards(problem: Problem, size: number): ShardScores[] {
  const snapshot = viaJson(scoringSnapshot(prepareScoringModel(problem)));
  return needShards(problem.needs.length, size).map(({ from, to }) =>
    viaJson(
      scoreNeedShard(prepareScoringModel(snapshot.problem, undefined, snapshot.corpus), from, to),
    ),
  );
}

describe('sharded scoring', () => {
  it('splits needs into ranges of at most the shard size', () => {
    expect(needShards(7, 3)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 7 },
    ]);
    expect(needShards(0, 3)).toEqual([]);
  });

  it.each([
    [
      'a generated arena (60 needs, 24 groups)',
      generateProblem({ scale: 'small', seed: 7 }).problem,
      7,
    ],
    [
      'a scarce generated arena',
      generateProblem({ scale: 'small', seed: 3, variant: 'scarce' }).problem,
      25,
    ],
    [
      'a western arena with expressed interests',
      { ...westernArena(), interests: [{ needId: 'n2', profileId: 'p1' }] },
      2,
    ],
  ])('gives byte-identical proposals to a single-process run: %s', async (_, problem, size) => {
    const single = await proposeConsortia(problem);
    const sharded = await proposeConsortia(problem, { shards: scoreInShards(problem, size) });
    expect(single.proposals.length).toBeGreaterThan(0);
    expect(JSON.stringify(sharded)).toBe(JSON.stringify(single));
  });

  it('forms the same proposals on a model that scored shards itself (a worker that also takes the formation)', async () => {
    const problem = generateProblem({ scale: 'small', seed: 9 }).problem;
    const single = await proposeConsortia(problem);
    const model = prepareScoringModel(problem);
    const shards = needShards(problem.needs.length, 10).map(({ from, to }) =>
      scoreNeedShard(model, from, to),
    );
    const sharded = await proposeConsortia(problem, { model, shards });
    expect(JSON.stringify(sharded)).toBe(JSON.stringify(single));
    await expect(proposeConsortia(westernArena(), { model, shards })).rejects.toThrow(
      'the prepared model belongs to another problem',
    );
  });

  it('rebuilds from a snapshot a model that answers like the analysed one, without analysing text', async () => {
    const problem = generateProblem({ scale: 'small', seed: 13 }).problem;
    const analysed = prepareScoringModel(problem);
    const snapshot = viaJson(scoringSnapshot(analysed));
    const progress: number[] = [];
    const rebuilt = prepareScoringModel(
      snapshot.problem,
      (_, f) => progress.push(f),
      snapshot.corpus,
    );
    // no corpus phase: only the model's own start and end
    expect(progress).toEqual([0, 1]);
    expect(rebuilt.terms).toEqual(analysed.terms);
    for (let n = 0; n < problem.needs.length; n++) {
      expect(JSON.stringify(rebuilt.profilesForNeed(n, 40))).toBe(
        JSON.stringify(analysed.profilesForNeed(n, 40)),
      );
      expect(rebuilt.similarNeeds(n)).toEqual(analysed.similarNeeds(n));
      expect(rebuilt.needTerms(n)).toEqual(analysed.needTerms(n));
    }
    for (let p = 0; p < problem.profiles.length; p++)
      expect(JSON.stringify(rebuilt.needsForProfile(p))).toBe(
        JSON.stringify(analysed.needsForProfile(p)),
      );
    for (const stem of analysed.terms) expect(rebuilt.surface(stem)).toBe(analysed.surface(stem));
    // formation on the rebuilt model (a worker that did not prepare it) forms the same proposals
    const single = await proposeConsortia(problem);
    const onRebuilt = await proposeConsortia(snapshot.problem, { model: rebuilt });
    expect(JSON.stringify(onRebuilt)).toBe(JSON.stringify(single));
  });

  it('refuses a corpus of another problem', () => {
    const { corpus } = viaJson(scoringSnapshot(prepareScoringModel(westernArena())));
    const other = generateProblem({ scale: 'small', seed: 13 }).problem;
    expect(() => prepareScoringModel(other, undefined, corpus)).toThrow(
      'the corpus belongs to another problem',
    );
  });

  it('answers the scored lists like the model itself, also when candidate generation is pruned', () => {
    const problem = generateProblem({ scale: 'small', seed: 11 }).problem;
    const settings = resolveSettings(problem.settings);
    const pruned = buildAffinityModel(problem, settings, undefined, { largeProblemPairs: 0 });
    expect(pruned.pruned).toBe(true);
    const shards = needShards(problem.needs.length, 9).map(({ from, to }) =>
      scoreNeedShard(pruned, from, to),
    );
    const sharded = new ShardedAffinityModel(pruned, shards);
    for (let n = 0; n < problem.needs.length; n++) {
      expect(JSON.stringify(sharded.profilesForNeed(n, shards[0].k))).toBe(
        JSON.stringify(pruned.profilesForNeed(n, shards[0].k)),
      );
      // other list lengths come from the model
      expect(sharded.profilesForNeed(n, 60)).toEqual(pruned.profilesForNeed(n, 60));
      for (const k of [shards[0].k, 60])
        expect(sharded.profileRanking(n, k)).toEqual(pruned.profileRanking(n, k));
    }
  });

  it('refuses shards that leave a need unscored', () => {
    const problem = westernArena();
    const model = prepareScoringModel(problem);
    expect(() => new ShardedAffinityModel(model, [scoreNeedShard(model, 0, 3)])).toThrow(
      'no shard scored need 3',
    );
  });
});
