import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Structured JSON logs (pino): one line per request with a request id, credentials redacted.
 * Health checks are not logged per request (they would drown the log).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            censor: '[redacted]',
          },
          genReqId: (req: IncomingMessage) => {
            const header = req.headers['x-request-id'];
            return typeof header === 'string' && header.length <= 100 ? header : randomUUID();
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          quietReqLogger: true,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
