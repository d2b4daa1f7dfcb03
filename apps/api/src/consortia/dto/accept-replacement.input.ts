import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class AcceptConsortiumReplacementInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field(() => ID)
  @IsUUID()
  replacementId: string;
}
