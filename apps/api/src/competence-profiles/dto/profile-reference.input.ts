import { Field, InputType, Int } from '@nestjs/graphql';
import type { ReferenceKind } from '@brobygger/persistence/enums';
import { REFERENCE_KINDS } from '@brobygger/persistence/enums';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ReferenceKindEnum } from '../../common/graphql/enums';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../common/validation/limits';

@InputType({
  description: 'A publication or past project; the list given replaces the existing references.',
})
export class ProfileReferenceInput {
  @Field(() => ReferenceKindEnum)
  @IsIn(REFERENCE_KINDS)
  kind: ReferenceKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX * 2)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;
}
