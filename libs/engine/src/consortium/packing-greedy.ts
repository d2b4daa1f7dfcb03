/** Greedy + local-search heuristic for the set-packing problem. */
import { FlatItems, flatItemsOf, Incidence, PackingProblem, workLimits } from './packing-problem';

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

  constructor(private readonly flat: FlatItems) {
    const { numProfiles, capacity } = flat;
    this.needOwner = new Int32Array(flat.numNeeds).fill(-1);
    this.profileStart = new Int32Array(numProfiles + 1);
    for (let p = 0; p < numProfiles; p++)
      this.profileStart[p + 1] = this.profileStart[p] + Math.max(0, capacity[p]);
    this.profileUsers = new Int32Array(this.profileStart[numProfiles]);
    this.userCount = new Int32Array(numProfiles);
    this.chosen = new Uint8Array(flat.weight.length);
  }

  /** Whether profile p is used up to its capacity. */
  full(p: number): boolean {
    return this.userCount[p] >= this.flat.capacity[p];
  }

  /**
   * The selected items that must leave for item i to come in (needs shared, or one user of each full profile, the
   * cheapest unlocked one), in a fixed order; undefined when a locked item or a zero capacity stands in the way.
   */
  conflicts(itemIndex: number, locked: Uint8Array): number[] | undefined {
    const { needPtr, needs, profilePtr, profiles, capacity, weight } = this.flat;
    const out: number[] = [];
    for (let q = needPtr[itemIndex]; q < needPtr[itemIndex + 1]; q++) {
      const owner = this.needOwner[needs[q]];
      if (owner >= 0) {
        if (locked[owner] === 1) return undefined;
        if (!out.includes(owner)) out.push(owner);
      }
    }
    for (let q = profilePtr[itemIndex]; q < profilePtr[itemIndex + 1]; q++) {
      const p = profiles[q];
      const cap = capacity[p];
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
          weight[u] < weight[cheapest] ||
          (weight[u] === weight[cheapest] && u > cheapest)
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
    const { needPtr, needs, profilePtr, profiles, capacity } = this.flat;
    for (let q = needPtr[itemIndex]; q < needPtr[itemIndex + 1]; q++)
      if (this.needOwner[needs[q]] >= 0) return false;
    for (let q = profilePtr[itemIndex]; q < profilePtr[itemIndex + 1]; q++) {
      const p = profiles[q];
      if (capacity[p] <= 0 || this.userCount[p] >= capacity[p]) return false;
    }
    return true;
  }

  add(itemIndex: number): void {
    const { needPtr, needs, profilePtr, profiles } = this.flat;
    this.chosen[itemIndex] = 1;
    this.value += this.flat.weight[itemIndex];
    for (let q = needPtr[itemIndex]; q < needPtr[itemIndex + 1]; q++)
      this.needOwner[needs[q]] = itemIndex;
    for (let q = profilePtr[itemIndex]; q < profilePtr[itemIndex + 1]; q++) {
      const p = profiles[q];
      this.profileUsers[this.profileStart[p] + this.userCount[p]++] = itemIndex;
    }
  }

  remove(itemIndex: number): void {
    const { needPtr, needs, profilePtr, profiles } = this.flat;
    this.chosen[itemIndex] = 0;
    this.value -= this.flat.weight[itemIndex];
    for (let q = needPtr[itemIndex]; q < needPtr[itemIndex + 1]; q++)
      if (this.needOwner[needs[q]] === itemIndex) this.needOwner[needs[q]] = -1;
    for (let q = profilePtr[itemIndex]; q < profilePtr[itemIndex + 1]; q++) {
      const p = profiles[q];
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

/** Items by weight descending, ties by index: the deterministic order used by the heuristic. */
function orderByWeight(weight: Float64Array): number[] {
  return Array.from(weight, (_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
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
  const { items } = problem;
  const flat = flatItemsOf(problem);
  const { weight } = flat;
  const sel = new Selection(flat);
  const locked = new Uint8Array(items.length);
  const droppedPins: number[] = [];
  // Weight order, or — with an LP solution as guide — LP value first (LP rounding), then weight.
  const order = guide
    ? orderByWeight(weight).sort((a, b) => guide[b] - guide[a] || weight[b] - weight[a] || a - b)
    : orderByWeight(weight);

  problem.pins.forEach((pinItems, pinIndex) => {
    const sorted = [...pinItems].sort((a, b) => weight[b] - weight[a] || a - b);
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

  const safetyStop = localSearch(flat, sel, locked, order, maxMoves, safetyDeadline);
  const selected: number[] = [];
  for (let i = 0; i < items.length; i++) if (sel.chosen[i] === 1) selected.push(i);
  let value = 0;
  for (const i of selected) value += weight[i];
  return { selected, value, droppedPins, safetyStop };
}

/**
 * 1-opt local search: bring in an unselected item, drop the selected items it conflicts with, refill the freed needs
 * and capacity greedily from the items touching them, keep the move if the total grew (else undo). Until no move
 * improves in a pass, 20 passes, or `maxMoves` moves. Its own function (and `Refill` its own class) so that V8
 * optimises it with its own type feedback. Returns whether the safety net stopped it.
 */
function localSearch(
  flat: FlatItems,
  sel: Selection,
  locked: Uint8Array,
  order: number[],
  maxMoves: number,
  safetyDeadline: number,
): boolean {
  const refill = new Refill(flat, sel, order);
  let moves = 0;
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (const i of order) {
      if (moves >= maxMoves) return false;
      if (sel.chosen[i] === 1) continue;
      const conflicts = sel.conflicts(i, locked);
      if (!conflicts) continue;
      if (++moves % 256 === 0 && Date.now() > safetyDeadline) return true;
      if (refill.move(i, conflicts, moves)) improved = true;
    }
    if (!improved) break;
  }
  return false;
}

/** One local-search move with its refill, on per-move scratch arrays. */
class Refill {
  private readonly rank: Int32Array;
  private readonly byNeed: Incidence;
  private readonly byProfile: Incidence;
  /** Items already looked at in this move (stamp = move number; conflicts are stamped up front). */
  private readonly seen: Int32Array;
  /** Refill candidates of this move: touched[0 .. numTouched). */
  private readonly touched: Int32Array;
  private readonly scanNeeds: number[] = [];
  private readonly scanProfiles: number[] = [];
  private readonly byRank = (a: number, b: number): number => this.rank[a] - this.rank[b];

  constructor(
    private readonly flat: FlatItems,
    private readonly sel: Selection,
    order: number[],
  ) {
    const count = flat.weight.length;
    this.rank = new Int32Array(count);
    order.forEach((i, r) => (this.rank[i] = r));
    this.byNeed = flat.byNeed;
    this.byProfile = flat.byProfile;
    this.seen = new Int32Array(count);
    this.touched = new Int32Array(count);
  }

  /** Brings item i in (its conflicts out, freed resources refilled); keeps the move if the total grew. */
  move(i: number, conflicts: number[], stamp: number): boolean {
    const { sel, seen, touched, scanNeeds, scanProfiles, byNeed, byProfile } = this;
    const { needPtr, needs, profilePtr, profiles } = this.flat;
    const before = sel.value;
    // Only items using a freed resource can fit after the move: a need of a removed item, or a profile that was
    // full before the removal (items on other profiles did not fit before and still do not).
    scanProfiles.length = 0;
    for (const c of conflicts) {
      seen[c] = stamp;
      for (let q = profilePtr[c]; q < profilePtr[c + 1]; q++)
        if (sel.full(profiles[q])) scanProfiles.push(profiles[q]);
    }
    for (const c of conflicts) sel.remove(c);
    sel.add(i);
    // Refill candidates; an item that does not fit now cannot fit after further additions either, so it is dropped
    // before the (rank-ordered) refill — the refill result is unchanged, only cheaper. A need the new item took, or
    // a profile full again, admits none of its items: not scanned.
    scanNeeds.length = 0;
    for (const c of conflicts)
      for (let q = needPtr[c]; q < needPtr[c + 1]; q++)
        if (sel.needOwner[needs[q]] < 0) scanNeeds.push(needs[q]);
    let numTouched = 0;
    const scan = (from: Incidence, key: number): void => {
      for (let k = from.ptr[key]; k < from.ptr[key + 1]; k++) {
        const j = from.items[k];
        if (seen[j] === stamp) continue;
        seen[j] = stamp;
        if (sel.chosen[j] === 0 && sel.fits(j)) touched[numTouched++] = j;
      }
    };
    for (const n of scanNeeds) scan(byNeed, n);
    for (const p of scanProfiles) if (!sel.full(p)) scan(byProfile, p);
    const added: number[] = [];
    for (const j of touched.subarray(0, numTouched).sort(this.byRank)) {
      if (sel.fits(j)) {
        sel.add(j);
        added.push(j);
      }
    }
    if (sel.value > before + 1e-9) return true;
    for (const j of added) sel.remove(j);
    sel.remove(i);
    for (const c of conflicts) sel.add(c);
    return false;
  }
}
