/** Greedy + local-search heuristic for the set-packing problem. */
import { PackingProblem, workLimits } from './packing-problem';

/**
 * Tracks a feasible selection in flat arrays: the owner of each need, the users of each profile and which items
 * are chosen. The value is summed in the order of the add/remove calls (the heuristic's comparisons depend on it).
 */
class Selection {
  /** Owner item of each need, -1 when free. */
  readonly needOwner: Int32Array;
  /** Users of profile p: profileUsers[profileStart[p] .. profileStart[p] + userCount[p]) (at most cap_p). */
  private readonly profileUsers: Int32Array;
  private readonly profileStart: Int32Array;
  readonly userCount: Int32Array;
  /** 1 for a chosen item. */
  readonly chosen: Uint8Array;
  value = 0;

  constructor(
    private readonly problem: PackingProblem,
    numNeeds: number,
    numProfiles: number,
  ) {
    this.needOwner = new Int32Array(numNeeds).fill(-1);
    this.profileStart = new Int32Array(numProfiles + 1);
    for (let p = 0; p < numProfiles; p++)
      this.profileStart[p + 1] = this.profileStart[p] + Math.max(0, problem.capacities[p] ?? 0);
    this.profileUsers = new Int32Array(this.profileStart[numProfiles]);
    this.userCount = new Int32Array(numProfiles);
    this.chosen = new Uint8Array(problem.items.length);
  }

  /** Whether profile p is used up to its capacity. */
  full(p: number): boolean {
    return this.userCount[p] >= (this.problem.capacities[p] ?? 0);
  }

  /**
   * The selected items that must leave for item i to come in (needs shared, or one user of each full profile, the
   * cheapest unlocked one), in a fixed order; undefined when a locked item or a zero capacity stands in the way.
   */
  conflicts(itemIndex: number, locked: Uint8Array): number[] | undefined {
    const item = this.problem.items[itemIndex];
    const out: number[] = [];
    for (const n of item.needs) {
      const owner = this.needOwner[n];
      if (owner >= 0) {
        if (locked[owner] === 1) return undefined;
        if (!out.includes(owner)) out.push(owner);
      }
    }
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0) return undefined;
      const count = this.userCount[p];
      if (count < cap) continue;
      // One user of p must leave; if a conflicting item already leaves, p is freed.
      const from = this.profileStart[p];
      let freed = false;
      for (let k = from; k < from + count; k++)
        if (out.includes(this.profileUsers[k])) freed = true;
      if (freed) continue;
      let cheapest = -1;
      for (let k = from; k < from + count; k++) {
        const u = this.profileUsers[k];
        if (locked[u] === 1) continue;
        if (
          cheapest < 0 ||
          this.problem.items[u].weight < this.problem.items[cheapest].weight ||
          (this.problem.items[u].weight === this.problem.items[cheapest].weight && u > cheapest)
        )
          cheapest = u;
      }
      if (cheapest < 0) return undefined;
      out.push(cheapest);
    }
    return out;
  }

  /** Whether the item fits without removing anything (same as `conflicts(i, locked)` being empty; no allocation). */
  fits(itemIndex: number): boolean {
    const item = this.problem.items[itemIndex];
    for (const n of item.needs) if (this.needOwner[n] >= 0) return false;
    for (const p of item.profiles) {
      const cap = this.problem.capacities[p] ?? 0;
      if (cap <= 0 || this.userCount[p] >= cap) return false;
    }
    return true;
  }

  add(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen[itemIndex] = 1;
    this.value += item.weight;
    for (const n of item.needs) this.needOwner[n] = itemIndex;
    for (const p of item.profiles)
      this.profileUsers[this.profileStart[p] + this.userCount[p]++] = itemIndex;
  }

  remove(itemIndex: number): void {
    const item = this.problem.items[itemIndex];
    this.chosen[itemIndex] = 0;
    this.value -= item.weight;
    for (const n of item.needs) if (this.needOwner[n] === itemIndex) this.needOwner[n] = -1;
    for (const p of item.profiles) {
      const from = this.profileStart[p];
      const last = from + this.userCount[p] - 1;
      for (let k = from; k <= last; k++) {
        if (this.profileUsers[k] === itemIndex) {
          this.profileUsers[k] = this.profileUsers[last];
          this.userCount[p]--;
          break;
        }
      }
    }
  }
}

/** Items of each need and of each profile, in item order (CSR). */
interface Incidence {
  ptr: Int32Array;
  items: Int32Array;
}

function incidence(
  problem: PackingProblem,
  size: number,
  keys: (item: PackingProblem['items'][number]) => readonly number[],
): Incidence {
  const ptr = new Int32Array(size + 1);
  for (const item of problem.items) for (const k of keys(item)) ptr[k + 1]++;
  for (let k = 0; k < size; k++) ptr[k + 1] += ptr[k];
  const fill = ptr.slice(0, size);
  const items = new Int32Array(ptr[size]);
  problem.items.forEach((item, i) => {
    for (const k of keys(item)) items[fill[k]++] = i;
  });
  return { ptr, items };
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
  const { items } = problem;
  let numNeeds = 0;
  let numProfiles = problem.capacities.length;
  for (const item of items) {
    for (const n of item.needs) numNeeds = Math.max(numNeeds, n + 1);
    for (const p of item.profiles) numProfiles = Math.max(numProfiles, p + 1);
  }
  const sel = new Selection(problem, numNeeds, numProfiles);
  const locked = new Uint8Array(items.length);
  const droppedPins: number[] = [];
  // Weight order, or — with an LP solution as guide — LP value first (LP rounding), then weight.
  const order = guide
    ? orderByWeight(problem).sort(
        (a, b) => guide[b] - guide[a] || items[b].weight - items[a].weight || a - b,
      )
    : orderByWeight(problem);

  problem.pins.forEach((pinItems, pinIndex) => {
    const sorted = [...pinItems].sort((a, b) => items[b].weight - items[a].weight || a - b);
    for (const i of sorted) {
      if (sel.chosen[i] === 1) {
        locked[i] = 1;
        return;
      }
      if (sel.fits(i)) {
        sel.add(i);
        locked[i] = 1;
        return;
      }
    }
    droppedPins.push(pinIndex);
  });

  for (const i of order) {
    if (sel.chosen[i] === 0 && sel.fits(i)) sel.add(i);
  }

  // Local search: bring in an unselected item, drop the selected items it conflicts with, refill the freed needs and
  // capacity greedily from the items touching them, keep the move if the total grew (else undo). Until no move
  // improves, a pass limit, or the move limit.
  const rank = new Int32Array(items.length);
  order.forEach((i, r) => (rank[i] = r));
  const byNeed = incidence(problem, numNeeds, (item) => item.needs);
  const byProfile = incidence(problem, numProfiles, (item) => item.profiles);
  // Per move: items already looked at (stamp = move number) and the refill candidates found.
  const seen = new Int32Array(items.length);
  const touched = new Int32Array(items.length);
  const byRank = (a: number, b: number): number => rank[a] - rank[b];
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (const i of order) {
      if (moves >= maxMoves || safetyStop) break;
      if (sel.chosen[i] === 1) continue;
      const conflicts = sel.conflicts(i, locked);
      if (!conflicts) continue;
      if (++moves % 256 === 0 && Date.now() > safetyDeadline) safetyStop = true;
      const before = sel.value;
      // Only items using a freed resource can fit after the move: a need of a removed item, or a profile that was
      // full before the removal (items on other profiles did not fit before and still do not).
      const fullProfiles: number[] = [];
      for (const c of conflicts)
        for (const p of items[c].profiles) if (sel.full(p)) fullProfiles.push(p);
      for (const c of conflicts) sel.remove(c);
      sel.add(i);
      // Refill candidates; an item that does not fit now cannot fit after further additions either, so it is
      // dropped before the (rank-ordered) refill — the refill result is unchanged, only cheaper.
      let numTouched = 0;
      const consider = (from: Incidence, key: number): void => {
        for (let k = from.ptr[key]; k < from.ptr[key + 1]; k++) {
          const j = from.items[k];
          if (seen[j] === moves) continue;
          seen[j] = moves;
          if (sel.chosen[j] === 0 && !conflicts.includes(j) && sel.fits(j))
            touched[numTouched++] = j;
        }
      };
      // a need the new item took, or a profile full again, admits none of its items: not scanned
      for (const c of conflicts)
        for (const n of items[c].needs) if (sel.needOwner[n] < 0) consider(byNeed, n);
      for (const p of fullProfiles) if (!sel.full(p)) consider(byProfile, p);
      const added: number[] = [];
      for (const j of touched.subarray(0, numTouched).sort(byRank)) {
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
  const selected: number[] = [];
  for (let i = 0; i < items.length; i++) if (sel.chosen[i] === 1) selected.push(i);
  let value = 0;
  for (const i of selected) value += items[i].weight;
  return { selected, value, droppedPins, safetyStop };
}
