import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditKind } from '@vitaal/shared/audit';
import type { Page } from '@vitaal/shared/page';
import type { AuditEventResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export interface AuditEventsParams {
  /** Only the actions of this kind. */
  kind?: AuditKind;
  limit: number;
  offset: number;
}

export function getAuditEvents(
  params: AuditEventsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<AuditEventResponse>> {
  const query = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset) });
  if (params.kind) query.set('kind', params.kind);
  return apiClient.get<Page<AuditEventResponse>>(`/audit-events?${query}`, { signal });
}

export function auditEventsQueryOptions(params: AuditEventsParams) {
  return queryOptions({
    queryKey: ['audit-events', params],
    queryFn: ({ signal }) => getAuditEvents(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: AuditEventsParams) {
  return useQuery(auditEventsQueryOptions(params));
}
