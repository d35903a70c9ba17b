import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';
import { weekKeys } from './week-keys';

export function getWeek(week: string, { signal }: { signal?: AbortSignal } = {}): Promise<WeekResponse> {
  return apiClient.get<WeekResponse>(`/weeks/${encodeURIComponent(week)}`, { signal });
}

/**
 * One of your weeks. A week never saved comes back empty (version 0), its intentions taken from last week's
 * next step; team learning shares its reflection's "what I learned".
 */
export function weekQueryOptions(week: string) {
  return queryOptions({ queryKey: weekKeys.detail(week), queryFn: ({ signal }) => getWeek(week, { signal }) });
}

export function useWeek(week: string) {
  return useQuery(weekQueryOptions(week));
}
