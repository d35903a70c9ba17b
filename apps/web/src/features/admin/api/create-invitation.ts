import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationRequest, InvitationResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';

/** The answer carries the accept link; it is the only time the secret is shown. */
export function createInvitation(input: CreateInvitationRequest): Promise<InvitationResponse> {
  return apiClient.post<InvitationResponse>('/invitations', input);
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
