import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MinLength } from 'class-validator';
import { NAME_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The one-time token from inviteUser.' })
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  token: string;

  @Field({
    description: `New users: the password to set (${PASSWORD_MIN}–${PASSWORD_MAX} characters). Existing users: their current password.`,
  })
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxChars(PASSWORD_MAX)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Display name (new users; defaults to the invitation name).',
  })
  @IsOptional()
  @IsString()
  @MaxChars(NAME_MAX)
  name?: string | null;
}
