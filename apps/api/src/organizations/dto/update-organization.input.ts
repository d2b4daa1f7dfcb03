import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ResearchExperience } from '@brobygger/persistence/enums';
import { RESEARCH_EXPERIENCE } from '@brobygger/persistence/enums';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';
import { ResearchExperienceEnum } from '../../common/graphql/enums';
import { NAME_MAX } from '../../common/validation/limits';
import { IsOmittable, IsVersion } from '../../common/validation/field-rules';
import { MaxChars } from '../../common/validation/max-chars';
import { NotBlank } from '../../common/validation/not-blank';

@InputType({
  description: 'Fields left out stay unchanged. `version` must be the version you read.',
})
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsVersion()
  version: number;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxChars(NAME_MAX)
  name?: string;

  @Field(() => ResearchExperienceEnum, { nullable: true })
  @IsOptional()
  @IsIn(RESEARCH_EXPERIENCE)
  researchExperience?: ResearchExperience | null;

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  internationalPartners?: boolean;
}
