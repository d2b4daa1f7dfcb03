import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { RuleCodeEnum } from '../models/consortium.model';
import { RULE_CODES, type RuleCode } from '../programme-rules';
import { REASON_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

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
  @MaxChars(REASON_MAX)
  reason: string;
}
