import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { createSecretKey, KeyObject } from 'node:crypto';
import type { Principal } from '../authorization/principal';
import type { ExportRequest } from './export-request';

/** Download links are valid this long. */
export const EXPORT_LINK_TTL_SECONDS = 300;
export const EXPORT_LINK_PATH = '/exports/download';
const AUDIENCE = 'brobygger-export';
const ISSUER = 'brobygger';

interface ExportLinkClaims {
  sub: string;
  sid: string;
  typ: 'export';
  req: ExportRequest;
}

/**
 * Short-lived signed download links (a browser cannot add a bearer token to a plain link): an HS256 token with
 * its own audience (it is never accepted as an access token, nor an access token as a link) that carries the
 * export request and the session of the user who asked. A link stops working when it expires or when that
 * session ends (logout), and the export is authorized again at download time.
 */
@Injectable()
export class ExportLinkService {
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  async sign(
    principal: Principal,
    request: ExportRequest,
  ): Promise<{ url: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync(
      { sid: principal.sessionId ?? '', typ: 'export', req: request },
      {
        subject: principal.id,
        expiresIn: EXPORT_LINK_TTL_SECONDS,
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithm: 'HS256',
        secret: this.key as unknown as Buffer,
      },
    );
    return {
      url: `${EXPORT_LINK_PATH}?token=${encodeURIComponent(token)}`,
      expiresAt: new Date(Date.now() + EXPORT_LINK_TTL_SECONDS * 1000),
    };
  }

  /** The user (with a still active session) and the request of a valid link; null otherwise. */
  async verify(token: string): Promise<{ principal: Principal; request: ExportRequest } | null> {
    let claims: ExportLinkClaims;
    try {
      claims = await this.jwt.verifyAsync<ExportLinkClaims>(token, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        secret: this.key as unknown as Buffer,
      });
    } catch {
      return null;
    }
    if (claims.typ !== 'export' || !claims.sid || !claims.req) return null;
    const user = await this.users.findActiveSessionPrincipal(claims.sub, claims.sid);
    return user ? { principal: { ...user, sessionId: claims.sid }, request: claims.req } : null;
  }
}
