import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FollowedPersonResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getPerson(userId: string, { signal }: { signal?: AbortSignal } = {}): Promise<FollowedPersonResponse> {
  return apiClient.get<FollowedPersonResponse>(`/people/${encodeURIComponent(userId)}`, { signal });
}

/** The name of someone you follow; the weeks and goals about them carry none. */
export function usePerson(userId: string) {
  return useQuery(
    queryOptions({ queryKey: ['people', userId], queryFn: ({ signal }) => getPerson(userId, { signal }) }),
  );
}
