import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { EMAIL_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxChars(EMAIL_MAX)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxChars(200)
  password: string;
}
