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
 * The request logger: answers with the request id (`X-Request-Id`) and, when `info` is enabled, writes one line
 * per finished request as pino-http did (`reqId`, `req`, `res`, `responseTime`; `request completed`, `request
 * aborted`, or `request errored` at level error for a 5xx), credentials redacted by the logger's `redact`. It
 * builds no child loggers (pino-http made two per request and serialised the request into them, logged or not).
 * Health checks are not logged (they would drown the log).
 */
export function requestLogger(
  log: Pino,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { req: serializeReq, res: serializeRes, err: serializeErr } = pino.stdSerializers;
  return (req, res, next) => {
    const id = requestIdOf(req);
    res.setHeader('x-request-id', id);
    (req as IncomingMessage & { id?: string }).id = id;
    if (req.url !== '/health' && log.isLevelEnabled('info')) {
      const started = Date.now();
      const done = () => {
        res.removeListener('close', done);
        res.removeListener('finish', done);
        const line = {
          reqId: id,
          req: serializeReq(req),
          res: serializeRes(res),
          responseTime: Date.now() - started,
        };
        if (res.statusCode >= 500) {
          const err = serializeErr(new Error(`failed with status code ${res.statusCode}`));
          log.error({ ...line, err }, 'request errored');
        } else {
          const completed = !req.readableAborted && res.writableEnded;
          log.info(line, completed ? 'request completed' : 'request aborted');
        }
      };
      res.on('close', done);
      res.on('finish', done);
    }
    next();
  };
}

/** Structured JSON logs (pino): one line per request with a request id, credentials redacted. */
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
    consumer
      .apply(requestLogger(this.pino))
      .forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
