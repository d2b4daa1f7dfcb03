/**
 * Loads the HiGHS WebAssembly module once per process and caches it module-wide.
 * The engine stays pure: HiGHS runs in memory, no file-system access from our code.
 */
import type { Highs } from 'highs';

let highsPromise: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  if (!highsPromise) {
    const loader = require('highs') as (options?: object) => Promise<Highs>;
    highsPromise = loader().catch((error: unknown) => {
      highsPromise = undefined;
      throw error;
    });
  }
  return highsPromise;
}

/**
 * Starts loading HiGHS without waiting for it, for a caller that will solve soon (the CLI, before it reads the
 * problem): the WebAssembly module compiles on V8's background threads while the problem is read, validated and
 * scored. A failure is left to the solve, which loads again and handles it there.
 */
export function preloadHighs(): void {
  loadHighs().catch(() => undefined);
}
