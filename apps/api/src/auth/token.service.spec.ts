import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@brobygger/config';
import { randomUUID } from 'node:crypto';
import { TokenService } from './token.service';

describe('TokenService.verifyAccessToken', () => {
  const config = { JWT_SECRET: 'a-test-secret-of-sufficient-length', JWT_ACCESS_TTL: 60 };
  const jwt = new JwtService();
  const tokens = new TokenService(jwt, config as unknown as AppConfig);
  const userId = randomUUID();
  const sessionId = randomUUID();

  afterEach(() => jest.restoreAllMocks());

  it('answers the same claims for a token sent again, without verifying its signature again', async () => {
    const { token } = await tokens.signAccessToken(userId, sessionId);
    const verify = jest.spyOn(jwt, 'verifyAsync');
    const first = await tokens.verifyAccessToken(token);
    const again = await tokens.verifyAccessToken(token);
    expect(first).toMatchObject({ sub: userId, sid: sessionId, typ: 'access' });
    expect(again).toEqual(first);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('refuses a verified token from the second it expires', async () => {
    const { token } = await tokens.signAccessToken(userId, sessionId);
    const claims = await tokens.verifyAccessToken(token);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(claims!.exp * 1000 - 1);
    expect(await tokens.verifyAccessToken(token)).not.toBeNull();
    jest.spyOn(Date, 'now').mockReturnValue(Math.max(now, claims!.exp * 1000));
    expect(await tokens.verifyAccessToken(token)).toBeNull();
  });

  it('refuses a tampered or foreign token', async () => {
    const { token } = await tokens.signAccessToken(userId, sessionId);
    await tokens.verifyAccessToken(token);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await tokens.verifyAccessToken(tampered)).toBeNull();
    const foreign = new TokenService(jwt, {
      ...config,
      JWT_SECRET: 'another-secret-of-sufficient-length',
    } as unknown as AppConfig);
    expect(await foreign.verifyAccessToken(token)).toBeNull();
  });
});
