import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { InstitutionType } from '@brobygger/persistence/enums';
import { InstitutionTypeEnum } from '../../common/graphql/enums';
import { CountyModel } from './county.model';

@ObjectType('ResearchInstitution', {
  description: 'A Norwegian university, university college or research institute.',
})
export class ResearchInstitutionModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field({ description: 'Sector and category as in the source data.' })
  kind: string;

  @Field(() => InstitutionTypeEnum)
  institutionType: InstitutionType;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  municipalityNumber: string | null;

  @Field(() => String, { nullable: true })
  countyNumber: string | null;

  @Field(() => CountyModel, { nullable: true })
  county?: CountyModel | null;

  @Field(() => String, { nullable: true })
  orgNumber: string | null;
}
