import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  CONSORTIUM_STATUSES,
  type ConsortiumStatus,
} from '@brobygger/persistence/entities/consortium.entity';
import { PROJECT_TYPES, type ProjectType } from '@brobygger/persistence/enums';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { ConsortiumStatusEnum } from '../models/consortium.model';

@InputType({ description: 'All given criteria must hold; a list matches any of its values.' })
export class ConsortiumFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  arenaId?: string;

  @Field(() => [ConsortiumStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(CONSORTIUM_STATUSES, { each: true })
  statuses?: ConsortiumStatus[];

  @Field(() => [ProjectTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROJECT_TYPES, { each: true })
  projectTypes?: ProjectType[];

  @Field(() => ID, { nullable: true, description: 'Consortia with this organization as a member.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  needsAttention?: boolean;
}

@ArgsType()
export class ConsortiaArgs extends PaginationArgs {
  @Field(() => ConsortiumFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsortiumFilter)
  filter?: ConsortiumFilter;
}
