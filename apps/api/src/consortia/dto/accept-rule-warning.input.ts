import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { RuleCodeEnum } from '../models/consortium.model';
import { RULE_CODES, type RuleCode } from '../programme-rules';

@InputType()
export class AcceptProgrammeRuleWarningInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => RuleCodeEnum)
  @IsIn(RULE_CODES)
  rule: RuleCode;

  @Field({ description: 'Why the consortium may go ahead anyway (1–2000 characters).' })
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(2000)
  reason: string;
}
