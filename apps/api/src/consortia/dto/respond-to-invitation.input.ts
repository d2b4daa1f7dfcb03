import { Field, Float, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NAME_MAX } from '../../common/validation/limits';

@InputType({ description: 'What a municipality commits to the consortium.' })
export class ConsortiumCommitmentInput {
  @Field(() => Float, { nullable: true, description: 'Person-months, 0–1000.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000)
  personMonths?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The contact person freed from other duties.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  contactPersonName?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  contactPersonFreed?: boolean | null;
}
