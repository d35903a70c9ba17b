import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TransparencyResponse } from '@vitaal/shared/transparency';
import { apiClient } from '@/lib/api-client';

export function getTransparency({ signal }: { signal?: AbortSignal } = {}): Promise<TransparencyResponse> {
  return apiClient.get<TransparencyResponse>('/transparency', { signal });
}

/** Who may see what, from the access policy the API enforces, and the organisation's settings. */
export function transparencyQueryOptions() {
  return queryOptions({ queryKey: ['transparency'], queryFn: ({ signal }) => getTransparency({ signal }) });
}

export function useTransparency() {
  return useQuery(transparencyQueryOptions());
}
