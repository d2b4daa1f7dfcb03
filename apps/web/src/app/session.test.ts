import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSession, getSession, sessionEndReason, setSession, validAccessToken, type Session } from './session';

function session(accessInMs: number, refreshToken = 'r1', access = 'a1'): Session {
  return {
    accessToken: access,
    accessTokenExpiresAt: new Date(Date.now() + accessInMs).toISOString(),
    refreshToken,
    refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u', email: 'u@test', name: 'U', memberships: [{ role: 'BROKER', arenaId: 'a' }] },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearSession('logout');
});

describe('session tokens', () => {
  it('uses the access token while it has more than 30 s left', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    setSession(session(60_000));
    expect(await validAccessToken()).toBe('a1');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refreshes once for concurrent callers when the token is about to expire, and stores the rotated pair', async () => {
    const fetch = vi.fn(async () => ({ json: async () => ({ data: { refreshToken: session(900_000, 'r2', 'a2') } }) }));
    vi.stubGlobal('fetch', fetch);
    setSession(session(10_000));
    const tokens = await Promise.all([validAccessToken(), validAccessToken(), validAccessToken()]);
    expect(tokens).toEqual(['a2', 'a2', 'a2']);
    expect(fetch).toHaveBeenCalledTimes(1);
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body);
    expect(body.variables).toEqual({ input: { refreshToken: 'r1' } });
    expect(getSession()?.refreshToken).toBe('r2');
    expect(JSON.parse(localStorage.getItem('brobygger.session')!).refreshToken).toBe('r2');
  });

  it('ends the session as expired when the refresh token is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }) })));
    setSession(session(0));
    expect(await validAccessToken()).toBeNull();
    expect(getSession()).toBeNull();
    expect(sessionEndReason()).toBe('expired');
    expect(localStorage.getItem('brobygger.session')).toBeNull();
  });
});
