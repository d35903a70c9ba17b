import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export function getUser(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<UserResponse> {
  return apiClient.get<UserResponse>(`/users/${encodeURIComponent(id)}`, { signal });
}

export function userQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['users', id],
    queryFn: ({ signal }) => getUser(id, { signal }),
    // Names in the audit log rarely change; one request per person per visit is enough.
    staleTime: 5 * 60_000,
  });
}

export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}
