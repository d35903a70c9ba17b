import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The secret iCalendar address stops working. */
export function stopCalendarFeed(): Promise<void> {
  return apiClient.delete<void>('/me/calendar-feed');
}

export function useStopCalendarFeed() {
  return useMutation({ mutationFn: stopCalendarFeed });
}
