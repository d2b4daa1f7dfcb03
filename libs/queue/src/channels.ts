/**
 * Redis pub/sub channel names. Pub/sub ignores the database number, so every channel carries the BullMQ prefix
 * of the deployment (or test run) to keep deployments sharing one Redis apart.
 */
export function matchRunUpdatedChannel(prefix: string, matchRunId: string): string {
  return `${prefix}:match-run-updated:${matchRunId}`;
}

/** Broadcast to every worker: cancel the active job of this run if you hold it. */
export function matchRunCancelChannel(prefix: string): string {
  return `${prefix}:match-run-cancel`;
}

/** Message published on matchRunUpdatedChannel (a snapshot of the run's visible state). */
export interface MatchRunUpdateMessage {
  id: string;
  status: string;
  phase: string | null;
  progress: number;
  error: string | null;
  updatedAt: string;
}

/** A user's new in-app notifications (the `notificationAdded` subscription listens on its own user's channel). */
export function notificationAddedChannel(prefix: string, userId: string): string {
  return `${prefix}:notification-added:${userId}`;
}
