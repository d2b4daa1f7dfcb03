import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { MatcherModule } from './matcher.module';

/** The matching worker: a Nest application context (no HTTP server) consuming the matching queue. */
async function bootstrap(): Promise<void> {
  // Logs are buffered until pino takes over, so that every line is JSON.
  const app = await NestFactory.createApplicationContext(MatcherModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM / SIGINT → onApplicationShutdown → worker.close() lets the active jobs finish first.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  logger.log(`matcher started (pid ${process.pid})`, 'Matcher');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
