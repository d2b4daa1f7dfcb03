import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { MatchingQueue, MatchingQueueModule } from '@brobygger/queue';
import { AuthModule } from '../auth/auth.module';
import { QueueDashboardAuthMiddleware } from './queue-dashboard-auth.middleware';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators at /admin/queues (jobs, retries, failures of the matching queue), ADMIN users only:
 * QueueDashboardAuthMiddleware runs before the board on the page, its assets and its API (HTTP Basic with an
 * admin's e-mail and password, or `Authorization: Bearer <access token>`).
 */
@Module({ imports: [MatchingQueueModule, AuthModule], providers: [QueueDashboardAuthMiddleware] })
export class QueueDashboardModule implements NestModule {
  constructor(private readonly matchingQueue: MatchingQueue) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.matchingQueue.queue, { readOnlyMode: false })],
      serverAdapter,
    });
    consumer
      .apply(QueueDashboardAuthMiddleware, serverAdapter.getRouter())
      .forRoutes(QUEUE_DASHBOARD_PATH);
  }
}
