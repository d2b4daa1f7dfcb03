/**
 * The signed-in session: access and refresh token with their expiry and the user's memberships, kept in
 * localStorage so that a reload stays signed in. The access token is refreshed shortly before it expires; the
 * refresh token works once (the API rotates it), so concurrent refreshes share one request.
 */
export type Role = 'ADMIN' | 'BROKER' | 'MUNICIPALITY_MEMBER' | 'RESEARCHER';

export interface Membership {
  role: Role;
  arenaId?: string | null;
  organizationId?: string | null;
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; name: string; memberships: Membership[] };
}

const KEY = 'brobygger.session';
/** Refresh this long before the access token runs out. */
const REFRESH_MARGIN_MS = 30_000;

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
/** Why the last session ended (shown on the sign-in page). */
let endReason: 'expired' | 'logout' | null = null;

function read(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.refreshTokenExpiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function sessionEndReason(): 'expired' | 'logout' | null {
  return endReason;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(session: Session): void {
  current = session;
  endReason = null;
  globalThis.localStorage?.setItem(KEY, JSON.stringify(session));
  notify();
}

export function clearSession(reason: 'expired' | 'logout'): void {
  current = null;
  endReason = reason;
  globalThis.localStorage?.removeItem(KEY);
  notify();
}

export const AUTH_PAYLOAD_FIELDS = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
  user { id email name memberships { role arenaId organizationId } }`;

let refreshing: Promise<Session | null> | null = null;

async function refresh(session: Session): Promise<Session | null> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: `mutation Refresh($input: RefreshTokenInput!) { refreshToken(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }`,
        variables: { input: { refreshToken: session.refreshToken } },
      }),
    });
    const body = (await response.json()) as { data?: { refreshToken?: Session } };
    const next = body.data?.refreshToken;
    if (!next) {
      clearSession('expired');
      return null;
    }
    setSession(next);
    return next;
  } catch {
    return current;
  }
}

/** The refreshed session now, whatever the access token's age (after the API said the token is invalid). */
export function forceRefresh(): Promise<Session | null> {
  const session = current;
  if (!session) return Promise.resolve(null);
  refreshing ??= refresh(session).finally(() => (refreshing = null));
  return refreshing;
}

/** An access token valid for at least REFRESH_MARGIN_MS, refreshing first when needed; null when signed out. */
export async function validAccessToken(now = Date.now()): Promise<string | null> {
  const session = current;
  if (!session) return null;
  if (Date.parse(session.accessTokenExpiresAt) - now > REFRESH_MARGIN_MS) return session.accessToken;
  if (Date.parse(session.refreshTokenExpiresAt) <= now) {
    clearSession('expired');
    return null;
  }
  return (await forceRefresh())?.accessToken ?? null;
}

export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return !!session?.user.memberships.some((m) => roles.includes(m.role));
}

export function organizationIds(session: Session | null, role?: Role): string[] {
  return (session?.user.memberships ?? [])
    .filter((m) => (!role || m.role === role) && m.organizationId)
    .map((m) => m.organizationId!);
}

export function arenaIds(session: Session | null): string[] {
  return (session?.user.memberships ?? [])
    .filter((m) => m.role === 'BROKER' && m.arenaId)
    .map((m) => m.arenaId!);
}
