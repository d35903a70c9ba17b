import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

/** Invitations not yet accepted, revoked or expired. */
export function getInvitations({ signal }: { signal?: AbortSignal } = {}): Promise<InvitationResponse[]> {
  return apiClient.get<InvitationResponse[]>('/invitations', { signal });
}

export function invitationsQueryOptions() {
  return queryOptions({ queryKey: ['invitations'], queryFn: ({ signal }) => getInvitations({ signal }) });
}

export function useInvitations() {
  return useQuery(invitationsQueryOptions());
}
