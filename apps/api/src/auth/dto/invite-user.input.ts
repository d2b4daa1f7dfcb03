import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@brobygger/persistence/entities/membership.entity';
import { EMAIL_MAX, NAME_MAX } from '../../common/validation/limits';
import { RoleEnum } from '../models/role.enum';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxChars(EMAIL_MAX)
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(NAME_MAX)
  name?: string | null;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for BROKER: the arena.' })
  @IsOptional()
  @IsUUID('all', { message: 'arenaId must be a UUID' })
  arenaId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Required for MUNICIPALITY_MEMBER (a municipality or county municipality) and RESEARCHER (a research group).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;
}
