import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import type { Page } from '@vitaal/shared/page';
import { apiClient } from '@/lib/api-client';

export interface MyRequestsParams {
  limit: number;
  offset: number;
}

export function getMyRequests(
  params: MyRequestsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<LearningTimeRequestResponse>> {
  const query = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset) });
  return apiClient.get<Page<LearningTimeRequestResponse>>(`/learning-time/requests?${query}`, { signal });
}

/** Your own requests, latest week first. */
export function myRequestsQueryOptions(params: MyRequestsParams) {
  return queryOptions({
    queryKey: ['learning-time', 'requests', params],
    queryFn: ({ signal }) => getMyRequests(params, { signal }),
    // The list keeps showing the last page while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useMyRequests(params: MyRequestsParams) {
  return useQuery(myRequestsQueryOptions(params));
}
