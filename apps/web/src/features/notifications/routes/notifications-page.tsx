import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllRead } from '../api/mark-all-read';
import { NotificationItem } from '../components/notification-item';
import '../notifications.css';

function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  if (notifications.isPending) return <LoadingState />;
  if (notifications.isError)
    return <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />;

  const items = notifications.data.pages.flatMap((page) => page.items);
  const total = notifications.data.pages.at(-1)?.total ?? 0;
  if (items.length === 0) {
    return (
      <EmptyState title={t('notifications.empty')}>
        <p>{t('notifications.emptyHint')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="notifications" aria-label={t('notifications.title')}>
        {items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} />
        ))}
      </ul>
      <div className="notifications__more">
        <p role="status" className="notifications__shown">
          {t('notifications.shown', { shown: items.length, total })}
        </p>
        {notifications.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            disabled={notifications.isFetchingNextPage}
            aria-busy={notifications.isFetchingNextPage}
            onClick={() => void notifications.fetchNextPage()}
          >
            {notifications.isFetchingNextPage ? t('notifications.loadingMore') : t('notifications.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data?.unread ?? 0;
  const markAllRead = useMarkAllRead();

  return (
    <div className="page">
      <PageTitle title={t('notifications.title')} />
      <p className="lead">{t('notifications.lead')}</p>
      {unread > 0 && (
        <button
          type="button"
          className="button button--secondary"
          disabled={markAllRead.isPending}
          aria-busy={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t('notifications.markAllRead')}
        </button>
      )}
      {markAllRead.error !== null && <ErrorState error={markAllRead.error} />}
      <p role="status" className="notifications__status">
        {markAllRead.isSuccess && unread === 0 ? t('notifications.allRead') : ''}
      </p>
      <NotificationList />
    </div>
  );
}
