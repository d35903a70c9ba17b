import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationResponse } from '@vitaal/shared/notifications';
import { useMarkRead } from '../api/mark-read';
import { describe, formatMoment } from '../utils/describe';

export function NotificationItem({ notification }: { notification: NotificationResponse }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const { text, to } = describe(t, notification);
  const unread = !notification.read;
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      {unread && <span className="notification__new">{t('notifications.unread')}</span>}
      {to ? (
        // Opening it is reading it; the request is sent while the next page loads.
        <Link to={to} className="notification__text" onClick={() => unread && markRead.mutate(notification.id)}>
          {text}
        </Link>
      ) : (
        <span className="notification__text">{text}</span>
      )}
      <time className="notification__time" dateTime={notification.createdAt}>
        {formatMoment(notification.createdAt)}
      </time>
    </li>
  );
}
