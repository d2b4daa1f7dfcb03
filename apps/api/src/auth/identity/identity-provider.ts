/**
 * A way of proving who someone is. The built-in provider checks an e-mail and password; an OpenID Connect
 * provider (ID-porten, Feide) implements the same interface with `credentials.kind = 'oidc'` and is registered in
 * AuthModule's IDENTITY_PROVIDERS list. Resolvers and AuthService never know which provider answered.
 */
export type Credentials =
  | { kind: 'password'; email: string; password: string }
  | { kind: 'oidc'; provider: string; idToken: string };

/** A verified identity: the local user it belongs to. */
export interface VerifiedIdentity {
  userId: string;
  email: string;
}

export interface IdentityProvider {
  /** Which credentials this provider understands. */
  readonly kind: Credentials['kind'];
  /** The user if the credentials are right, else null (never says which part was wrong). */
  verify(credentials: Credentials): Promise<VerifiedIdentity | null>;
}

/** Injection token of the list of IdentityProvider implementations. */
export const IDENTITY_PROVIDERS = Symbol('IDENTITY_PROVIDERS');
