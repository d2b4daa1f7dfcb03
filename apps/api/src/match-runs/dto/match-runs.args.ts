import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { MATCH_RUN_STATUSES } from '@brobygger/persistence/entities/match-run.entity';
import type { MatchRunStatus } from '@brobygger/persistence/entities/match-run.entity';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { MatchRunStatusEnum } from '../models/match-run.model';

@InputType()
export class MatchRunFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => MatchRunStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(MATCH_RUN_STATUSES)
  status?: MatchRunStatus;
}

@ArgsType()
export class MatchRunsArgs extends PaginationArgs {
  @Field(() => MatchRunFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchRunFilter)
  filter?: MatchRunFilter;
}
