import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';

export interface WeeksParams {
  from?: string;
  to?: string;
}

export function getWeeks(params: WeeksParams, { signal }: { signal?: AbortSignal } = {}): Promise<WeekSummary[]> {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return apiClient.get<WeekSummary[]>(`/weeks${query ? `?${query}` : ''}`, { signal });
}

/** Without a range: the twelve weeks up to the current one, oldest first; the last is "now". */
export function weeksQueryOptions(params: WeeksParams = {}) {
  return queryOptions({ queryKey: ['weeks', 'list', params], queryFn: ({ signal }) => getWeeks(params, { signal }) });
}

export function useWeeks(params: WeeksParams = {}) {
  return useQuery(weeksQueryOptions(params));
}
