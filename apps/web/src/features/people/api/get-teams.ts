import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getTeams({ signal }: { signal?: AbortSignal } = {}): Promise<TeamResponse[]> {
  return apiClient.get<TeamResponse[]>('/teams', { signal });
}

/** The teams the API lets you see (all for L&O, your own otherwise); the key admin changes refresh. */
export function teamsQueryOptions() {
  return queryOptions({ queryKey: ['teams', { archived: false }], queryFn: ({ signal }) => getTeams({ signal }) });
}

export function useTeams() {
  return useQuery(teamsQueryOptions());
}
