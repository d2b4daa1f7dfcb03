/** Greedy + local-search heuristic for the set-packing problem. */
import { PackingProblem, workLimits } from './packing-problem';

/** Tracks a feasible selection: need owner, profile usage, and supports add/remove. */
class Selection {
  readonly needOwner = new Map<number, number>();
  readonly profileUsers = new Map<number, Set<number>>();
  readonly chosen = new Set<number>();
  value = 0;

  constructor(private readonly problem: PackingProblem) {}

  conflicts(itemIndex: number, locked: Set<number>): Set<number> | undefined {
    const item = this.problem.items[itemIndex];
    const out = new Set<number>();
    for (const n of item.needs) {
      const owner = this.needOwner.get(n);
      if (owner !== undefined) {
        if (locked.has(owner)) return undefined;
        out.add(owner);
      }
    }
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0) return undefined;
      const users = this.profileUsers.get(p);
      if (!users || users.size < cap) continue;
      // One user of p must leave; if a conflicting item already leaves, p is freed.
      let freed = false;
      for (const u of users) if (out.has(u)) freed = true;
      if (freed) continue;
      let cheapest: number | undefined;
      for (const u of users) {
        if (locked.has(u)) continue;
        if (
          cheapest === undefined ||
          this.problem.items[u].weight < this.problem.items[cheapest].weight ||
          (this.problem.items[u].weight === this.problem.items[cheapest].weight && u > cheapest)
        )
          cheapest = u;
      }
      if (cheapest === undefined) return undefined;
      out.add(cheapest);
    }
    return out;
  }

  /** Whether the item fits without removing anything (same as `conflicts(i, locked)` being empty; no allocation). */
  fits(itemIndex: number): boolean {
    const item = this.problem.items[itemIndex];
    for (const n of item.needs) if (this.needOwner.has(n)) return false;
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0) return false;
      const users = this.profileUsers.get(p);
      if (users && users.size >= cap) return false;
    }
    return true;
  }

  add(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen.add(itemIndex);
    this.value += item.weight;
    for (const n of item.needs) this.needOwner.set(n, itemIndex);
    for (const p of item.profiles) {
      let users = this.profileUsers.get(p);
      if (!users) this.profileUsers.set(p, (users = new Set()));
      users.add(itemIndex);
    }
  }

  remove(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen.delete(itemIndex);
    this.value -= item.weight;
    for (const n of item.needs) if (this.needOwner.get(n) === itemIndex) this.needOwner.delete(n);
    for (const p of item.profiles) this.profileUsers.get(p)?.delete(itemIndex);
  }
}

/** Items by weight descending, ties by index: the deterministic order used by the heuristic. */
function orderByWeight(problem: PackingProblem): number[] {
  return problem.items
    .map((_, i) => i)
    .sort((a, b) => problem.items[b].weight - problem.items[a].weight || a - b);
}

/**
 * Greedy by weight (pinned sets first), then 1-opt local search: bring in an unselected item when its weight exceeds
 * the total weight of the selected items it conflicts with (needs shared, or a full profile). Items satisfying a pin
 * are locked once chosen. Deterministic: the local search stops after 20 passes or `maxMoves` move evaluations;
 * `safetyDeadline` is only a wall-clock safety net (`safetyStop` set when it fires).
 */
export function greedyPacking(
  problem: PackingProblem,
  safetyDeadline: number,
  guide?: Float64Array,
  maxMoves = workLimits(problem.timeLimitSeconds, problem.items.length).localSearchMoves,
): { selected: number[]; value: number; droppedPins: number[]; safetyStop: boolean } {
  let safetyStop = false;
  let moves = 0;
  const sel = new Selection(problem);
  const locked = new Set<number>();
  const droppedPins: number[] = [];
  // Weight order, or — with an LP solution as guide — LP value first (LP rounding), then weight.
  const order = guide
    ? orderByWeight(problem).sort(
        (a, b) => guide[b] - guide[a] || problem.items[b].weight - problem.items[a].weight || a - b,
      )
    : orderByWeight(problem);

  problem.pins.forEach((pinItems, pinIndex) => {
    const sorted = [...pinItems].sort(
      (a, b) => problem.items[b].weight - problem.items[a].weight || a - b,
    );
    for (const i of sorted) {
      if (sel.chosen.has(i)) {
        locked.add(i);
        return;
      }
      if (sel.fits(i)) {
        sel.add(i);
        locked.add(i);
        return;
      }
    }
    droppedPins.push(pinIndex);
  });

  for (const i of order) {
    if (!sel.chosen.has(i) && sel.fits(i)) sel.add(i);
  }

  // Local search: bring in an unselected item, drop the selected items it conflicts with, refill the freed needs and
  // capacity greedily from the items touching them, keep the move if the total grew (else undo). Until no move
  // improves, a pass limit, or the move limit.
  const rank = new Int32Array(problem.items.length);
  order.forEach((i, r) => (rank[i] = r));
  const byNeed = new Map<number, number[]>();
  const byProfile = new Map<number, number[]>();
  problem.items.forEach((item, i) => {
    for (const n of item.needs) (byNeed.get(n) ?? byNeed.set(n, []).get(n)!).push(i);
    for (const p of item.profiles) (byProfile.get(p) ?? byProfile.set(p, []).get(p)!).push(i);
  });
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (const i of order) {
      if (moves >= maxMoves || safetyStop) break;
      if (sel.chosen.has(i)) continue;
      const conflicts = sel.conflicts(i, locked);
      if (!conflicts) continue;
      if (++moves % 256 === 0 && Date.now() > safetyDeadline) safetyStop = true;
      const before = sel.value;
      // Only items using a freed resource can fit after the move: a need of a removed item, or a profile that was
      // full before the removal (items on other profiles did not fit before and still do not).
      const fullProfiles: number[] = [];
      for (const c of conflicts)
        for (const p of problem.items[c].profiles)
          if ((sel.profileUsers.get(p)?.size ?? 0) >= (problem.capacities[p] ?? 0))
            fullProfiles.push(p);
      for (const c of conflicts) sel.remove(c);
      sel.add(i);
      // Refill candidates; an item with an owned need cannot fit now nor after further additions, so it is
      // dropped before the (rank-ordered) refill — the refill result is unchanged, only cheaper.
      const touched = new Set<number>();
      const consider = (j: number) => {
        if (touched.has(j) || sel.chosen.has(j) || conflicts.has(j)) return;
        for (const n of problem.items[j].needs) if (sel.needOwner.has(n)) return;
        touched.add(j);
      };
      for (const c of conflicts)
        for (const n of problem.items[c].needs) for (const j of byNeed.get(n) ?? []) consider(j);
      for (const p of fullProfiles) for (const j of byProfile.get(p) ?? []) consider(j);
      const added: number[] = [];
      for (const j of [...touched].sort((a, b) => rank[a] - rank[b])) {
        if (sel.fits(j)) {
          sel.add(j);
          added.push(j);
        }
      }
      if (sel.value > before + 1e-9) {
        improved = true;
      } else {
        for (const j of added) sel.remove(j);
        sel.remove(i);
        for (const c of conflicts) sel.add(c);
      }
    }
    if (!improved || moves >= maxMoves || safetyStop) break;
  }
  const selected = [...sel.chosen].sort((a, b) => a - b);
  let value = 0;
  for (const i of selected) value += problem.items[i].weight;
  return { selected, value, droppedPins, safetyStop };
}
