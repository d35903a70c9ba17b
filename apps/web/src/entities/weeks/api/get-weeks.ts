import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';
import { weekKeys } from './week-keys';

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

/** How many weeks the API lists without a range. */
export const DEFAULT_WEEK_COUNT = 12;

/**
 * Without a range: the twelve weeks up to the current one, oldest first; the last is "now". A person who
 * joined less than twelve weeks ago gets only the weeks since the one they joined in.
 */
export function weeksQueryOptions(params: WeeksParams = {}) {
  return queryOptions({ queryKey: weekKeys.list(params), queryFn: ({ signal }) => getWeeks(params, { signal }) });
}

export function useWeeks(params: WeeksParams = {}) {
  return useQuery(weeksQueryOptions(params));
}
