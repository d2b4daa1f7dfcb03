import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { EXCLUSION_REASON_MAX } from '@brobygger/persistence/repositories/conflict-exclusion.repository';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class CreateConflictExclusionInput {
  @Field(() => ID)
  @IsUUID()
  arenaId: string;

  @Field(() => ID)
  @IsUUID()
  organizationAId: string;

  @Field(() => ID, { description: 'Another organization than organizationAId.' })
  @IsUUID()
  organizationBId: string;

  @Field({
    description: `Why the two must not be proposed together; 1–${EXCLUSION_REASON_MAX} characters.`,
  })
  @IsString()
  @IsNotEmpty()
  @MaxChars(EXCLUSION_REASON_MAX)
  reason: string;
}
