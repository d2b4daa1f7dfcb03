import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';

/** Claims of an access token. `sid` is the refresh-token family (session); logout ends it. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  typ: 'access';
  /** Expiry, epoch seconds. */
  exp: number;
}

export const JWT_ISSUER = 'brobygger';
export const JWT_AUDIENCE = 'brobygger-api';

/** How many verified access tokens TokenService keeps (a few hundred bytes each). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Access tokens (HS256 JWT) and opaque random refresh/invitation tokens with their storage hashes. */
@Injectable()
export class TokenService {
  /**
   * The HMAC key as a KeyObject made once: with a string secret jsonwebtoken first tries (and fails) to parse it as
   * a public key on every verification, which cost ~1 ms per request.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  async signAccessToken(
    userId: string,
    sessionId: string,
  ): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.JWT_ACCESS_TTL;
    const token = await this.jwt.signAsync(
      { sid: sessionId, typ: 'access' },
      {
        subject: userId,
        expiresIn: ttl,
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        algorithm: 'HS256',
        secret: this.key as unknown as Buffer,
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /**
   * Tokens whose signature was verified, with their claims: a client sends the same token with every request until
   * it expires, and checking the signature again would give the same answer. Expiry is checked on every use.
   */
  private readonly verified = new Map<string, AccessTokenClaims>();

  /** The claims of a valid access token, or null when it is malformed, tampered with or expired. */
  async verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      // jsonwebtoken's rule: expired from the second `exp` on.
      if (Math.floor(Date.now() / 1000) < known.exp) return known;
      this.verified.delete(token);
      return null;
    }
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        algorithms: ['HS256'],
        secret: this.key as unknown as Buffer,
      });
      if (claims.typ !== 'access' || !isUuid(claims.sub) || !isUuid(claims.sid)) return null;
      // Bounded: past the limit it starts again (expired tokens leave with it).
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
      this.verified.set(token, claims);
      return claims;
    } catch {
      return null;
    }
  }

  /** A new opaque token (256 random bits) and the hash to store. */
  newOpaqueToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashOpaqueToken(token) };
  }

  hashOpaqueToken(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}

function isUuid(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}
