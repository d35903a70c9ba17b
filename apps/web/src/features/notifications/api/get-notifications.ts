import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { NotificationResponse } from '@vitaal/shared/notifications';
import type { Page } from '@vitaal/shared/page';
import { apiClient } from '@/lib/api-client';

const PAGE_SIZE = 20;

export function getNotifications(
  { limit, offset }: { limit: number; offset: number },
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<NotificationResponse>> {
  return apiClient.get<Page<NotificationResponse>>(`/notifications?limit=${limit}&offset=${offset}`, { signal });
}

/** Newest first, a page at a time: older ones are added below when asked for. */
export function notificationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam, signal }) => getNotifications({ limit: PAGE_SIZE, offset: pageParam }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });
}

export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions());
}
