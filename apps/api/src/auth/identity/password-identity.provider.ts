import { Injectable } from '@nestjs/common';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { Credentials, IdentityProvider, VerifiedIdentity } from './identity-provider';
import { PasswordHasher } from './password-hasher';

/** E-mail and password, checked against the argon2id hash in `users.password_hash`. */
@Injectable()
export class PasswordIdentityProvider implements IdentityProvider {
  readonly kind = 'password' as const;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async verify(credentials: Credentials): Promise<VerifiedIdentity | null> {
    if (credentials.kind !== 'password') return null;
    const user = await this.users.findByEmail(credentials.email);
    const usable = user && !user.disabled && user.identityProvider === 'password' ? user : null;
    const ok = await this.hasher.verify(usable?.passwordHash ?? null, credentials.password);
    return ok && usable ? { userId: usable.id, email: usable.email } : null;
  }
}
