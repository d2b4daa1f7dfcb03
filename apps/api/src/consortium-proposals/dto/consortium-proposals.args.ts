import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PROPOSAL_STATUSES } from '@brobygger/persistence/entities/consortium-proposal.entity';
import type { ProposalStatus } from '@brobygger/persistence/entities/consortium-proposal.entity';
import { PROJECT_TYPES } from '@brobygger/persistence/enums';
import type { ProjectType } from '@brobygger/persistence/enums';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { ProposalStatusEnum } from '../models/consortium-proposal.model';

@InputType()
export class ConsortiumProposalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  matchRunId?: string;

  @Field(() => ProposalStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @Field(() => ProjectTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_TYPES)
  projectType?: ProjectType;

  @Field(() => ID, { nullable: true, description: 'Proposals that include this organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@ArgsType()
export class ConsortiumProposalsArgs extends PaginationArgs {
  @Field(() => ConsortiumProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsortiumProposalFilter)
  filter?: ConsortiumProposalFilter;
}
