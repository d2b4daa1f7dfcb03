/** Bounded top-K selection (a min-heap on "better") and the rank of ids in string order for tie-breaks. */

/** Bounded selection of the k best (score desc, then rank asc). */
export class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  private readonly ranks: number[] = [];

  constructor(private readonly k: number) {}

  /** Whether k items are kept (a new item must then beat worstScore). */
  get full(): boolean {
    return this.ids.length >= this.k;
  }

  /** Score of the worst kept item. */
  get worstScore(): number {
    return this.ids.length > 0 ? this.scores[0] : -Infinity;
  }

  /** Min-heap on "better": the root is the worst kept item. */
  offer(id: number, score: number, rank: number): void {
    if (this.k <= 0) return;
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.ranks.push(rank);
      this.up(this.ids.length - 1);
    } else if (better(score, rank, this.scores[0], this.ranks[0])) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.ranks[0] = rank;
      this.down(0);
    }
  }

  /** Kept ids, best first. */
  items(): number[] {
    const order = this.ids.map((_, i) => i);
    order.sort((a, b) => this.scores[b] - this.scores[a] || this.ranks[a] - this.ranks[b]);
    return order.map((i) => this.ids[i]);
  }

  private worse(a: number, b: number): boolean {
    return better(this.scores[b], this.ranks[b], this.scores[a], this.ranks[a]);
  }

  private swap(a: number, b: number): void {
    const { ids, scores, ranks } = this;
    const id = ids[a];
    ids[a] = ids[b];
    ids[b] = id;
    const score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
    const rank = ranks[a];
    ranks[a] = ranks[b];
    ranks[b] = rank;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

function better(sa: number, ra: number, sb: number, rb: number): boolean {
  return sa > sb || (sa === sb && ra < rb);
}

/** Rank of each id in string order (ties: position), for deterministic tie-breaks. */
export function rankOf(ids: string[]): Int32Array {
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const rank = new Int32Array(ids.length);
  order.forEach((idx, r) => (rank[idx] = r));
  return rank;
}
