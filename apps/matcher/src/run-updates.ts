import type { Logger } from '@nestjs/common';
import type { MatchingQueue } from '@brobygger/queue';
import type { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';

/**
 * Tells the run's subscribers (matchRunUpdated) its state as stored now, after a status change made outside the
 * run's own job (a failure, a requeue). A publish that fails is logged, not thrown: the status is stored already.
 */
export async function publishStoredRun(
  runs: MatchRunRepository,
  queue: MatchingQueue,
  logger: Logger,
  runId: string,
): Promise<void> {
  const now = await runs.findById(runId);
  if (!now) return;
  await queue
    .publishRunUpdate(now)
    .catch((e: unknown) => logger.warn({ runId, msg: `publish failed: ${String(e)}` }));
}
