import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getTeam(teamId: string, { signal }: { signal?: AbortSignal } = {}): Promise<TeamDetailResponse> {
  return apiClient.get<TeamDetailResponse>(`/teams/${encodeURIComponent(teamId)}`, { signal });
}

/** The team with its members and managers. */
export function teamQueryOptions(teamId: string) {
  return queryOptions({ queryKey: ['teams', teamId], queryFn: ({ signal }) => getTeam(teamId, { signal }) });
}

export function useTeam(teamId: string) {
  return useQuery(teamQueryOptions(teamId));
}
