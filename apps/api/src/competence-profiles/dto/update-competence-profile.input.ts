import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsOmittable, IsTitle, IsVersion } from '../../common/validation/field-rules';
import { CompetenceProfileUpdateFieldsInput } from './competence-profile-fields.input';

@InputType({
  description:
    'Fields left out stay unchanged (null is refused); `references` and `contacts`, when given, replace all.',
})
export class UpdateCompetenceProfileInput extends CompetenceProfileUpdateFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT.' })
  @IsVersion()
  version: number;

  @Field({ nullable: true })
  @IsOmittable()
  @IsTitle()
  title?: string;
}
