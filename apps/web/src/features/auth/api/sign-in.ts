import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInRequest } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/current-person';

export function signIn(input: SignInRequest): Promise<void> {
  return apiClient.post<void>('/auth/login', input);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // The cached "who am I" still says nobody is signed in.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
