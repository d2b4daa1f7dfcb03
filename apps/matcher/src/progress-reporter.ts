import type { EnginePhase } from '@brobygger/engine/exchange/types';
import type { MatchRunPhase } from '@brobygger/persistence/entities/match-run.entity';

/** Percent ranges of the run's phases: loading 0–10, scoring 10–40, forming 40–70, optimising 70–95, saving 95–100. */
const RANGES: Record<EnginePhase, { phase: MatchRunPhase; from: number; to: number }> = {
  scoring: { phase: 'SCORING', from: 10, to: 40 },
  'forming-candidates': { phase: 'FORMING_CANDIDATES', from: 40, to: 70 },
  optimising: { phase: 'OPTIMISING', from: 70, to: 95 },
};

export function enginePhaseToProgress(
  phase: EnginePhase,
  fraction: number,
): { phase: MatchRunPhase; progress: number } {
  const r = RANGES[phase] ?? RANGES.optimising;
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  return { phase: r.phase, progress: Math.round(r.from + (r.to - r.from) * f) };
}

/**
 * Turns the engine's synchronous progress callbacks into throttled asynchronous writes (one at a time, in order):
 * a write on every phase change and otherwise at most every `minIntervalMs` when the percentage moved.
 */
export class ProgressReporter {
  private chain: Promise<void> = Promise.resolve();
  private lastPhase: MatchRunPhase | null = null;
  private lastProgress = -1;
  private lastAt = 0;
  private failure: unknown = null;

  constructor(
    private readonly write: (phase: MatchRunPhase, progress: number) => Promise<void>,
    private readonly minIntervalMs = 250,
  ) {}

  report(phase: MatchRunPhase, progress: number): void {
    const now = Date.now();
    const phaseChanged = phase !== this.lastPhase;
    if (!phaseChanged && (progress <= this.lastProgress || now - this.lastAt < this.minIntervalMs))
      return;
    this.lastPhase = phase;
    this.lastProgress = progress;
    this.lastAt = now;
    this.chain = this.chain.then(() =>
      this.write(phase, progress).catch((e: unknown) => {
        this.failure ??= e;
      }),
    );
  }

  /** Wait for the queued writes; rethrows the first write failure. */
  async flush(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
  }
}
