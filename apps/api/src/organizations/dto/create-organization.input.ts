import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrganizationKind, ResearchExperience } from '@brobygger/persistence/enums';
import { ORGANIZATION_KINDS, RESEARCH_EXPERIENCE } from '@brobygger/persistence/enums';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { OrganizationKindEnum, ResearchExperienceEnum } from '../../common/graphql/enums';
import { NAME_MAX } from '../../common/validation/limits';
import { MaxChars } from '../../common/validation/max-chars';
import { NotBlank } from '../../common/validation/not-blank';

@InputType({
  description:
    'MUNICIPALITY needs municipalityNumber (the county is derived), COUNTY_MUNICIPALITY needs countyNumber, ' +
    'RESEARCH_GROUP needs researchInstitutionId.',
})
export class CreateOrganizationInput {
  @Field(() => OrganizationKindEnum)
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @NotBlank()
  @MaxChars(NAME_MAX)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityNumber must be four digits' })
  municipalityNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'countyNumber must be two digits' })
  countyNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  researchInstitutionId?: string | null;

  @Field(() => ResearchExperienceEnum, { nullable: true })
  @IsOptional()
  @IsIn(RESEARCH_EXPERIENCE)
  researchExperience?: ResearchExperience | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  internationalPartners?: boolean;
}
