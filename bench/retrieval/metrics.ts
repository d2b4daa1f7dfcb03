/** Ranking figures of a retrieval run: MRR@10 and recall@1 / @10 of the one relevant item per query. */
export interface RankingFigures {
  queries: number;
  mrrAt10: number;
  recallAt1: number;
  recallAt10: number;
}

/** `ranked[q]`: item ids best first (at least the top 10); `gold[q]`: the relevant item of query q. */
export function rankingFigures(
  ranked: ReadonlyArray<readonly number[]>,
  gold: readonly number[],
): RankingFigures {
  let mrr = 0;
  let r1 = 0;
  let r10 = 0;
  ranked.forEach((list, q) => {
    const at = list.slice(0, 10).indexOf(gold[q]);
    if (at < 0) return;
    mrr += 1 / (at + 1);
    if (at === 0) r1++;
    r10++;
  });
  const n = Math.max(1, gold.length);
  return { queries: gold.length, mrrAt10: mrr / n, recallAt1: r1 / n, recallAt10: r10 / n };
}
