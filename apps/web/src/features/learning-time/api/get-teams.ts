import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getTeams({ signal }: { signal?: AbortSignal } = {}): Promise<TeamResponse[]> {
  return apiClient.get<TeamResponse[]>('/teams', { signal });
}

/** The active teams you can see: all of them for admins and L&O staff. Same key as the team admin's list. */
export function teamsQueryOptions() {
  return queryOptions({ queryKey: ['teams', { archived: false }], queryFn: ({ signal }) => getTeams({ signal }) });
}

export function useTeams({ enabled }: { enabled: boolean }) {
  return useQuery({ ...teamsQueryOptions(), enabled });
}
