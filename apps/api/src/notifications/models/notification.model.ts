import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  DELIVERIES,
  LANGUAGES,
  NOTIFICATION_KINDS,
  type Delivery,
  type Language,
  type NotificationKind,
} from '@brobygger/persistence/repositories/notification.repository';
import { LanguageEnum } from '../../common/graphql/enums';
import { ConnectionType } from '../../common/pagination/connection.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';

const enumObject = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationKindEnum = enumObject(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'PROPOSAL_INCLUDED (your organization is in a new proposal), CONSORTIUM_INVITED, INVITATION_REMINDER, ' +
    'MEMBER_RESPONDED, CONSORTIUM_CONFIRMED, CONSORTIUM_NEEDS_ATTENTION, INTEREST_EXPRESSED (in your need), ' +
    'MATCH_RUN_FINISHED and MATCH_RUN_FAILED (for the broker who started the run).',
});

export const DeliveryEnum = enumObject(DELIVERIES);
registerEnumType(DeliveryEnum, {
  name: 'NotificationDelivery',
  description:
    'IN_APP (only in the app), EMAIL (an e-mail at once) or DIGEST (in the daily digest e-mail).',
});

@ObjectType('Notification', {
  description: "One of the signed-in user's notifications, in the user's language.",
})
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the web page it is about, e.g. /konsortier/<id>.',
  })
  link: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field({ defaultValue: false, description: 'Only notifications not marked read.' })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => DeliveryEnum)
  delivery: Delivery;
}

@ObjectType('NotificationSettings', {
  description: 'The language of notifications and e-mails, and how each kind is delivered.',
})
export class NotificationSettingsModel {
  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => [NotificationPreferenceModel], {
    description: 'Every kind, with the default where not chosen.',
  })
  preferences: NotificationPreferenceModel[];
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @Field(() => DeliveryEnum)
  @IsIn(DELIVERIES)
  delivery: Delivery;
}

@InputType('NotificationSettingsInput')
export class NotificationSettingsInput {
  @Field(() => LanguageEnum)
  @IsIn(LANGUAGES)
  language: Language;

  @Field(() => [NotificationPreferenceInput], {
    description: 'Kinds to change; kinds left out keep their delivery.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[] = [];
}

@ObjectType('MarkNotificationsReadPayload')
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many notifications changed from unread to read.' })
  marked: number;

  @Field(() => Int)
  unreadCount: number;
}
