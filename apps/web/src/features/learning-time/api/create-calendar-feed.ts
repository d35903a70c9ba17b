import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** A new secret iCalendar address; the previous one stops working. */
export function createCalendarFeed(): Promise<{ url: string }> {
  return apiClient.post<{ url: string }>('/me/calendar-feed');
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
