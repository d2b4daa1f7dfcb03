import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReferenceKind } from '@brobygger/persistence/enums';
import { ReferenceKindEnum } from '../../common/graphql/enums';

@ObjectType('ProfileReference', {
  description: 'A publication or past project of a competence profile.',
})
export class ProfileReferenceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReferenceKindEnum)
  kind: ReferenceKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  url: string | null;
}
