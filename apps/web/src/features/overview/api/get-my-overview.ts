import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export interface MyOverviewParams {
  /** How many weeks, up to the current one, the charts cover. */
  weeks: number;
}

export function getMyOverview(
  params: MyOverviewParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MyOverviewResponse> {
  return apiClient.get<MyOverviewResponse>(`/me/overview?weeks=${params.weeks}`, { signal });
}

/** Saving or submitting a week invalidates ['overview'], so the streak and charts follow at once. */
export function myOverviewQueryOptions(params: MyOverviewParams) {
  return queryOptions({ queryKey: ['overview', params], queryFn: ({ signal }) => getMyOverview(params, { signal }) });
}

export function useMyOverview(params: MyOverviewParams) {
  return useQuery(myOverviewQueryOptions(params));
}
