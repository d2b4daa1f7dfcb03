import {
  Inject,
  Injectable,
  LoggerService,
  MiddlewareConsumer,
  Module,
  NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { Logger as Pino } from 'pino';
import pinoHttp from 'pino-http';

/** The process's pino instance (provider token). */
export const API_LOG = Symbol('API_LOG');

/** Paths whose values never reach the log. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

/**
 * Nest's logger on top of pino: `new Logger(Context).log(…)` anywhere in the API writes one JSON line with
 * `context`. Lines are not tied to a request (no AsyncLocalStorage: it switches on promise hooks for every promise
 * of every request, a quarter of the API's CPU); the request line itself carries the request id.
 */
@Injectable()
export class PinoNestLogger implements LoggerService {
  constructor(@Inject(API_LOG) private readonly pino: Pino) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const stack = context !== undefined ? stackOrContext : undefined;
    this.write('error', message, context ?? stackOrContext, stack);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string, stack?: string): void {
    if (!this.pino.isLevelEnabled(level)) return;
    if (message instanceof Error) {
      this.pino[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context, ...(message as object), ...(stack ? { stack } : {}) });
    } else {
      this.pino[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}

/** `X-Request-Id` when the client sent a sensible one, otherwise a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && header.length > 0 && header.length <= 100
    ? header
    : randomUUID();
}

/**
 * Structured JSON logs (pino): one line per request (pino-http) with a request id, credentials redacted.
 * Health checks are not logged per request (they would drown the log).
 */
@Module({
  providers: [
    {
      provide: API_LOG,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Pino =>
        pino({ level: config.LOG_LEVEL, redact: { paths: REDACT, censor: '[redacted]' } }),
    },
    PinoNestLogger,
  ],
  exports: [API_LOG, PinoNestLogger],
})
export class LoggingModule implements NestModule {
  constructor(@Inject(API_LOG) private readonly pino: Pino) {}

  configure(consumer: MiddlewareConsumer): void {
    const requestLog = pinoHttp<IncomingMessage, ServerResponse>({
      logger: this.pino,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
      quietReqLogger: true,
    });
    consumer.apply(requestLog).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
