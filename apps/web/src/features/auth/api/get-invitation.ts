import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';

export function getInvitation(token: string, { signal }: { signal?: AbortSignal } = {}): Promise<InvitationPreview> {
  return apiClient.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, { signal });
}

/** What an invitation link offers, before the account exists. Not under the admin's 'invitations' list. */
export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => getInvitation(token, { signal }),
  });
}

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
