import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';
import { teamKeys } from './team-keys';

export function getTeam(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<TeamDetailResponse> {
  return apiClient.get<TeamDetailResponse>(`/teams/${encodeURIComponent(id)}`, { signal });
}

/** The team with its members and managers; also for useQueries, where a page shows several teams at once. */
export function teamQueryOptions(id: string) {
  return queryOptions({ queryKey: teamKeys.detail(id), queryFn: ({ signal }) => getTeam(id, { signal }) });
}

export function useTeam(id: string) {
  return useQuery(teamQueryOptions(id));
}
