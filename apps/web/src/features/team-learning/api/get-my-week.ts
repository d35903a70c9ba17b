import { queryOptions } from '@tanstack/react-query';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export function getMyWeek(week: string, { signal }: { signal?: AbortSignal } = {}): Promise<WeekResponse> {
  return apiClient.get<WeekResponse>(`/weeks/${encodeURIComponent(week)}`, { signal });
}

/** One of your weeks; its reflection's "what I learned" is what publishing to the team takes. */
export function myWeekQueryOptions(week: string) {
  return queryOptions({ queryKey: ['weeks', 'detail', week], queryFn: ({ signal }) => getMyWeek(week, { signal }) });
}
