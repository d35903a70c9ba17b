import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getTeams(
  { archived }: { archived: boolean },
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamResponse[]> {
  return apiClient.get<TeamResponse[]>(archived ? '/teams?archived=true' : '/teams', { signal });
}

/** `archived: true` lists archived teams as well as active ones. */
export function teamsQueryOptions(params: { archived: boolean }) {
  return queryOptions({ queryKey: ['teams', params], queryFn: ({ signal }) => getTeams(params, { signal }) });
}

export function useTeams(params: { archived: boolean }) {
  return useQuery(teamsQueryOptions(params));
}
