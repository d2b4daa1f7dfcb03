import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { AppConfig } from '@brobygger/config';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import depthLimit from 'graphql-depth-limit';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import {
  DocumentNode,
  GraphQLError,
  GraphQLFormattedError,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ErrorCode } from '../common/errors/error-codes';
import { MAX_PAGE_SIZE } from '../common/pagination/pagination.args';

/**
 * The hardened GraphQL edge, as options for GraphQLModule.forRoot (spread them in) plus `configureHttpEdge` for
 * the Nest application (main.ts and the e2e test app):
 * - a depth limit (validation rule; error code GRAPHQL_VALIDATION_FAILED with `reason: MAX_DEPTH_EXCEEDED`);
 * - a complexity limit as an Apollo plugin, so that it sees variables (`first: $n` multiplies the cost of a
 *   connection; error code GRAPHQL_VALIDATION_FAILED with `reason: MAX_COMPLEXITY_EXCEEDED`);
 * - Apollo's CSRF prevention; introspection from GRAPHQL_INTROSPECTION;
 * - in production, internal errors are masked and stack traces never leave the server;
 * - a request body limit (BODY_LIMIT).
 * The page size is bounded by the pagination args (first ≤ 100).
 */
export function graphqlHardening(config: AppConfig): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  csrfPrevention: true;
  introspection: boolean;
  includeStacktraceInErrorResponses: boolean;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
} {
  const production = config.NODE_ENV === 'production';
  return {
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH)],
    plugins: [complexityLimitPlugin(config.GRAPHQL_MAX_COMPLEXITY)],
    csrfPrevention: true,
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted) => maskError(formatted, production),
  };
}

/** Body size limit for JSON requests; call before `app.init()` / `app.listen()`. */
export function configureHttpEdge(app: INestApplication, config: AppConfig): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: config.BODY_LIMIT });
  (app as NestExpressApplication).useBodyParser('urlencoded', {
    limit: config.BODY_LIMIT,
    extended: true,
  });
}

/** graphql-depth-limit, with a machine-readable `reason` on its errors. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    const proxy = Object.create(context) as ValidationContext;
    proxy.reportError = (error: GraphQLError) =>
      context.reportError(
        new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, reason: 'MAX_DEPTH_EXCEEDED', maxDepth },
        }),
      );
    try {
      rule(proxy);
    } catch {
      // Malformed documents (unknown fragments, …) are reported by graphql's own rules.
    }
    return {};
  };
}

/**
 * A connection costs 1 + first × (cost of one node); other fields 1 (or their `complexity` extension).
 * `first` counts at most MAX_PAGE_SIZE: a larger value is refused by the pagination args with BAD_USER_INPUT
 * naming `first`, which tells the client more than a complexity error.
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first =
    typeof args?.first === 'number' ? Math.min(MAX_PAGE_SIZE, Math.max(0, args.first)) : undefined;
  return first === undefined ? undefined : 1 + first * childComplexity;
};

/** How many variable sets' costs are kept per query document. */
const COSTS_PER_DOCUMENT = 100;

export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  // Apollo parses a query text once and hands later requests the same document: its cost per variable set is
  // kept with it (estimating walks the whole document, a few per cent of a nested page's CPU).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const known = costs.get(document) ?? new Map<string, number>();
          costs.set(document, known);
          const key = JSON.stringify([request.operationName, request.variables]);
          let complexity = known.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [
                  fieldExtensionsEstimator(),
                  connectionEstimator,
                  simpleEstimator({ defaultComplexity: 1 }),
                ],
              });
            } catch (error) {
              // Bad variables: let execution report them with the usual error.
              if (error instanceof GraphQLError) return;
              throw error;
            }
            // Variables differ per request (search texts, ids): keep a bounded number per document.
            if (known.size >= COSTS_PER_DOCUMENT) known.clear();
            known.set(key, complexity);
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `The query is too complex: estimated cost ${complexity}, maximum ${maxComplexity}; ask for fewer fields or smaller pages`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  reason: 'MAX_COMPLEXITY_EXCEEDED',
                  complexity,
                  maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Never leak internals: stack traces and schema suggestions ("Did you mean …?") are dropped in production, and
 * errors without a known code get a generic message there (no SQL, no driver text).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  if (!production) return formatted;
  const code =
    typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  // graphql-js suggests field and type names ("Did you mean auditLog?"): schema details stay private.
  const message = formatted.message.replace(/ Did you mean .*\?$/, '');
  if (code && KNOWN_CODES.has(code)) return { ...formatted, message, extensions };
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
