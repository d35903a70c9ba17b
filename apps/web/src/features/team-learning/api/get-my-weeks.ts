import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export function getMyWeeks({ signal }: { signal?: AbortSignal } = {}): Promise<WeekSummary[]> {
  return apiClient.get<WeekSummary[]>('/weeks', { signal });
}

/** Your last twelve weeks, oldest first. */
export function myWeeksQueryOptions() {
  return queryOptions({ queryKey: ['weeks', 'list', {}], queryFn: ({ signal }) => getMyWeeks({ signal }) });
}

export function useMyWeeks() {
  return useQuery(myWeeksQueryOptions());
}
