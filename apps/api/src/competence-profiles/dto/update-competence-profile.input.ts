import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsTitle, IsVersion } from '../../common/validation/field-rules';
import { CompetenceProfileFieldsInput } from './competence-profile-fields.input';

@InputType({
  description:
    'Fields left out stay unchanged; `references` and `contacts`, when given, replace all.',
})
export class UpdateCompetenceProfileInput extends CompetenceProfileFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT.' })
  @IsVersion()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsTitle()
  title?: string;
}
