import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ADDRESS_LIMIT_FACTOR } from '../../apps/api/src/auth/login-throttle.service';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../apps/api/src/auth/token.service';
import { errorCode, gql, TestApp } from '../support/graphql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startAuthTestApp } from './auth-test-app';
import type { AppConfig } from '@brobygger/config';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email memberships { role } } }
}`;
const REFRESH = `mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }`;
const ME = `{ me { id email name memberships { role arenaId organizationId } } }`;
const LOGOUT = `mutation { logout }`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id email role token expiresAt } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { email memberships { role organizationId } } } }`;
const AUDIT = `query ($first: Int) { auditLog(first: $first) { totalCount edges { node { operation userEmail targetType targetId outcome errorCode occurredAt } } } }`;

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; memberships: Array<{ role: string }> };
}

describe('identity and sessions (GraphQL)', () => {
  let app: TestApp & { config: AppConfig };

  async function login(email: string, password: string) {
    return gql<{ login: Session }>(app, LOGIN, { input: { email, password } });
  }

  async function adminSession(): Promise<Session> {
    const res = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(res.errors).toBeUndefined();
    return res.data!.login;
  }

  beforeAll(async () => {
    app = await startAuthTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  describe('bootstrap admin and login', () => {
    it('creates the bootstrap admin, who can log in and see itself', async () => {
      const session = await adminSession();
      expect(session.user.email).toBe(ADMIN_EMAIL);
      expect(session.user.memberships).toEqual([{ role: 'ADMIN' }]);
      const me = await gql<{ me: { email: string } }>(app, ME, {}, { token: session.accessToken });
      expect(me.data?.me.email).toBe(ADMIN_EMAIL);
    });

    it('accepts the e-mail in any case', async () => {
      const res = await login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
      expect(res.errors).toBeUndefined();
    });

    it('refuses anonymous calls with UNAUTHENTICATED', async () => {
      const res = await gql(app, ME, {}, { anonymous: true });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('answers a wrong password and an unknown e-mail alike', async () => {
      const wrong = await login(ADMIN_EMAIL, 'not the password');
      const unknown = await login(`nobody-${randomUUID()}@example.no`, 'whatever');
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    });

    it('names the bad field of a malformed login', async () => {
      const res = await login('not-an-email', 'x');
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).toContain('email');
    });
  });

  describe('tokens', () => {
    it('rotates refresh tokens: the old one stops working', async () => {
      const session = await adminSession();
      const first = await gql<{ refreshToken: Session }>(app, REFRESH, { t: session.refreshToken });
      expect(first.errors).toBeUndefined();
      const again = await gql(app, REFRESH, { t: session.refreshToken });
      expect(errorCode(again)).toBe('UNAUTHENTICATED');
    });

    it('revokes the whole session when a used refresh token is presented again', async () => {
      const session = await adminSession();
      const rotated = (
        await gql<{ refreshToken: Session }>(app, REFRESH, { t: session.refreshToken })
      ).data!.refreshToken;
      // A stolen copy of the first token is replayed:
      expect(errorCode(await gql(app, REFRESH, { t: session.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      // …so the legitimate successor and its access token are dead too.
      expect(errorCode(await gql(app, REFRESH, { t: rotated.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await gql(app, ME, {}, { token: rotated.accessToken }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('logout revokes the refresh token and the access token of the session', async () => {
      const session = await adminSession();
      const out = await gql<{ logout: boolean }>(app, LOGOUT, {}, { token: session.accessToken });
      expect(out.data?.logout).toBe(true);
      expect(errorCode(await gql(app, ME, {}, { token: session.accessToken }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await gql(app, REFRESH, { t: session.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses tampered, foreign-signed, unsigned and expired access tokens', async () => {
      const session = await adminSession();
      const [header, payload, signature] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: randomUUID() })).toString(
        'base64url',
      );
      const tampered = `${header}.${forged}.${signature}`;
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const jwt = new JwtService({});
      const options = { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, subject: session.user.id };
      const foreign = await jwt.signAsync(
        { sid: claims.sid, typ: 'access' },
        { ...options, secret: 'some-other-secret-of-at-least-32-characters', expiresIn: 300 },
      );
      const expired = await jwt.signAsync(
        { sid: claims.sid, typ: 'access', exp: Math.floor(Date.now() / 1000) - 10 },
        { ...options, secret: app.config.JWT_SECRET },
      );
      for (const token of [tampered, unsigned, foreign, expired, 'garbage']) {
        const res = await gql(app, ME, {}, { token });
        expect(errorCode(res)).toBe('UNAUTHENTICATED');
        expect(res.errors![0].message).toMatch(/invalid, expired or revoked/);
        expect(res.errors![0].extensions!.reason).toBe('INVALID_TOKEN');
      }
      // The genuine token still works.
      expect((await gql(app, ME, {}, { token: session.accessToken })).errors).toBeUndefined();
    });
  });

  describe('brute-force protection', () => {
    const password = 'the-right-password-123';

    /** A fresh account (its own throttle counters) with `password`. */
    async function victim(): Promise<string> {
      const admin = await adminSession();
      const email = `victim-${randomUUID().slice(0, 8)}@example.no`;
      const invite = await gql<{ inviteUser: { token: string } }>(
        app,
        INVITE,
        { input: { email, role: 'ADMIN' } },
        { token: admin.accessToken },
      );
      expect(invite.errors).toBeUndefined();
      const accepted = await gql(app, ACCEPT, {
        input: { token: invite.data!.inviteUser.token, password },
      });
      expect(accepted.errors).toBeUndefined();
      return email;
    }

    it('slows down and then refuses logins for an attacked account, even with the right password', async () => {
      const email = await victim();

      const codes: string[] = [];
      for (let i = 0; i < 100; i++) {
        codes.push(errorCode(await login(email, `wrong-${i}`)) ?? 'OK');
      }
      // Checked (and wrong) until the slow-down starts; refused from then on, without checking the password.
      const checked = app.config.LOGIN_SLOWDOWN_AFTER;
      expect(codes).toEqual([
        ...Array(checked).fill('UNAUTHENTICATED'),
        ...Array(100 - checked).fill('TOO_MANY_REQUESTS'),
      ]);
      const right = await login(email, password);
      expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
      // Refused attempts count, so hammering reaches the full lockout at once.
      expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(
        app.config.LOGIN_LOCKOUT_SECONDS - 60,
      );
      // Another account from the same address is not locked out by these attempts.
      expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).errors).toBeUndefined();
    });

    it('checks no more passwords than the slow-down threshold when 60 wrong ones arrive at once', async () => {
      const email = await victim();
      const hasher = app.app.get(PasswordHasher);
      const verify = jest.spyOn(hasher, 'verify');
      try {
        const results = await Promise.all(
          Array.from({ length: 60 }, (_, i) => login(email, `wrong-${i}`)),
        );
        const codes = results.map((res) => errorCode(res) ?? 'OK');
        const checked = app.config.LOGIN_SLOWDOWN_AFTER;
        expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(checked);
        expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(60 - checked);
        expect(verify).toHaveBeenCalledTimes(checked);
      } finally {
        verify.mockRestore();
      }
      expect(errorCode(await login(email, password))).toBe('TOO_MANY_REQUESTS');
      // The attacked account's refused attempts do not count against the shared address.
      expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).errors).toBeUndefined();
    });

    it('does not count right passwords against the shared address', async () => {
      const email = await victim();
      // More logins from one address than its slow-down threshold: each is counted before the check and
      // taken back when the password is right.
      const logins = ADDRESS_LIMIT_FACTOR * app.config.LOGIN_SLOWDOWN_AFTER + 5;
      for (let i = 0; i < logins; i++) {
        expect((await login(email, password)).errors).toBeUndefined();
      }
    });
  });

  describe('invitations', () => {
    it('invites a researcher, who sets a password once and is signed in with the role', async () => {
      const admin = await adminSession();
      const dataSource = app.app.get(DataSource);
      const [group] = await dataSource.query(
        `INSERT INTO organizations (kind, name, research_institution_id)
         SELECT 'RESEARCH_GROUP', 'Gruppe ' || gen_random_uuid(), id FROM research_institutions LIMIT 1 RETURNING id`,
      );
      const email = `Researcher-${randomUUID().slice(0, 8)}@Example.no`;
      const invite = await gql<{ inviteUser: { token: string; email: string } }>(
        app,
        INVITE,
        { input: { email, role: 'RESEARCHER', organizationId: group.id } },
        { token: admin.accessToken },
      );
      expect(invite.errors).toBeUndefined();
      expect(invite.data!.inviteUser.email).toBe(email.toLowerCase());
      const token = invite.data!.inviteUser.token;
      const accepted = await gql<{
        acceptInvitation: { accessToken: string; user: Session['user'] };
      }>(app, ACCEPT, {
        input: { token, password: 'researcher-password-1', name: 'Forsker' },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptInvitation.user.memberships).toEqual([
        { role: 'RESEARCHER', organizationId: group.id },
      ]);
      const again = await gql(app, ACCEPT, { input: { token, password: 'another-password-1' } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect((await login(email, 'researcher-password-1')).errors).toBeUndefined();
      // Stored hashed, never in clear text.
      const [row] = await dataSource.query(`SELECT token_hash FROM invitations WHERE email = $1`, [
        email.toLowerCase(),
      ]);
      expect(row.token_hash).not.toContain(token);
    });

    it('refuses a researcher invitation for a municipality, naming the field', async () => {
      const admin = await adminSession();
      const dataSource = app.app.get(DataSource);
      const [municipality] = await dataSource.query(
        `INSERT INTO organizations (kind, name, municipality_number, county_number)
         VALUES ('MUNICIPALITY', 'Kommune ' || gen_random_uuid(), '1151', '11') RETURNING id`,
      );
      const res = await gql(
        app,
        INVITE,
        { input: { email: 'x@example.no', role: 'RESEARCHER', organizationId: municipality.id } },
        { token: admin.accessToken },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('organizationId');
    });
  });

  describe('audit log', () => {
    it('records mutations with user, operation, target and outcome, readable by admins only', async () => {
      const admin = await adminSession();
      await login(ADMIN_EMAIL, 'wrong password for the audit log');
      // A validation failure is recorded as what the client got: BAD_USER_INPUT.
      const invalid = await gql(
        app,
        INVITE,
        { input: { email: 'not-an-e-mail-address', role: 'ADMIN' } },
        { token: admin.accessToken },
      );
      expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
      const res = await gql<{
        auditLog: { totalCount: number; edges: Array<{ node: Record<string, string | null> }> };
      }>(app, AUDIT, { first: 50 }, { token: admin.accessToken });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.auditLog.edges.map((e) => e.node);
      expect(nodes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            operation: 'Mutation.login',
            userEmail: ADMIN_EMAIL,
            outcome: 'SUCCESS',
          }),
          expect.objectContaining({
            operation: 'Mutation.login',
            userEmail: ADMIN_EMAIL,
            outcome: 'FAILED',
            errorCode: 'UNAUTHENTICATED',
          }),
          expect.objectContaining({
            operation: 'Mutation.inviteUser',
            outcome: 'SUCCESS',
            targetType: 'Invitation',
          }),
          expect.objectContaining({
            operation: 'Mutation.inviteUser',
            userEmail: ADMIN_EMAIL,
            outcome: 'FAILED',
            errorCode: 'BAD_USER_INPUT',
          }),
        ]),
      );
      expect(JSON.stringify(nodes)).not.toContain(ADMIN_PASSWORD);
    });
  });
});
