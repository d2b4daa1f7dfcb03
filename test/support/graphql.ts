import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { GraphQLFormattedError } from 'graphql';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { testRunRedisPrefix } from '../setup/test-redis';

/**
 * The shared end-to-end client. Every GraphQL request of the e2e specs goes through gql(), so that default
 * credentials (or headers) can be added in this one place: by default gql() is signed in as the bootstrap admin
 * (TEST_ADMIN_EMAIL); pass `{ token }` to call as someone else or `{ anonymous: true }` to call without a token.
 */

/** The bootstrap admin of every e2e app (BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD). */
export const TEST_ADMIN_EMAIL = 'admin@brobygger.test';
export const TEST_ADMIN_PASSWORD = 'bootstrap-admin-password-1';

/** Environment of the e2e app: bootstrap admin, rate-limit counters under the run's Redis prefix. */
export function setTestAuthEnv(): void {
  process.env.BOOTSTRAP_ADMIN_EMAIL ??= TEST_ADMIN_EMAIL;
  process.env.BOOTSTRAP_ADMIN_PASSWORD ??= TEST_ADMIN_PASSWORD;
  // Under the run's Redis prefix, so global-teardown deletes the counters with the run's other keys.
  process.env.RATE_LIMIT_PREFIX ??= `${testRunRedisPrefix() ?? 'test'}:throttle:${randomUUID()}`;
  // Specs send far more requests per minute from one address than a person; the rate-limit spec lowers this.
  process.env.RATE_LIMIT_MAX ??= '1000000';
}

export interface TestApp {
  app: INestApplication;
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

export interface GqlOptions {
  /** Bearer token sent as `Authorization: Bearer <token>` (default: the bootstrap admin's). */
  token?: string;
  /** Send no token at all. */
  anonymous?: boolean;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

export interface GqlResponse<T> {
  data?: T;
  errors?: GraphQLFormattedError[];
  status: number;
}

/** Starts the real AppModule on an ephemeral port (listen(0), so subscriptions over WebSocket work too). */
export async function startTestApp(): Promise<TestApp> {
  process.env.LOG_LEVEL ??= 'warn';
  setTestAuthEnv();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}

/** Sends one GraphQL operation over HTTP (POST /graphql) and returns data, errors and the HTTP status. */
export async function gql<T = Record<string, unknown>>(
  app: INestApplication | TestApp,
  query: string,
  variables?: Record<string, unknown>,
  options: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const nestApp = 'app' in app ? app.app : app;
  const useAdmin = !options.anonymous && !options.token;
  const send = async (token: string | undefined) => {
    let call = request(nestApp.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
    if (token) call = call.set('Authorization', `Bearer ${token}`);
    const response = await call.send({ query, variables });
    const body = (response.body ?? {}) as { data?: T; errors?: GraphQLFormattedError[] };
    return { data: body.data ?? undefined, errors: body.errors, status: response.status };
  };
  if (!useAdmin) return send(options.anonymous ? undefined : options.token);
  let result = await send(await adminToken(nestApp));
  if (result.errors?.[0]?.extensions?.reason === 'INVALID_TOKEN') {
    // The cached admin session ended (a spec logged it out): sign in again once.
    adminTokens.delete(nestApp);
    result = await send(await adminToken(nestApp));
  }
  return result;
}

const adminTokens = new WeakMap<INestApplication, Promise<string>>();

/** The bootstrap admin's access token for this app (logged in once per app through the API). */
export function adminToken(app: INestApplication | TestApp): Promise<string> {
  const nestApp = 'app' in app ? app.app : app;
  let token = adminTokens.get(nestApp);
  if (!token) {
    token = request(nestApp.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: {
          input: {
            email: process.env.BOOTSTRAP_ADMIN_EMAIL ?? TEST_ADMIN_EMAIL,
            password: process.env.BOOTSTRAP_ADMIN_PASSWORD ?? TEST_ADMIN_PASSWORD,
          },
        },
      })
      .then((response) => {
        const accessToken = (response.body as { data?: { login?: { accessToken?: string } } }).data
          ?.login?.accessToken;
        if (!accessToken)
          throw new Error(`bootstrap admin login failed: ${JSON.stringify(response.body)}`);
        return accessToken;
      });
    void token.catch(() => adminTokens.delete(nestApp));
    adminTokens.set(nestApp, token);
  }
  return token;
}

/** The `extensions.code` of the first error (undefined when the call succeeded). */
export function errorCode(response: GqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}
