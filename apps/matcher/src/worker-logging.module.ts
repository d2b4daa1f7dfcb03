import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { LoggerModule } from 'nestjs-pino';

/**
 * The worker logs as the API does: JSON lines through pino (apps/api/src/common/logging), at LOG_LEVEL. Entries
 * about a run carry its id as the `runId` field. Redis outages are reported once each (the MatchingQueue's
 * RedisOutageReporter).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }),
    }),
  ],
})
export class WorkerLoggingModule {}
