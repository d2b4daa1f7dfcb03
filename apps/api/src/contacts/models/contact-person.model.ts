import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A contact person of a knowledge need or competence profile (personal data). Details are shown to the
 * contact's own organization, brokers of an arena covering it or with a proposal including it, admins, and the
 * partners of an ACCEPTED consortium; everyone else sees that the contact exists (`hidden: true`, details null).
 */
@ObjectType('ContactPerson')
export class ContactPersonModel {
  @Field(() => ID)
  id: string;

  @Field({
    description:
      'True when you may not see who the contact is (name, email, phone and role are null).',
  })
  hidden: boolean;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  role: string | null;
}
