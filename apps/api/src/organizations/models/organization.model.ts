import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind, ResearchExperience } from '@brobygger/persistence/enums';
import { OrganizationKindEnum, ResearchExperienceEnum } from '../../common/graphql/enums';
import { CountyModel } from '../../reference-data/models/county.model';
import { MunicipalityModel } from '../../reference-data/models/municipality.model';
import { ResearchInstitutionModel } from '../../reference-data/models/research-institution.model';

@ObjectType('Organization', {
  description:
    'A participant: municipality, county municipality, research group, business or voluntary organization.',
})
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  municipalityNumber: string | null;

  @Field(() => MunicipalityModel, { nullable: true, description: 'Set for municipalities.' })
  municipality?: MunicipalityModel | null;

  @Field(() => String, { nullable: true })
  countyNumber: string | null;

  @Field(() => CountyModel, { nullable: true })
  county?: CountyModel | null;

  @Field(() => ID, { nullable: true })
  researchInstitutionId: string | null;

  @Field(() => ResearchInstitutionModel, {
    nullable: true,
    description: 'Set for research groups.',
  })
  researchInstitution?: ResearchInstitutionModel | null;

  @Field(() => ResearchExperienceEnum, { nullable: true })
  researchExperience: ResearchExperience | null;

  @Field()
  internationalPartners: boolean;

  @Field(() => Int, { description: 'Pass it back in updates (optimistic concurrency).' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
