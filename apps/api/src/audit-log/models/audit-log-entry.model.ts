import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model';

@ObjectType('AuditLogEntry', {
  description: 'One mutation: who, what, on which object, when, how it ended.',
})
export class AuditLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true })
  userEmail: string | null;

  @Field({ description: 'For example `Mutation.updateKnowledgeNeed`.' })
  operation: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organization the user acted on behalf of (for example a broker registering a need for a municipality).',
  })
  onBehalfOfOrganizationId: string | null;

  @Field({ description: 'SUCCESS, DENIED (refused by access control) or FAILED (with errorCode).' })
  outcome: string;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType('AuditLogConnection')
export class AuditLogConnection extends ConnectionType(AuditLogEntryModel, 'AuditLogEntry') {}
