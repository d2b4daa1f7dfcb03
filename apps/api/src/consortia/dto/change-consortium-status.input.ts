import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import {
  CONSORTIUM_STATUSES,
  type ConsortiumStatus,
} from '@brobygger/persistence/entities/consortium.entity';
import { ConsortiumStatusEnum } from '../models/consortium.model';
import { REASON_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';

@InputType()
export class ChangeConsortiumStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, {
    description: 'The version you read; CONFLICT if the consortium changed since.',
  })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ConsortiumStatusEnum)
  @IsIn(CONSORTIUM_STATUSES)
  status: ConsortiumStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Why (required for DISSOLVED and NOT_FUNDED; at most 2000 characters). Kept in the history.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(REASON_MAX)
  reason?: string | null;
}
