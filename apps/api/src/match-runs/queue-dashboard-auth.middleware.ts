import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { createHmac, randomBytes } from 'node:crypto';
import { AuthService } from '../auth/auth.service';
import { isAdmin, type Principal } from '../authorization/principal';
import { ErrorCode } from '../common/errors/error-codes';

export const QUEUE_DASHBOARD_REALM = 'Brobygger queues';
/** How long a successful Basic verification is reused (each page load fetches assets and polls the API). */
export const BASIC_CACHE_TTL_MS = 60_000;
const BASIC_CACHE_MAX_ENTRIES = 256;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A request a page of another origin made the browser send (Fetch Metadata, else Origin vs Host). */
function isCrossSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/**
 * Access control of the operator pages under /admin/queues (Bull Board): ADMIN users only.
 *
 * Browsers cannot attach a Bearer token to a page they navigate to, so HTTP Basic with an admin's e-mail and
 * password is accepted, checked by AuthService (identity provider, argon2id, login throttle — the same path as the
 * `login` mutation). `Authorization: Bearer <access token>` of an admin works as well (scripts, curl).
 * Successful Basic verifications are cached for BASIC_CACHE_TTL_MS under an HMAC of the credentials (keyed with a
 * random per-process secret), so the dashboard's asset and polling requests do not each cost an argon2 verify.
 *
 * No credentials or wrong ones → 401 with `WWW-Authenticate: Basic realm="Brobygger queues"`; signed in but not
 * an admin → 403; login throttle locked → 429 with Retry-After. Because browsers resend Basic credentials on
 * requests other sites trigger, changing requests (PUT/POST/PATCH/DELETE) from another origin are refused (403).
 */
@Injectable()
export class QueueDashboardAuthMiddleware implements NestMiddleware {
  private readonly logger = new Logger(QueueDashboardAuthMiddleware.name);
  private readonly cacheKeySecret = randomBytes(32);
  private readonly basicCache = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const principal = await this.authenticate(req.headers.authorization, req.ip);
      if (!principal) {
        this.challenge(res, 'Sign in with the e-mail and password of an administrator');
        return;
      }
      if (!isAdmin(principal)) {
        res.status(403).type('text/plain').send('The queue dashboard is for administrators only');
        return;
      }
      if (!SAFE_METHODS.has(req.method) && isCrossSite(req)) {
        // Browsers resend Basic credentials on requests other sites trigger: the board's actions (retry, clean,
        // add job, …) are only accepted from the board's own pages.
        res.status(403).type('text/plain').send('Cross-site requests may not change the queues');
        return;
      }
      next();
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
      if (code === ErrorCode.UNAUTHENTICATED) {
        this.challenge(res, error instanceof Error ? error.message : 'Invalid credentials');
        return;
      }
      if (code === ErrorCode.TOO_MANY_REQUESTS) {
        const seconds = Number((error as GraphQLError).extensions.retryAfterSeconds) || 1;
        res
          .status(429)
          .set('Retry-After', String(seconds))
          .type('text/plain')
          .send((error as GraphQLError).message);
        return;
      }
      this.logger.error(`queue dashboard authentication failed: ${String(error)}`);
      next(error);
    }
  }

  /** The principal of the request's credentials; null when none (or an unusable scheme) were sent. */
  private async authenticate(
    header: string | undefined,
    clientAddress: string | undefined,
  ): Promise<Principal | null> {
    if (!header) return null;
    const [scheme, ...rest] = header.trim().split(/\s+/);
    const value = rest.join(' ');
    if (!value) return null;
    switch (scheme.toLowerCase()) {
      case 'bearer':
        return this.auth.principalFromAccessToken(value);
      case 'basic':
        return this.fromBasic(value, clientAddress);
      default:
        return null;
    }
  }

  private async fromBasic(
    encoded: string,
    clientAddress: string | undefined,
  ): Promise<Principal | null> {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return null;
    const email = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);

    const key = createHmac('sha256', this.cacheKeySecret).update(decoded, 'utf8').digest('hex');
    const now = Date.now();
    const cached = this.basicCache.get(key);
    if (cached && cached.expiresAt > now) return cached.principal;
    if (cached) this.basicCache.delete(key);

    const principal = await this.auth.principalFromPassword(email, password, clientAddress);
    this.remember(key, principal, now);
    return principal;
  }

  private remember(key: string, principal: Principal, now: number): void {
    for (const [k, entry] of this.basicCache) {
      if (entry.expiresAt <= now) this.basicCache.delete(k);
    }
    while (this.basicCache.size >= BASIC_CACHE_MAX_ENTRIES) {
      const oldest = this.basicCache.keys().next().value;
      if (oldest === undefined) break;
      this.basicCache.delete(oldest);
    }
    this.basicCache.set(key, { principal, expiresAt: now + BASIC_CACHE_TTL_MS });
  }

  private challenge(res: Response, message: string): void {
    res
      .status(401)
      .set('WWW-Authenticate', `Basic realm="${QUEUE_DASHBOARD_REALM}"`)
      .type('text/plain')
      .send(message);
  }
}
