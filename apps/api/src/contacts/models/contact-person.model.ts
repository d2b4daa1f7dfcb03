import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A contact person of a knowledge need or competence profile (personal data). */
@ObjectType('ContactPerson')
export class ContactPersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  role: string | null;
}
