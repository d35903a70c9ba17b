import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export interface MyOverviewParams {
  /** How many weeks, up to the current one, the charts cover. */
  weeks: number;
}

/**
 * Your overview's keys. It sums your weeks and goals, so saving or submitting a week, changing a goal and
 * carrying session hours refresh `all`: the streak and the charts follow at once.
 */
export const overviewKeys = {
  all: ['overview'] as const,
  of: (params: MyOverviewParams) => ['overview', params] as const,
};

export function getMyOverview(
  params: MyOverviewParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MyOverviewResponse> {
  return apiClient.get<MyOverviewResponse>(`/me/overview?weeks=${params.weeks}`, { signal });
}

export function myOverviewQueryOptions(params: MyOverviewParams) {
  return queryOptions({
    queryKey: overviewKeys.of(params),
    queryFn: ({ signal }) => getMyOverview(params, { signal }),
  });
}

export function useMyOverview(params: MyOverviewParams) {
  return useQuery(myOverviewQueryOptions(params));
}
