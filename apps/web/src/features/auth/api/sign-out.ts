import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function signOut(): Promise<void> {
  return apiClient.post<void>('/auth/logout');
}

/** Ends the session on the server and forgets everything cached for this person. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSettled: () => queryClient.clear() });
}
