import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsTitle } from '../../common/validation/field-rules';
import { TITLE_MAX } from '../../common/validation/limits';
import { CompetenceProfileFieldsInput } from './competence-profile-fields.input';

@InputType({
  description:
    'Fields left out get their defaults (language nb, capacity 1, status ACTIVE, empty lists).',
})
export class CreateCompetenceProfileInput extends CompetenceProfileFieldsInput {
  @Field(() => ID, { description: 'Owner: a RESEARCH_GROUP organization.' })
  @IsUUID()
  organizationId: string;

  @Field({ description: `At most ${TITLE_MAX} characters.` })
  @IsTitle()
  title: string;
}
