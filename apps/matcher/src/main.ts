import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MatcherModule } from './matcher.module';

/** The matching worker: a Nest application context (no HTTP server) consuming the matching queue. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(MatcherModule, { bufferLogs: false });
  // SIGTERM / SIGINT → onApplicationShutdown → worker.close() lets the active jobs finish first.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  Logger.log(`matcher started (pid ${process.pid})`, 'Matcher');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
