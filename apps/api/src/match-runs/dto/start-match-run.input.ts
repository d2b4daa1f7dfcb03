import { Field, ID, InputType } from '@nestjs/graphql';
import { PROJECT_TYPES } from '@brobygger/persistence/enums';
import type { ProjectType } from '@brobygger/persistence/enums';
import { IsIn, IsObject, IsOptional, IsUUID } from 'class-validator';
import { ProjectTypeEnum } from '../../common/graphql/enums';
import { JSONObjectScalar } from '../json-object.scalar';

@InputType()
export class StartMatchRunInput {
  @Field(() => ID)
  @IsUUID()
  arenaId: string;

  @Field(() => ProjectTypeEnum, {
    nullable: true,
    description: 'Form proposals of this project type only.',
  })
  @IsOptional()
  @IsIn(PROJECT_TYPES)
  projectType?: ProjectType | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      'Engine settings (exchange-format `settings`: sizes, weights, pins, excludeIds, timeLimitSeconds, locale …).',
  })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown> | null;
}
