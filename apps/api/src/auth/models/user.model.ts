import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@brobygger/persistence/entities/membership.entity';
import { RoleEnum } from './role.enum';

@ObjectType('Membership', { description: 'One role of a user, with its arena or organization.' })
export class MembershipModel {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  arenaId: string | null;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;
}

/** A user as the API shows it (never the password hash). */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => [MembershipModel])
  memberships: MembershipModel[];
}
