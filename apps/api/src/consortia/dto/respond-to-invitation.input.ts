import { Field, Float, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { NAME_MAX, PERSON_MONTHS_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType({ description: 'What a municipality commits to the consortium.' })
export class ConsortiumCommitmentInput {
  @Field(() => Float, { nullable: true, description: 'Person-months, 0–1000.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(PERSON_MONTHS_MAX)
  personMonths?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The contact person freed from other duties.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(NAME_MAX)
  contactPersonName?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  contactPersonFreed?: boolean | null;
}
