import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString } from 'class-validator';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from login or the previous refresh (each works once).' })
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  refreshToken: string;
}
