import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getUnreadCount({ signal }: { signal?: AbortSignal } = {}): Promise<{ unread: number }> {
  return apiClient.get<{ unread: number }>('/notifications/unread-count', { signal });
}

export function unreadCountQueryOptions() {
  return queryOptions({
    queryKey: ['notifications', 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount({ signal }),
    // Decisions and reminders arrive without the person doing anything: look every minute, and on return to the tab.
    refetchInterval: 60_000,
    refetchOnWindowFocus: 'always',
  });
}

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
