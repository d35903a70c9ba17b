import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';

export function getInvitation(token: string, { signal }: { signal?: AbortSignal } = {}): Promise<InvitationPreview> {
  return apiClient.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, { signal });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({ queryKey: ['invitations', token], queryFn: ({ signal }) => getInvitation(token, { signal }) });
}

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
