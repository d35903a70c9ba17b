import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReadinessResponse } from '@vitaal/shared/health';
import { apiClient } from '@/lib/api-client';

export function getReadiness({ signal }: { signal?: AbortSignal } = {}): Promise<ReadinessResponse> {
  // "Not ready" comes as a 503 that still carries the readiness report.
  return apiClient.get<ReadinessResponse>('/health/ready', { signal, okStatuses: [503] });
}

export function readinessQueryOptions() {
  return queryOptions({
    queryKey: ['health', 'ready'],
    queryFn: ({ signal }) => getReadiness({ signal }),
  });
}

export function useReadiness() {
  return useQuery(readinessQueryOptions());
}
