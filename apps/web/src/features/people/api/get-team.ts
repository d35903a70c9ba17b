import { queryOptions } from '@tanstack/react-query';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getTeam(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<TeamDetailResponse> {
  return apiClient.get<TeamDetailResponse>(`/teams/${encodeURIComponent(id)}`, { signal });
}

/** Used with useQueries: a page shows the members of several teams at once. */
export function teamQueryOptions(id: string) {
  return queryOptions({ queryKey: ['teams', id], queryFn: ({ signal }) => getTeam(id, { signal }) });
}
