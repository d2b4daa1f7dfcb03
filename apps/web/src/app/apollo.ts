import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createClient } from 'graphql-ws';
import { forceRefresh, validAccessToken } from './session';

/** True for the API's "your token is no longer valid" answer (expired or ended session). */
function isInvalidToken(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason === 'INVALID_TOKEN',
    )
  );
}

/**
 * One Apollo Client: HTTP for queries and mutations, graphql-ws for subscriptions, both with the current access
 * token (refreshed before it runs out). An operation refused for an invalid token is retried once after a
 * refresh; when that fails the session ends and the app shows the sign-in page.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(async (prev) => {
    const token = await validAccessToken();
    return {
      headers: { ...(prev.headers as Record<string, string>), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    };
  });
  const retryOnInvalidToken = new ErrorLink(({ error, operation, forward }) => {
    if (!isInvalidToken(error) || operation.getContext().retriedAfterRefresh) return;
    return from(forceRefresh()).pipe(
      mergeMap((session) => {
        if (!session) return throwError(() => error);
        operation.setContext({
          retriedAfterRefresh: true,
          headers: { ...(operation.getContext().headers as Record<string, string>), Authorization: `Bearer ${session.accessToken}` },
        });
        return forward(operation);
      }),
    );
  });
  const http = new HttpLink({ uri: '/graphql' });
  const protocol = globalThis.location?.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new GraphQLWsLink(
    createClient({
      url: `${protocol}//${globalThis.location?.host}/graphql`,
      lazy: true,
      connectionParams: async () => {
        const token = await validAccessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
  const link = ApolloLink.split(
    (operation) => operation.operationType === 'subscription',
    ws,
    ApolloLink.from([retryOnInvalidToken, auth, http]),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
