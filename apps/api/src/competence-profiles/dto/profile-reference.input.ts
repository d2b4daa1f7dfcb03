import { Field, InputType, Int } from '@nestjs/graphql';
import type { ReferenceKind } from '@brobygger/persistence/enums';
import { REFERENCE_KINDS } from '@brobygger/persistence/enums';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { ReferenceKindEnum } from '../../common/graphql/enums';
import { DESCRIPTION_MAX, REFERENCE_TITLE_MAX, URL_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';
import { NotBlank } from '../../common/validation/not-blank';

@InputType({
  description: 'A publication or past project; the list given replaces the existing references.',
})
export class ProfileReferenceInput {
  @Field(() => ReferenceKindEnum, { defaultValue: 'PUBLICATION' })
  @IsIn(REFERENCE_KINDS)
  kind: ReferenceKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxChars(REFERENCE_TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(DESCRIPTION_MAX)
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
  @MaxChars(URL_MAX)
  url?: string | null;
}
