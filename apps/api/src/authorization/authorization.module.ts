import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuthModule } from '../auth/auth.module';
import { AuthorizationService } from './authorization.service';
import { FieldAuthorizationCheck } from './field-authorization.check';
import { GqlAuthGuard } from './gql-auth.guard';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { ResourceLoader } from './resource-loader';

/** The limiter's Redis: fails fast while Redis is down (the guard then fails open) and logs no error events. */
function throttlerStorage(redisUrl: string): ThrottlerStorageRedisService {
  const storage = new ThrottlerStorageRedisService(redisUrl, {
    lazyConnect: false,
    maxRetriesPerRequest: 1,
  });
  storage.redis.on('error', () => undefined);
  return storage;
}

/**
 * Access control for the whole API, imported once by AppModule: rate limiting (Redis) and the authentication and
 * authorization guard, both global; the audit-log interceptor comes with every mutation (`Mutation` from
 * ./mutation.decorator). Feature modules use @Authorize / @Public on
 * their operations and AuthorizationService (exported, global through this module) for list and field rules
 * (guards run on root operations only; FieldAuthorizationCheck refuses @Authorize on a field resolver).
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    AuthModule,
    AuditLogModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          {
            name: 'default',
            ttl: config.RATE_LIMIT_TTL_SECONDS * 1000,
            limit: Math.max(1, config.RATE_LIMIT_MAX),
          },
        ],
        storage: throttlerStorage(config.REDIS_URL),
        skipIf: () => config.RATE_LIMIT_MAX === 0,
        // One bucket per client address over all operations; the prefix keeps runs and deployments apart.
        generateKey: (_context, tracker, name) => `${config.RATE_LIMIT_PREFIX}:${name}:${tracker}`,
      }),
    }),
  ],
  providers: [
    ResourceLoader,
    AuthorizationService,
    FieldAuthorizationCheck,
    { provide: APP_GUARD, useClass: GqlThrottlerGuard },
    { provide: APP_GUARD, useClass: GqlAuthGuard },
  ],
  exports: [AuthorizationService, ResourceLoader, AuthModule],
})
export class AuthorizationModule {}
