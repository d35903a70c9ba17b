import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationRequest } from '@vitaal/shared/auth';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

/** Creates the invited person's account and signs them in. */
export function acceptInvitation(token: string, input: AcceptInvitationRequest): Promise<void> {
  return apiClient.post<void>(`/invitations/${encodeURIComponent(token)}/accept`, input);
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationRequest) => acceptInvitation(token, input),
    // Not the invitation preview: refetched now it would say "invalid" on the way out of the page.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
