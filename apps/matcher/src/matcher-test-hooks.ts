/**
 * Test-only hooks of the worker, honoured only when NODE_ENV=test, so that end-to-end tests can hold a run in a
 * known phase (to kill the worker mid-run, cancel it, or change its snapshot) without sleeping in the test itself.
 * MATCHER_TEST_HOLD_MS: wait this long (in small steps, lock renewal keeps running) after loading the problem.
 * MATCHER_TEST_SHARD_HOLD_MS: a ScoreShard job waits this long before it scores (ends early when its run ends).
 */
export function testHoldMs(
  env: NodeJS.ProcessEnv = process.env,
  variable: 'MATCHER_TEST_HOLD_MS' | 'MATCHER_TEST_SHARD_HOLD_MS' = 'MATCHER_TEST_HOLD_MS',
): number {
  if (env.NODE_ENV !== 'test') return 0;
  const n = Number(env[variable] ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Resolves after `ms` or as soon as `isCancelled()` is true (checked every 100 ms). */
export async function holdUnlessCancelled(
  ms: number,
  isCancelled: () => boolean | Promise<boolean>,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await isCancelled()) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, until - Date.now())));
  }
}
