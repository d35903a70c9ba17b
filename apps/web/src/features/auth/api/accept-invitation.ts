import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationRequest } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/current-person';

/** Creates the invited person's account and signs them in. */
export function acceptInvitation(token: string, input: AcceptInvitationRequest): Promise<void> {
  return apiClient.post<void>(`/invitations/${encodeURIComponent(token)}/accept`, input);
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationRequest) => acceptInvitation(token, input),
    // Not the invitation preview: refetched now it would say "invalid" on the way out of the page.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
