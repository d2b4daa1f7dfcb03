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
