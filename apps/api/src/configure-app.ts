import { INestApplication } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpEdge } from './authorization/graphql-hardening';
import { PinoNestLogger } from './common/logging/logging.module';
import { serveWebApp } from './web-app/serve-web-app';

/**
 * Application-level setup shared by main.ts and the e2e test app (test/support/graphql.ts), so that tests run
 * the same HTTP pipeline as production. Global pipes and filters are providers in AppModule (APP_PIPE,
 * APP_FILTER); this adds what can only be set on the application object.
 */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  configureHttpEdge(app, app.get<AppConfig>(APP_CONFIG));
  // No `X-Powered-By: Express`: the stack is nobody's business.
  (app as NestExpressApplication).disable('x-powered-by');
  // The built web app (apps/web) at `/`, when it has been built; /graphql, /health and /admin/queues stay the API's.
  serveWebApp(app);
  return app;
}
