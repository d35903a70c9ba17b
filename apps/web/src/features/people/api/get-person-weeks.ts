import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OthersWeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export function getPersonWeeks(
  userId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OthersWeekResponse[]> {
  return apiClient.get<OthersWeekResponse[]>(`/people/${encodeURIComponent(userId)}/weeks`, { signal });
}

/** Someone else's last twelve weeks: submitted or not, hours, and texts only when shared; never scores. */
export function personWeeksQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['people', userId, 'weeks'],
    queryFn: ({ signal }) => getPersonWeeks(userId, { signal }),
  });
}

export function usePersonWeeks(userId: string) {
  return useQuery(personWeeksQueryOptions(userId));
}
