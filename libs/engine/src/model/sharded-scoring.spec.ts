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
} from './sharded-scoring';

/** Each shard scored on its own model (as on another worker), sent through JSON (as a job's return value). */
function scoreInShards(problem: Problem, size: number): ShardScores[] {
  return needShards(problem.needs.length, size).map(({ from, to }) =>
    JSON.parse(JSON.stringify(scoreNeedShard(prepareScoringModel(problem), from, to))),
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
