import { ArgsType, Field, ID } from '@nestjs/graphql';
import { REJECTION_REASON_CATEGORIES } from '@brobygger/persistence/enums';
import type { RejectionReasonCategory } from '@brobygger/persistence/enums';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { REASON_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';
import { RejectionReasonCategoryEnum } from '../models/consortium-proposal.model';

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

  @Field(() => RejectionReasonCategoryEnum, {
    nullable: true,
    description:
      "The reason's category for the follow-up figures; without it the category is read from the reason's words.",
  })
  @IsOptional()
  @IsIn(REJECTION_REASON_CATEGORIES)
  reasonCategory?: RejectionReasonCategory | null;
}
