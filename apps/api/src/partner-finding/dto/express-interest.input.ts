import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID } from 'class-validator';
import { MaxChars } from '../../common/validation/max-chars';

export const INTEREST_NOTE_MAX = 1000;

@InputType()
export class ExpressInterestInput {
  @Field(() => ID, { description: 'An OPEN knowledge need.' })
  @IsUUID()
  knowledgeNeedId: string;

  @Field(() => ID, { description: "One of your research group's competence profiles." })
  @IsUUID()
  competenceProfileId: string;

  @Field({ defaultValue: '', description: `At most ${INTEREST_NOTE_MAX} characters.` })
  @IsString()
  @MaxChars(INTEREST_NOTE_MAX)
  note: string = '';
}
