import type { Request, Response } from 'express';
import type { Loaders } from '../loaders/loaders.factory';

/** The per-request GraphQL context: the HTTP request/response and one fresh set of DataLoaders. */
export interface GraphqlContext {
  req: Request;
  res?: Response;
  /** WebSocket subscriptions: the client's connection parameters (the auth guard reads `authorization`). */
  connectionParams?: Record<string, unknown>;
  loaders: Loaders;
}
