import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApprovalItem, RequestStatus } from '@vitaal/shared/learning-time';
import type { Page } from '@vitaal/shared/page';
import { apiClient } from '@/lib/api-client';

export interface ApprovalsFilter {
  status: RequestStatus;
  teamId?: string;
  week?: string;
}

export interface ApprovalsParams extends ApprovalsFilter {
  limit: number;
  offset: number;
}

export function getApprovals(
  params: ApprovalsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<ApprovalItem>> {
  const query = new URLSearchParams({
    status: params.status,
    limit: String(params.limit),
    offset: String(params.offset),
  });
  if (params.teamId) query.set('teamId', params.teamId);
  if (params.week) query.set('week', params.week);
  return apiClient.get<Page<ApprovalItem>>(`/learning-time/approvals?${query}`, { signal });
}

/** Requests of every team you decide for (never your own), each with the requester's balance, a page at a time. */
export function approvalsQueryOptions(params: ApprovalsParams) {
  return queryOptions({
    queryKey: ['learning-time', 'approvals', params],
    queryFn: ({ signal }) => getApprovals(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useApprovals(params: ApprovalsParams) {
  return useQuery(approvalsQueryOptions(params));
}
