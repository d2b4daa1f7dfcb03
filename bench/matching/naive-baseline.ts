/**
 * The naive baseline: `natural`'s own TfIdf, every need compared with every profile directly (no inverted index),
 * keeping the K best profiles per need. natural's Norwegian tokenizer is used so that æ, ø and å survive.
 * Cost grows with needs × profiles × need terms, so at large scales it runs on a sample of needs and the full time
 * is extrapolated linearly in the number of needs (every sampled need is compared with all profiles).
 */
import TfIdf = require('natural/lib/natural/tfidf/tfidf');
import AggressiveTokenizerNo = require('natural/lib/natural/tokenizers/aggressive_tokenizer_no');
import { Problem, ProblemNeed, ProblemProfile } from '@brobygger/engine';

export interface BaselineResult {
  /** Needs actually compared with all profiles. */
  sampledNeeds: number;
  totalNeeds: number;
  profiles: number;
  indexMs: number;
  /** Wall time of the comparisons actually made. */
  measuredMs: number;
  /** measuredMs scaled to all needs (= measuredMs when nothing was sampled), plus indexMs. */
  estimatedFullMs: number;
  extrapolated: boolean;
  /** K best profile indices per sampled need, keyed by need index. */
  top: Map<number, number[]>;
}

function profileText(p: ProblemProfile): string {
  const refs = (p.references ?? []).map((r) => `${r.title} ${r.abstract ?? ''}`);
  return [p.title, ...(p.keywords ?? []), ...(p.methods ?? []), p.description ?? '', ...refs].join(
    ' ',
  );
}

function needText(n: ProblemNeed): string {
  return `${n.title} ${n.description ?? ''}`;
}

export function runNaiveBaseline(
  problem: Problem,
  options: { k: number; maxNeeds: number },
): BaselineResult {
  const tokenizer = new AggressiveTokenizerNo();
  const started = performance.now();
  const tfidf = new TfIdf();
  tfidf.setTokenizer(tokenizer);
  for (const profile of problem.profiles) tfidf.addDocument(profileText(profile));
  const indexMs = performance.now() - started;

  const total = problem.needs.length;
  const step = Math.max(1, total / options.maxNeeds);
  const sample: number[] = [];
  for (let x = 0; Math.floor(x) < total && sample.length < options.maxNeeds; x += step)
    sample.push(Math.floor(x));

  const top = new Map<number, number[]>();
  const t0 = performance.now();
  for (const needIndex of sample) {
    const terms = tokenizer.tokenize(needText(problem.needs[needIndex]).toLowerCase());
    const scores = tfidf.tfidfs(terms);
    const best: Array<[number, number]> = [];
    for (let p = 0; p < scores.length; p++) {
      const s = scores[p];
      if (s <= 0) continue;
      if (best.length < options.k) {
        best.push([p, s]);
        best.sort((a, b) => b[1] - a[1]);
      } else if (s > best[best.length - 1][1]) {
        best[best.length - 1] = [p, s];
        best.sort((a, b) => b[1] - a[1]);
      }
    }
    top.set(
      needIndex,
      best.map(([p]) => p),
    );
  }
  const measuredMs = performance.now() - t0;
  const extrapolated = sample.length < total;
  return {
    sampledNeeds: sample.length,
    totalNeeds: total,
    profiles: problem.profiles.length,
    indexMs,
    measuredMs,
    estimatedFullMs: indexMs + measuredMs * (total / Math.max(1, sample.length)),
    extrapolated,
    top,
  };
}
