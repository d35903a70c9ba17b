import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<MeResponse> {
  return apiClient.get<MeResponse>('/me', { signal });
}

/**
 * The signed-in person, or 401 when nobody is. Signing in, up or out, a profile change and an admin
 * changing their own roles or the organisation's name all refresh it through this key.
 */
export function meQueryOptions() {
  return queryOptions({ queryKey: ['me'], queryFn: ({ signal }) => getMe({ signal }), staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
