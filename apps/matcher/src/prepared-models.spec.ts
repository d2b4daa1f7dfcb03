import { westernArena } from '@brobygger/engine/consortium/testing/problem-builder';
import type { MatchingQueue } from '@brobygger/queue';
import { PREPARED_MODEL_IDLE_MS, PreparedModels } from './prepared-models';

/** The snapshot store of MatchingQueue, in memory (shared by the "workers" of a test). */
function snapshotStore(): { queue: MatchingQueue; snapshots: Map<string, string> } {
  const snapshots = new Map<string, string>();
  const queue = {
    saveRunProblem: (runId: string, json: string) => {
      snapshots.set(runId, json);
      return Promise.resolve();
    },
    loadRunProblem: (runId: string) => Promise.resolve(snapshots.get(runId) ?? null),
  } as unknown as MatchingQueue;
  return { queue, snapshots };
}

describe(PreparedModels.name, () => {
  afterEach(() => jest.useRealTimers());

  describe('prepareForShards', () => {
    it('holds the model and saves a snapshot another worker rebuilds the same model from', async () => {
      const { queue, snapshots } = snapshotStore();
      const runJob = new PreparedModels(queue);
      const other = new PreparedModels(queue);
      await runJob.prepareForShards('run-1', westernArena());
      expect(snapshots.has('run-1')).toBe(true);
      expect(runJob.has('run-1')).toBe(true);
      expect(other.has('run-1')).toBe(false);
      const own = await runJob.get('run-1');
      const rebuilt = await other.get('run-1');
      expect(other.has('run-1')).toBe(true);
      expect(rebuilt).not.toBe(own);
      for (let n = 0; n < own.problem.needs.length; n++)
        expect(JSON.stringify(rebuilt.profilesForNeed(n, 20))).toBe(
          JSON.stringify(own.profilesForNeed(n, 20)),
        );
      runJob.onApplicationShutdown();
      other.onApplicationShutdown();
    });
  });

  describe('get', () => {
    it('fails when the snapshot is gone, and loads again on the next call', async () => {
      const { queue, snapshots } = snapshotStore();
      const models = new PreparedModels(queue);
      await expect(models.get('run-1')).rejects.toThrow(
        'the problem snapshot of this flow run is gone from Redis',
      );
      expect(models.has('run-1')).toBe(false);
      await new PreparedModels(queue).prepareForShards('run-1', westernArena());
      expect(snapshots.has('run-1')).toBe(true);
      await expect(models.get('run-1')).resolves.toBeDefined();
      models.release('run-1');
    });
  });

  describe('memory', () => {
    it('lets the model go when its run ends, or when another run comes', async () => {
      const { queue } = snapshotStore();
      const models = new PreparedModels(queue);
      await models.prepareForShards('run-1', westernArena());
      models.release('run-2');
      expect(models.has('run-1')).toBe(true);
      models.release('run-1');
      expect(models.has('run-1')).toBe(false);
      await models.prepareForShards('run-1', westernArena());
      await models.prepareForShards('run-2', westernArena());
      expect(models.has('run-1')).toBe(false);
      expect(models.has('run-2')).toBe(true);
      models.onApplicationShutdown();
      expect(models.has('run-2')).toBe(false);
    });

    it('lets the model go after an idle time without use', async () => {
      jest.useFakeTimers();
      const { queue } = snapshotStore();
      const models = new PreparedModels(queue);
      await models.prepareForShards('run-1', westernArena());
      jest.advanceTimersByTime(PREPARED_MODEL_IDLE_MS - 1);
      // a use restarts the idle time
      await models.get('run-1');
      jest.advanceTimersByTime(PREPARED_MODEL_IDLE_MS - 1);
      expect(models.has('run-1')).toBe(true);
      jest.advanceTimersByTime(1);
      expect(models.has('run-1')).toBe(false);
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});
