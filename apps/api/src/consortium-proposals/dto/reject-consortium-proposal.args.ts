import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, Matches } from 'class-validator';
import { REASON_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@ArgsType()
export class RejectConsortiumProposalArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Why the broker rejects it (1–2000 characters); kept for follow-up.' })
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @Matches(/\S/, { message: 'reason must contain text, not only whitespace' })
  @MaxChars(REASON_MAX)
  reason: string;
}
