import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig, ConfigValidationError, loadConfig } from '@brobygger/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { PinoNestLogger } from './common/logging/logging.module';

/**
 * Starts the GraphQL API on PORT (default 3000). The configuration is validated first, so that a bad or missing
 * variable stops the process with one clear message instead of a stack trace. SIGTERM/SIGINT close the HTTP
 * server, Apollo and the database pool (enableShutdownHooks).
 */
async function bootstrap(): Promise<void> {
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT);
  app
    .get(PinoNestLogger)
    .log(
      `Brobygger API listening on port ${config.PORT} (GraphQL at /graphql, health at /health)`,
      'Bootstrap',
    );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
