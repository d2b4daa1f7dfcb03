import { Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import { MATCHING_QUEUE, MatchingQueueModule } from './matching-queue.module';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators at /admin/queues (jobs, retries, failures of the matching queue). It has no access
 * control of its own: protect the path once authentication lands (or expose it only on an internal network).
 */
@Module({ imports: [MatchingQueueModule] })
export class QueueDashboardModule implements NestModule {
  constructor(@Inject(MATCHING_QUEUE) private readonly queue: Queue) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.queue, { readOnlyMode: false })],
      serverAdapter,
    });
    consumer.apply(serverAdapter.getRouter()).forRoutes(QUEUE_DASHBOARD_PATH);
  }
}
