import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import { Authorize, Public } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { AuthService } from './auth.service';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InviteUserInput } from './dto/invite-user.input';
import { LoginInput } from './dto/login.input';
import { RefreshTokenInput } from './dto/refresh-token.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { InvitationModel } from './models/invitation.model';
import { UserModel } from './models/user.model';

interface RequestContext {
  req?: { ip?: string };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in with e-mail and password. Repeated failures for an account or address are slowed down and then refused for a while (TOO_MANY_REQUESTS with retryAfterSeconds).',
  })
  @Public()
  login(
    @Args('input') input: LoginInput,
    @Context() ctx: RequestContext,
  ): Promise<AuthPayloadModel> {
    return this.auth.login(input.email, input.password, ctx.req?.ip);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Exchanges a refresh token for a new access and refresh token; the old refresh token stops working.',
  })
  @Public()
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayloadModel> {
    return this.auth.refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session: its refresh and access tokens stop working.',
  })
  @Authorize('session:end')
  logout(
    @CurrentUser() principal: Principal,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<boolean> {
    return this.auth.logout(principal, refreshToken);
  }

  @Query(() => UserModel, { description: 'The signed-in user with its memberships.' })
  @Authorize('session:read')
  me(@CurrentUser() principal: Principal): Promise<UserModel> {
    return this.auth.me(principal);
  }

  @Mutation(() => InvitationModel, {
    description:
      "Invites someone with one role. Admins invite anyone; brokers invite brokers of their own arenas, and members of municipalities and research groups in their arenas' counties (research groups whose profiles serve them). The token is returned once.",
  })
  @Authorize('user:invite', {
    fromArgs: (args) => {
      const input = args.input as InviteUserInput;
      return {
        type: 'invitation',
        role: input.role,
        arenaId: input.arenaId ?? null,
        organizationId: input.organizationId ?? null,
        organization: null,
      };
    },
  })
  inviteUser(
    @CurrentUser() principal: Principal,
    @Args('input') input: InviteUserInput,
  ): Promise<InvitationModel> {
    return this.auth.invite(principal, input);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Accepts an invitation with its one-time token, sets the password (new users) and signs in.',
  })
  @Public()
  acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: RequestContext,
  ): Promise<AuthPayloadModel> {
    return this.auth.acceptInvitation(input, ctx.req?.ip);
  }
}
