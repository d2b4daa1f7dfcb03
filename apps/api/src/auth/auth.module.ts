import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { IDENTITY_PROVIDERS, IdentityProvider } from './identity/identity-provider';
import { PasswordHasher } from './identity/password-hasher';
import { PasswordIdentityProvider } from './identity/password-identity.provider';
import { LoginThrottleService } from './login-throttle.service';
import { PrincipalCache } from './principal-cache';
import { SocketSessions } from './socket-sessions';
import { TokenService } from './token.service';

/**
 * Identity: login, refresh, logout, me, invitations, bootstrap admin. To add OpenID Connect (ID-porten, Feide),
 * write an IdentityProvider with `kind: 'oidc'` and add it to the IDENTITY_PROVIDERS factory below.
 */
@Module({
  imports: [JwtModule.register({})],
  providers: [
    PasswordHasher,
    PasswordIdentityProvider,
    {
      provide: IDENTITY_PROVIDERS,
      useFactory: (password: PasswordIdentityProvider): IdentityProvider[] => [password],
      inject: [PasswordIdentityProvider],
    },
    TokenService,
    SocketSessions,
    PrincipalCache,
    LoginThrottleService,
    AuthService,
    AuthResolver,
  ],
  exports: [AuthService, TokenService, SocketSessions],
})
export class AuthModule {}
