import { Queue } from 'bullmq';
import { bullConnectionOptions, buildJobOptions, JobName, QueueName } from '@brobygger/queue';

/** A producer on the per-run queue (BULL_PREFIX of the jest run), as the API uses it. */
export function openTestQueue(): Queue {
  return new Queue(
    QueueName.Matching,
    bullConnectionOptions({
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      prefix: process.env.BULL_PREFIX!,
    }),
  );
}

export async function enqueueRun(queue: Queue, matchRunId: string, attempts = 3): Promise<void> {
  const job = { name: JobName.StartMatchRun, data: { matchRunId } } as const;
  await queue.add(job.name, job.data, buildJobOptions(job, { attempts, backoffDelayMs: 200 }));
}
