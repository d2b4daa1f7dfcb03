import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload', { description: 'A signed-in session.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; short-lived.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange for a new pair with refreshToken; works once (rotation).' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
