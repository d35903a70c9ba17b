import { useMutation } from '@tanstack/react-query';
import type { InvitationLinkResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

/** A new link to an open invitation, shown once; the links handed out before keep working. */
export function createInvitationLink(id: string): Promise<InvitationLinkResponse> {
  return apiClient.post<InvitationLinkResponse>(`/invitations/${encodeURIComponent(id)}/links`);
}

export function useCreateInvitationLink() {
  return useMutation({ mutationFn: createInvitationLink });
}
