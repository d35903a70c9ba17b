import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Page } from '@vitaal/shared/page';
import type { UserResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export interface UsersParams {
  search?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export function getUsers(params: UsersParams, { signal }: { signal?: AbortSignal } = {}): Promise<Page<UserResponse>> {
  const query = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset) });
  if (params.search) query.set('search', params.search);
  if (params.active !== undefined) query.set('active', String(params.active));
  return apiClient.get<Page<UserResponse>>(`/users?${query}`, { signal });
}

export function usersQueryOptions(params: UsersParams) {
  return queryOptions({
    queryKey: ['users', params],
    queryFn: ({ signal }) => getUsers(params, { signal }),
    // The table keeps showing the last page while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UsersParams) {
  return useQuery(usersQueryOptions(params));
}
