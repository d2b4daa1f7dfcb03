import { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { join } from 'node:path';
import { graphqlHardening } from '../../authorization/graphql-hardening';
import { LoadersFactory } from '../loaders/loaders.factory';
import { GraphqlContext } from './graphql-context';

/** Where the emitted schema lives (committed); written whenever the app boots outside production. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

/**
 * Apollo options: code-first with the schema file emitted and sorted, the Apollo landing page instead of the
 * old playground (none in production), introspection from config, stack traces only in development, and a
 * per-request context with the DataLoaders.
 */
@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loaders: LoadersFactory,
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
        ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
      ],
      introspection: this.config.GRAPHQL_INTROSPECTION,
      includeStacktraceInErrorResponses: this.config.NODE_ENV === 'development',
      subscriptions: { 'graphql-ws': true },
      // Guards and filters also run for field resolvers (e.g. access rules on contacts).
      fieldResolverEnhancers: ['guards', 'filters'],
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
        req: (req ?? extra?.request) as GraphqlContext['req'],
        res,
        // graphql-ws: `{ authorization: 'Bearer …' }` sent by the client when connecting.
        connectionParams,
        loaders: this.loaders.create(),
      }),
    };
  }
}
