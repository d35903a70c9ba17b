import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export function getWeek(week: string, { signal }: { signal?: AbortSignal } = {}): Promise<WeekResponse> {
  return apiClient.get<WeekResponse>(`/weeks/${encodeURIComponent(week)}`, { signal });
}

/** A week never saved comes back empty (version 0), its intentions taken from last week's next step. */
export function weekQueryOptions(week: string) {
  return queryOptions({ queryKey: ['weeks', 'detail', week], queryFn: ({ signal }) => getWeek(week, { signal }) });
}

export function useWeek(week: string) {
  return useQuery(weekQueryOptions(week));
}
