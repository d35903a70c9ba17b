import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/get-unread-count';
import '../notifications.css';

/** The header's way to the notifications, with the unread count (which it keeps fresh by itself). */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      aria-label={unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.label')}
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="notification-bell__label">{t('notifications.bell.label')}</span>
      {/* The space keeps the visible "Meldingen 3" a part of the spoken "Meldingen, 3 ongelezen". */}
      {unread > 0 && ' '}
      {unread > 0 && <span className="notification-bell__count">{unread > 99 ? '99+' : unread}</span>}
    </NavLink>
  );
}
