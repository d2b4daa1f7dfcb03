import {
  combinatorialBound,
  greedyPacking,
  lagrangianBound,
  PackingProblem,
  solvePacking,
  workLimits,
} from './set-packing';
import { solverBudgetSeconds } from './form-consortia';
import { solveRelaxation } from './packing-highs';

/** Deterministic PRNG (mulberry32) for reproducible random instances. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInstance(seed: number, items = 14, needs = 9, profiles = 5): PackingProblem {
  const r = rng(seed);
  const pick = (n: number, k: number) => {
    const s = new Set<number>();
    while (s.size < k) s.add(Math.floor(r() * n));
    return [...s].sort((a, b) => a - b);
  };
  return {
    items: Array.from({ length: items }, () => {
      const ns = pick(needs, 1 + Math.floor(r() * 3));
      const score = 0.1 + 0.9 * r();
      return {
        weight: score * ns.length,
        needs: ns,
        profiles: pick(profiles, 1 + Math.floor(r() * 2)),
      };
    }),
    capacities: Array.from({ length: profiles }, () => Math.floor(r() * 3)),
    pins: [],
    timeLimitSeconds: 10,
    maxExactCandidates: 1000,
    relativeGap: 0,
  };
}

/** Exhaustive optimum over all subsets (small instances only). */
function bruteForce(p: PackingProblem): number {
  let best = -Infinity;
  const n = p.items.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const needs = new Set<number>();
    const use = new Map<number, number>();
    let ok = true;
    let value = 0;
    for (let i = 0; i < n && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const it = p.items[i];
      for (const x of it.needs) {
        if (needs.has(x)) ok = false;
        needs.add(x);
      }
      for (const q of it.profiles) {
        const u = (use.get(q) ?? 0) + 1;
        if (u > p.capacities[q]) ok = false;
        use.set(q, u);
      }
      value += it.weight;
    }
    if (ok && p.pins.every((pin) => pin.filter((i) => mask & (1 << i)).length === 1))
      best = Math.max(best, value);
  }
  return best;
}

function assertFeasible(p: PackingProblem, selected: number[]): void {
  const needs = new Set<number>();
  const use = new Map<number, number>();
  for (const i of selected) {
    for (const x of p.items[i].needs) {
      expect(needs.has(x)).toBe(false);
      needs.add(x);
    }
    for (const q of p.items[i].profiles) {
      use.set(q, (use.get(q) ?? 0) + 1);
      expect(use.get(q)!).toBeLessThanOrEqual(p.capacities[q]);
    }
  }
}

describe('solvePacking', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'matches brute force on random instance %i and stays below its bound',
    async (seed) => {
      const p = randomInstance(seed);
      const optimum = bruteForce(p);
      const result = await solvePacking(p);
      expect(result.method).toBe('exact');
      assertFeasible(p, result.selected);
      expect(result.objective).toBeCloseTo(optimum, 6);
      expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-9);
      expect(optimum).toBeLessThanOrEqual(result.upperBound + 1e-6);
    },
  );

  it.each([11, 12, 13, 14, 15])(
    'greedy fallback (maxExactCandidates 0) is feasible and within its bound, seed %i',
    async (seed) => {
      const p = { ...randomInstance(seed), maxExactCandidates: 0 };
      const optimum = bruteForce(p);
      const result = await solvePacking(p);
      expect(result.method).toBe('greedy');
      expect(result.fallbackReason).toMatch(/maxExactCandidates/);
      assertFeasible(p, result.selected);
      expect(result.objective).toBeLessThanOrEqual(optimum + 1e-9);
      expect(optimum).toBeLessThanOrEqual(result.upperBound + 1e-9);
    },
  );

  it('forces a pinned set into exactly one selected item', async () => {
    const p: PackingProblem = {
      items: [
        { weight: 3, needs: [0, 1, 2], profiles: [0] },
        { weight: 1, needs: [0], profiles: [1] },
        { weight: 0.5, needs: [0, 3], profiles: [1] },
      ],
      capacities: [1, 1],
      pins: [[2]],
      timeLimitSeconds: 5,
      maxExactCandidates: 100,
      relativeGap: 0,
    };
    const exact = await solvePacking(p);
    expect(exact.selected).toEqual([2]);
    expect(exact.droppedPins).toEqual([]);
    expect(bruteForce(p)).toBeCloseTo(exact.objective, 9);
    const greedy = await solvePacking({ ...p, maxExactCandidates: 0 });
    expect(greedy.selected).toEqual([2]);
  });

  it('drops a pin that no item can satisfy and reports it', async () => {
    const p: PackingProblem = {
      items: [{ weight: 1, needs: [0], profiles: [0] }],
      capacities: [1],
      pins: [[]],
      timeLimitSeconds: 5,
      maxExactCandidates: 100,
    };
    const result = await solvePacking(p);
    expect(result.droppedPins).toEqual([0]);
    expect(result.selected).toEqual([0]);
  });

  it('returns an empty selection with zero bound when there are no items', async () => {
    const result = await solvePacking({
      items: [],
      capacities: [],
      pins: [],
      timeLimitSeconds: 1,
      maxExactCandidates: 10,
    });
    expect(result).toMatchObject({ selected: [], objective: 0, upperBound: 0, method: 'empty' });
  });
});

describe('combinatorialBound', () => {
  it.each([21, 22, 23, 24, 25, 26])('is at least the brute-force optimum, seed %i', (seed) => {
    const p = randomInstance(seed);
    expect(combinatorialBound(p)).toBeGreaterThanOrEqual(bruteForce(p) - 1e-9);
  });

  it('uses the tighter of the need and profile bounds', () => {
    // Two items share profile 0 with capacity 1: the need bound says 2, the profile bound 1.
    const p: PackingProblem = {
      items: [
        { weight: 1, needs: [0], profiles: [0] },
        { weight: 1, needs: [1], profiles: [0] },
      ],
      capacities: [1],
      pins: [],
      timeLimitSeconds: 1,
      maxExactCandidates: 10,
    };
    expect(combinatorialBound(p)).toBe(1);
  });
});

describe('lagrangianBound', () => {
  it.each([31, 32, 33, 34, 35, 36, 37, 38])(
    'is at least the brute-force optimum, seed %i',
    (seed) => {
      const p = randomInstance(seed);
      const optimum = bruteForce(p);
      const bound = lagrangianBound(p, 0, Date.now() + 5000);
      expect(bound).toBeGreaterThanOrEqual(optimum - 1e-9);
    },
  );
});

describe('greedyPacking', () => {
  it('improves a greedy choice by a 1-opt swap', () => {
    // Greedy takes item 0 (weight 3), which blocks items 1 and 2 (2 + 2 = 4); the swap finds 4.
    const p: PackingProblem = {
      items: [
        { weight: 3, needs: [0, 1], profiles: [0] },
        { weight: 2, needs: [0], profiles: [1] },
        { weight: 2, needs: [1], profiles: [2] },
      ],
      capacities: [1, 1, 1],
      pins: [],
      timeLimitSeconds: 1,
      maxExactCandidates: 0,
    };
    const result = greedyPacking(p, Date.now() + 1000);
    expect(result.value).toBe(4);
    expect(result.selected).toEqual([1, 2]);
  });
});

describe('local search', () => {
  it('only ever improves the greedy selection, and more moves never do worse', () => {
    const p = { ...randomInstance(99, 600, 200, 60), maxExactCandidates: 0 };
    const values = [0, 50, 500, 50_000].map((moves) => {
      const result = greedyPacking(p, Infinity, undefined, moves);
      assertFeasible(p, result.selected);
      return result.value;
    });
    for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
    expect(values[3]).toBeGreaterThan(values[0]);
  });
});

describe('determinism under work limits', () => {
  it('derives the work limits from the time budget and model size only', () => {
    expect(workLimits(8, 8500)).toEqual(workLimits(8, 8500));
    expect(workLimits(30, 8500).mipCheckpoints).toBeGreaterThan(
      workLimits(10, 8500).mipCheckpoints,
    );
    expect(workLimits(2, 8500).runExact).toBe(false);
    expect(workLimits(30, 8500).runExact).toBe(true);
    expect(workLimits(1, 50).runExact).toBe(true);
  });

  it('gives short budgets less work: 0.25, 0.5 and 1 s differ', () => {
    const [quarter, half, one] = [0.25, 0.5, 1].map((s) => workLimits(s, 10_000));
    expect(quarter.localSearchMoves).toBeLessThan(half.localSearchMoves);
    expect(half.localSearchMoves).toBeLessThan(one.localSearchMoves);
    expect(quarter.lagrangianIterations).toBeLessThan(one.lagrangianIterations);
  });

  it('gives time limits of 1, 2 and 4 s different solver budgets (no 1 s floor)', () => {
    // Norway scale: the estimated formation cost leaves nothing, so the budget is a quarter of the limit.
    expect([1, 2, 4, 8].map((t) => solverBudgetSeconds(t, 10_000))).toEqual([0.25, 0.5, 1, 2]);
    expect(solverBudgetSeconds(0.1, 10_000)).toBe(0.25);
  });

  it('stops the preliminary local searches early only when branch and cut takes over', () => {
    const heuristic = workLimits(2, 10_000);
    expect(heuristic.runExact).toBe(false);
    expect(heuristic.preliminaryMoves).toBe(heuristic.localSearchMoves);
    const exact = workLimits(30, 10_000);
    expect(exact.runExact).toBe(true);
    expect(exact.preliminaryMoves).toBeLessThan(exact.localSearchMoves);
  });

  it('gives identical results twice when HiGHS is cut by its work limit', async () => {
    // Large enough that branch and cut cannot prove optimality (gap 0) within 4 checkpoints.
    const p = {
      ...randomInstance(2026, 1000, 400, 100),
      timeLimitSeconds: 1,
      maxExactCandidates: 10_000,
    };
    expect(workLimits(p.timeLimitSeconds, p.items.length)).toMatchObject({
      runExact: true,
      mipCheckpoints: 4,
    });
    const a = await solvePacking(p);
    const b = await solvePacking(p);
    expect(a.method).toBe('exact-time-limit');
    expect(a.safetyStop).toBeUndefined();
    expect(a.objective).toBeLessThan(a.upperBound);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  }, 120_000);

  it('is at least as good as the full-budget LP rounding when branch and cut stops on its work limit', async () => {
    const p = {
      ...randomInstance(2026, 1000, 400, 100),
      timeLimitSeconds: 3,
      maxExactCandidates: 10_000,
    };
    const limits = workLimits(p.timeLimitSeconds, p.items.length);
    expect(limits.runExact).toBe(true);
    expect(limits.localSearchMoves).toBeGreaterThan(limits.preliminaryMoves);
    const result = await solvePacking(p);
    expect(result.method).toBe('exact-time-limit');
    const lp = await solveRelaxation(p, limits.simplexIterations, 60);
    if (!lp || 'safetyStop' in lp) throw new Error('LP relaxation not solved');
    const fullRounding = greedyPacking(p, Infinity, lp.values, limits.localSearchMoves);
    expect(result.objective).toBeGreaterThanOrEqual(fullRounding.value - 1e-9);
  }, 120_000);

  it('reports a wall-clock safety stop instead of hiding it', async () => {
    const p = { ...randomInstance(11, 400, 150, 40), safetyDeadline: Date.now() - 1 };
    const result = await solvePacking(p);
    expect(result.safetyStop).toMatch(/safety net .* stopped: greedy local search/);
    expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-9);
  });

  it('gives identical results twice on the heuristic path of a large model', async () => {
    const p = { ...randomInstance(7, 1000, 400, 100), timeLimitSeconds: 1, maxExactCandidates: 0 };
    const a = await solvePacking(p);
    const b = await solvePacking(p);
    expect(a.method).toBe('greedy');
    expect(a.safetyStop).toBeUndefined();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  }, 120_000);
});
