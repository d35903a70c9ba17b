import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Page } from '@vitaal/shared/page';
import type { InvitationResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

export interface InvitationsParams {
  limit: number;
  offset: number;
  /** Only the open invitation of this address. */
  email?: string;
}

/** Invitations not yet accepted, revoked or expired, newest first, a page at a time. */
export function getInvitations(
  params: InvitationsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<InvitationResponse>> {
  const query = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset) });
  if (params.email) query.set('email', params.email);
  return apiClient.get<Page<InvitationResponse>>(`/invitations?${query}`, { signal });
}

export function invitationsQueryOptions(params: InvitationsParams) {
  return queryOptions({
    queryKey: ['invitations', 'list', params],
    queryFn: ({ signal }) => getInvitations(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInvitations(params: InvitationsParams, { enabled = true } = {}) {
  return useQuery({ ...invitationsQueryOptions(params), enabled });
}
