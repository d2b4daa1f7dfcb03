import { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { SocketSessions } from '../../auth/socket-sessions';
import { TokenService } from '../../auth/token.service';
import { bearerToken } from '../../authorization/gql-auth.guard';
import { graphqlHardening } from '../../authorization/graphql-hardening';
import { shapeFieldError } from '../errors/graphql-exception.filter';
import { LoadersFactory } from '../loaders/loaders.factory';
import { GraphqlContext } from './graphql-context';

/** Where the emitted schema lives (committed); written whenever the app boots outside production. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

/**
 * Apollo options: code-first with the schema file emitted and sorted, the Apollo landing page instead of the
 * old playground (none in production), introspection from config, stack traces only in development, and a
 * per-request context with the DataLoaders. Cache control is off (no type or field sets a cache hint).
 */
@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loaders: LoadersFactory,
    private readonly tokens: TokenService,
    private readonly sockets: SocketSessions,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const production = this.config.NODE_ENV === 'production';
    // Depth and complexity limits, CSRF prevention, error masking in production (apps/api/src/authorization).
    const hardening = graphqlHardening(this.config);
    return {
      ...hardening,
      autoSchemaFile: production ? true : SCHEMA_FILE,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      plugins: [
        ...hardening.plugins,
        // No field sets cache hints; Apollo's implicit cache-control plugin would wrap every field resolver.
        ApolloServerPluginCacheControlDisabled(),
        ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
      ],
      introspection: this.config.GRAPHQL_INTROSPECTION,
      includeStacktraceInErrorResponses: this.config.NODE_ENV === 'development',
      subscriptions: {
        'graphql-ws': {
          // Sockets opened with a valid token close when it expires or its session ends (SocketSessions).
          onConnect: async (ctx) => {
            const token = bearerToken({}, { connectionParams: ctx.connectionParams ?? {} });
            const claims = token ? await this.tokens.verifyAccessToken(token) : null;
            if (claims) this.sockets.register(socketOf(ctx.extra), claims.sid, claims.exp);
            return true;
          },
          onClose: (ctx) => this.sockets.unregister(socketOf(ctx.extra)),
        },
      },
      // Guards, interceptors and the exception filter run on root operations only: a field is authorized with the
      // operation that reached it, and field-level rules (contact details) live in the resolver
      // (FieldAuthorizationCheck refuses @Authorize on a field resolver). Nest's wrapping of every field of a
      // nested page (~80) cost more CPU than the page's SQL, so field resolvers are called as GraphQL calls them:
      // they take (parent, args, context, info) without parameter decorators; only a field with arguments
      // declares @Parent and @Args, for the validation pipe. Their errors are shaped like the filter's in
      // formatError (shapeFieldError).
      fieldResolverEnhancers: [],
      formatError: (formatted, error) =>
        hardening.formatError(shapeFieldError(formatted, error), error),
      context: ({
        req,
        res,
        extra,
        connectionParams,
      }: {
        req?: GraphqlContext['req'];
        res?: GraphqlContext['res'];
        extra?: { request?: GraphqlContext['req'] };
        connectionParams?: Record<string, unknown>;
      }): GraphqlContext => ({
        // Over WebSocket, a fresh carrier per subscribe (not the shared upgrade request), so that the guard
        // verifies the token and memberships again for every subscription instead of reusing the first principal.
        req: (req ?? socketCarrier(extra?.request)) as GraphqlContext['req'],
        res,
        // graphql-ws: `{ authorization: 'Bearer …' }` sent by the client when connecting.
        connectionParams,
        loaders: this.loaders.create(),
      }),
    };
  }
}

/** The ws socket graphql-ws keeps in its context's `extra`. */
function socketOf(extra: unknown): { close(code: number, reason: string): void } {
  return (extra as { socket: { close(code: number, reason: string): void } }).socket;
}

/** Headers and client address of the WebSocket's upgrade request, in a new object per operation. */
function socketCarrier(request: IncomingMessage | undefined): object | undefined {
  return request && { headers: request.headers, ip: request.socket?.remoteAddress };
}
