import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BalanceResponse } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';

export interface BalanceParams {
  /** ISO week-year; this year when absent. */
  year?: number;
}

export function getBalance(params: BalanceParams, { signal }: { signal?: AbortSignal } = {}): Promise<BalanceResponse> {
  return apiClient.get<BalanceResponse>(
    params.year ? `/learning-time/balance?year=${params.year}` : '/learning-time/balance',
    { signal },
  );
}

export function balanceQueryOptions(params: BalanceParams = {}) {
  return queryOptions({
    queryKey: ['learning-time', 'balance', params],
    queryFn: ({ signal }) => getBalance(params, { signal }),
  });
}

export function useBalance(params: BalanceParams = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...balanceQueryOptions(params), enabled });
}
