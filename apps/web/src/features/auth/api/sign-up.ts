import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignUpRequest } from '@vitaal/shared/auth';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

/** Creates the organisation with the visitor as its first admin, who is then signed in. */
export function signUp(input: SignUpRequest): Promise<void> {
  return apiClient.post<void>('/auth/signup', input);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    // The cached "who am I" still says nobody is signed in.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
