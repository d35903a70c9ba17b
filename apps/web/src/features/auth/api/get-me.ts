import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/current-person';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<MeResponse> {
  return apiClient.get<MeResponse>('/me', { signal });
}

export function meQueryOptions() {
  return queryOptions({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe({ signal }), staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
