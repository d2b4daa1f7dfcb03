import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import Redis from 'ioredis';

/** Terminus indicator: Redis answers PING within the timeout. One lazily connected client per process. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    private readonly healthIndicatorService: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Errors surface through ping(); without a listener ioredis would print every reconnect failure.
    this.client.on('error', () => undefined);
  }

  async pingCheck(key: string, timeoutMs = 1000) {
    const indicator = this.healthIndicatorService.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      const answer = await withTimeout(this.client.ping(), timeoutMs);
      return answer === 'PONG'
        ? indicator.up()
        : indicator.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.client.status !== 'end' && this.client.status !== 'wait') {
      await this.client.quit().catch(() => this.client.disconnect());
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
