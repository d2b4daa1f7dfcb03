import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from './operations';

/** The header's link to the notifications with the unread count, updated as notifications arrive (subscription). */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedDocument, { onData: () => void refetch() });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/varsler"
      className="notifications-link"
      aria-label={count > 0 ? t('nav.notificationsUnread', { count }) : undefined}
      data-testid="notifications-link"
    >
      {t('nav.notifications')}
      {count > 0 && (
        <span className="notification-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
