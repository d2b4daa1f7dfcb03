import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { ValidationError } from '@brobygger/persistence/errors';
import type { Role } from '@brobygger/persistence/entities/membership.entity';
import { AccessScopeRepository } from '@brobygger/persistence/repositories/access-scope.repository';
import { InvitationRepository } from '@brobygger/persistence/repositories/invitation.repository';
import { RefreshTokenRepository } from '@brobygger/persistence/repositories/refresh-token.repository';
import { inTransaction } from '@brobygger/persistence/repositories/repository-support';
import {
  normalizeEmail,
  UserRepository,
} from '@brobygger/persistence/repositories/user.repository';
import { randomUUID } from 'node:crypto';
import { forbidden, unauthenticated } from '../authorization/auth-errors';
import { can, Resource } from '../authorization/policy';
import type { Principal } from '../authorization/principal';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { NotificationsService } from '../notifications/notifications.service';
import { InviteUserInput } from './dto/invite-user.input';
import {
  Credentials,
  IDENTITY_PROVIDERS,
  IdentityProvider,
  VerifiedIdentity,
} from './identity/identity-provider';
import { PasswordHasher } from './identity/password-hasher';
import { LoginThrottleService } from './login-throttle.service';
import { AuthPayloadModel } from './models/auth-payload.model';
import { InvitationModel } from './models/invitation.model';
import { UserModel } from './models/user.model';
import { PrincipalCache } from './principal-cache';
import { SocketSessions } from './socket-sessions';
import { TokenService } from './token.service';

const INVALID_LOGIN = 'Invalid e-mail or password';
const INVALID_REFRESH = 'The refresh token is invalid, expired or revoked; log in again';

/** Organization kinds a member role may belong to. */
const MEMBER_ORGANIZATION_KINDS: Partial<Record<Role, string[]>> = {
  MUNICIPALITY_MEMBER: ['MUNICIPALITY', 'COUNTY_MUNICIPALITY'],
  RESEARCHER: ['RESEARCH_GROUP'],
};

/**
 * Sessions (login, refresh with rotation, logout), the principal behind an access token, invitations and the
 * bootstrap admin. Which identity provider checks credentials is hidden behind IdentityProvider.
 */
@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(IDENTITY_PROVIDERS) private readonly providers: IdentityProvider[],
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly invitations: InvitationRepository,
    private readonly scopes: AccessScopeRepository,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sockets: SocketSessions,
    private readonly principals: PrincipalCache,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureBootstrapAdmin();
  }

  /** Creates the first admin from BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD when no admin exists. */
  async ensureBootstrapAdmin(): Promise<'exists' | 'created' | 'promoted' | 'not-configured'> {
    const email = this.config.BOOTSTRAP_ADMIN_EMAIL;
    const password = this.config.BOOTSTRAP_ADMIN_PASSWORD;
    if (!email || !password) return 'not-configured';
    const outcome = await this.users.ensureBootstrapAdmin(
      email,
      this.config.BOOTSTRAP_ADMIN_NAME,
      () => this.hasher.hash(password),
    );
    if (outcome !== 'exists')
      this.logger.log(`Bootstrap admin ${normalizeEmail(email)}: ${outcome}`);
    return outcome;
  }

  async login(
    email: string,
    password: string,
    clientAddress: string | undefined,
  ): Promise<AuthPayloadModel> {
    const identity = await this.checkPassword(email, password, clientAddress);
    return this.startSession(identity.userId);
  }

  /**
   * The principal behind an e-mail and password, without starting a session — for pages that browsers open with
   * HTTP Basic credentials (the queue dashboard). Same identity provider and brute-force protection as login:
   * throws UNAUTHENTICATED for wrong credentials and TOO_MANY_REQUESTS while the account or address is locked.
   */
  async principalFromPassword(
    email: string,
    password: string,
    clientAddress: string | undefined,
  ): Promise<Principal> {
    const identity = await this.checkPassword(email, password, clientAddress);
    const user = await this.users.findById(identity.userId);
    if (!user || user.disabled) throw unauthenticated(INVALID_LOGIN);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      memberships: await this.users.findScopedMemberships(user.id),
    };
  }

  /** Exchanges a refresh token for a new pair; the old one stops working. Reusing a used one ends the session. */
  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const next = this.tokens.newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TTL * 1000);
    const result = await this.refreshTokens.rotate(this.tokens.hashOpaqueToken(refreshToken), {
      tokenHash: next.hash,
      expiresAt: refreshExpiresAt,
    });
    if (result.kind === 'reused') {
      this.logger.warn(
        `Refresh token reuse for user ${result.previous.userId}: session ${result.previous.familyId} revoked`,
      );
      await this.principals.invalidateSession(result.previous.familyId);
      this.sockets.endSession(result.previous.familyId);
    }
    if (result.kind !== 'rotated') throw unauthenticated(INVALID_REFRESH);
    const user = await this.users.findById(result.token.userId);
    if (!user || user.disabled) {
      await this.endSession(result.token.familyId);
      throw unauthenticated(INVALID_REFRESH);
    }
    const access = await this.tokens.signAccessToken(user.id, result.token.familyId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: next.token,
      refreshTokenExpiresAt: refreshExpiresAt,
      user: toUserModel(user),
    };
  }

  /** Ends the session of the access token (its refresh tokens are revoked, its access tokens stop working). */
  async logout(principal: Principal, refreshToken?: string | null): Promise<boolean> {
    if (principal.sessionId) await this.endSession(principal.sessionId);
    if (refreshToken) {
      const token = await this.refreshTokens.findByHash(this.tokens.hashOpaqueToken(refreshToken));
      if (token && token.userId === principal.id) await this.endSession(token.familyId);
    }
    return true;
  }

  /** Revokes the session's refresh tokens (so its access tokens stop working) and closes its WebSockets. */
  private async endSession(familyId: string): Promise<void> {
    await this.refreshTokens.revokeFamily(familyId);
    await this.principals.invalidateSession(familyId);
    this.sockets.endSession(familyId);
  }

  /**
   * Disables or re-enables a user. A disabled user's access tokens stop working with its next request on every API
   * process (the principal cache is invalidated over Redis), and it can neither log in nor refresh.
   */
  async setUserDisabled(userId: string, disabled: boolean): Promise<void> {
    await this.users.setDisabled(userId, disabled);
    await this.principals.invalidateUser(userId);
  }

  /**
   * The principal behind an access token, or null when the token or its session is no longer valid. Valid
   * principals are reused for a few seconds (PrincipalCache); logout, disabling and new memberships invalidate them.
   * `fresh` reads the database in any case (each subscribe on a long-lived WebSocket is authorized anew).
   */
  async principalFromAccessToken(
    accessToken: string,
    options: { fresh?: boolean } = {},
  ): Promise<Principal | null> {
    const claims = await this.tokens.verifyAccessToken(accessToken);
    if (!claims) return null;
    const cached = options.fresh ? undefined : this.principals.get(claims.sub, claims.sid);
    // A new object per request: per-request caches (AuthorizationService) are keyed by the principal object.
    if (cached) return { ...cached };
    const user = await this.users.findActiveSessionPrincipal(claims.sub, claims.sid);
    if (!user) return null;
    const principal = { ...user, sessionId: claims.sid };
    this.principals.set(principal);
    return principal;
  }

  async me(principal: Principal): Promise<UserModel> {
    const user = await this.users.findById(principal.id);
    if (!user) throw unauthenticated();
    return toUserModel(user);
  }

  /**
   * Creates an invitation and the e-mail with its link (in the inviter's language); the caller's right to invite
   * with this role is checked by the policy beforehand.
   */
  async invite(principal: Principal, input: InviteUserInput): Promise<InvitationModel> {
    await this.assertInvitationScope(principal, input);
    const token = this.tokens.newOpaqueToken();
    const invitation = await this.invitations.insert(
      {
        tokenHash: token.hash,
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        arenaId: input.arenaId ?? null,
        organizationId: input.organizationId ?? null,
        invitedBy: principal.id,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL * 1000),
      },
      {
        link: `/invitasjon/${encodeURIComponent(token.token)}`,
        language: await this.notifications.languageOf(principal.id),
        invitedByName: principal.name,
      },
    );
    await this.notifications.deliver();
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      arenaId: invitation.arenaId,
      organizationId: invitation.organizationId,
      expiresAt: invitation.expiresAt,
      token: token.token,
    };
  }

  /**
   * Accepts an invitation: a new user sets its password; an existing user proves itself with its current password
   * and gets the membership added. Signs the user in.
   */
  async acceptInvitation(
    input: AcceptInvitationInput,
    clientAddress: string | undefined,
  ): Promise<AuthPayloadModel> {
    const invitation = await this.invitations.findByTokenHash(
      this.tokens.hashOpaqueToken(input.token),
    );
    const invalid = new ValidationError(
      'token',
      'the invitation is invalid, already used or expired',
    );
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now())
      throw invalid;

    const existing = await this.users.findByEmail(invitation.email);
    if (existing) {
      const keys = this.throttle.keys(existing.email, clientAddress);
      const attempt = await this.throttle.begin(keys);
      const identity = await this.verify({
        kind: 'password',
        email: existing.email,
        password: input.password,
      });
      if (!identity) {
        throw unauthenticated(
          'This e-mail already has an account: give its current password to accept',
        );
      }
      await this.throttle.succeeded(attempt);
    }
    const passwordHash = existing ? null : await this.hasher.hash(input.password);
    const userId = await inTransaction(this.dataSource, async (tx) => {
      if (!(await new InvitationRepository(tx).markAccepted(invitation.id))) throw invalid;
      const users = new UserRepository(tx);
      const membership = {
        role: invitation.role,
        arenaId: invitation.arenaId,
        organizationId: invitation.organizationId,
      };
      if (existing) {
        await users.addMembership(existing.id, membership);
        return existing.id;
      }
      const name = input.name?.trim() || invitation.name || invitation.email;
      const user = await users.create({ email: invitation.email, name, passwordHash }, [
        membership,
      ]);
      return user.id;
    });
    if (existing) await this.principals.invalidateUser(existing.id);
    return this.startSession(userId);
  }

  /** E-mail and password through the identity provider, guarded by the login throttle (per account and address). */
  private async checkPassword(
    email: string,
    password: string,
    clientAddress: string | undefined,
  ): Promise<VerifiedIdentity> {
    const keys = this.throttle.keys(email, clientAddress);
    const attempt = await this.throttle.begin(keys);
    const identity = await this.verify({ kind: 'password', email, password });
    if (!identity) throw unauthenticated(INVALID_LOGIN);
    await this.throttle.succeeded(attempt);
    return identity;
  }

  private async verify(credentials: Credentials) {
    const provider = this.providers.find((p) => p.kind === credentials.kind);
    return provider ? provider.verify(credentials) : null;
  }

  private async startSession(userId: string): Promise<AuthPayloadModel> {
    const user = await this.users.findById(userId);
    if (!user) throw unauthenticated(INVALID_LOGIN);
    const familyId = randomUUID();
    const refresh = this.tokens.newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TTL * 1000);
    await this.refreshTokens.insert({
      userId,
      tokenHash: refresh.hash,
      familyId,
      expiresAt: refreshExpiresAt,
    });
    const access = await this.tokens.signAccessToken(userId, familyId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refreshExpiresAt,
      user: toUserModel(user),
    };
  }

  /** The invitation's scope is well-formed, and (again, with the loaded organization) allowed by the policy. */
  private async assertInvitationScope(principal: Principal, input: InviteUserInput): Promise<void> {
    if (input.role === 'ADMIN') {
      if (input.arenaId || input.organizationId) {
        throw new ValidationError(
          'role',
          'ADMIN invitations take neither arenaId nor organizationId',
        );
      }
      return;
    }
    if (input.role === 'BROKER') {
      if (!input.arenaId) throw new ValidationError('arenaId', 'is required for BROKER');
      if (input.organizationId)
        throw new ValidationError('organizationId', 'must be empty for BROKER');
      if (!(await this.scopes.arena(input.arenaId)))
        throw new ValidationError('arenaId', 'no such arena');
      return;
    }
    if (!input.organizationId)
      throw new ValidationError('organizationId', `is required for ${input.role}`);
    if (input.arenaId) throw new ValidationError('arenaId', `must be empty for ${input.role}`);
    const organization = await this.scopes.organization(input.organizationId);
    if (!organization) throw new ValidationError('organizationId', 'no such organization');
    const kinds = MEMBER_ORGANIZATION_KINDS[input.role] ?? [];
    if (!kinds.includes(organization.kind)) {
      throw new ValidationError(
        'organizationId',
        `${input.role} must belong to a ${kinds.join(' or ')} organization`,
      );
    }
    const { id, kind, countyNumber, servedCountyNumbers, servesAllCounties } = organization;
    const invitation: Resource = {
      type: 'invitation',
      role: input.role,
      arenaId: null,
      organizationId: id,
      organization: { id, kind, countyNumber, servedCountyNumbers, servesAllCounties },
    };
    if (!can(principal, 'user:invite', invitation)) throw forbidden();
  }
}

function toUserModel(user: {
  id: string;
  email: string;
  name: string;
  memberships?: Array<{ role: Role; arenaId: string | null; organizationId: string | null }>;
}): UserModel {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: (user.memberships ?? []).map((m) => ({
      role: m.role,
      arenaId: m.arenaId,
      organizationId: m.organizationId,
    })),
  };
}
