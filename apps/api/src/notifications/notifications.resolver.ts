import { Args, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { NotificationRow } from '@brobygger/persistence/repositories/notification.repository';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import type { Connection } from '../common/pagination/connection.model';
import { IdArg } from '../common/validation/id-arg.decorator';
import {
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationModel,
  NotificationsArgs,
  NotificationSettingsInput,
  NotificationSettingsModel,
} from './models/notification.model';
import { NotificationsService, WordedNotification } from './notifications.service';

/** The signed-in user's own notifications and settings; nobody reads anyone else's. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: "The signed-in user's notifications, newest first (keyset pagination).",
  })
  @Authorize('notification:own')
  async notifications(
    @Args() args: NotificationsArgs,
    @CurrentUser() user: Principal,
  ): Promise<Connection<WordedNotification>> {
    return this.service.list(user.id, args.unreadOnly, args);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  @Authorize('notification:own')
  unreadNotificationCount(@CurrentUser() user: Principal): Promise<number> {
    return this.service.unreadCount(user.id);
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marks one of your notifications read (ids of other users’ notifications change nothing).',
  })
  @Authorize('notification:own')
  markNotificationRead(
    @IdArg() id: string,
    @CurrentUser() user: Principal,
  ): Promise<MarkNotificationsReadPayload> {
    return this.mark(user.id, [id]);
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Marks all your notifications read.',
  })
  @Authorize('notification:own')
  markAllNotificationsRead(@CurrentUser() user: Principal): Promise<MarkNotificationsReadPayload> {
    return this.mark(user.id, null);
  }

  @Query(() => NotificationSettingsModel)
  @Authorize('notification:own')
  notificationSettings(@CurrentUser() user: Principal): Promise<NotificationSettingsModel> {
    return this.service.settings(user.id);
  }

  @Mutation(() => NotificationSettingsModel, {
    description:
      'Sets your language and, per kind, in-app only, e-mail at once or the daily digest.',
  })
  @Authorize('notification:own')
  async updateNotificationSettings(
    @Args('input') input: NotificationSettingsInput,
    @CurrentUser() user: Principal,
  ): Promise<NotificationSettingsModel> {
    await this.service.saveSettings(user.id, input);
    return this.service.settings(user.id);
  }

  @Subscription(() => NotificationModel, {
    description:
      'Your new notifications as they arrive (graphql-ws); only your own are sent to you.',
    resolve: (payload: WordedNotification) => payload,
  })
  @Authorize('notification:own')
  notificationAdded(@CurrentUser() user: Principal): AsyncIterableIterator<WordedNotification> {
    return this.watch(user.id);
  }

  private async *watch(userId: string): AsyncIterableIterator<WordedNotification> {
    const added = this.service.added(userId);
    try {
      for await (const row of added as AsyncIterable<NotificationRow>)
        if (row.userId === userId) yield await this.service.wordedFor(userId, row);
    } finally {
      await added.return?.();
    }
  }

  private async mark(userId: string, ids: string[] | null): Promise<MarkNotificationsReadPayload> {
    const marked = await this.service.markRead(userId, ids);
    return { marked, unreadCount: await this.service.unreadCount(userId) };
  }
}
