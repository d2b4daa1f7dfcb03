import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@brobygger/persistence/entities/membership.entity';
import { RoleEnum } from './role.enum';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  arenaId: string | null;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field({
    description:
      'The one-time token for acceptInvitation. Shown only in this response (stored hashed); hand it to the invitee.',
  })
  token: string;
}
