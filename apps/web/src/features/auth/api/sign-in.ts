import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInChoice, SignInRequest } from '@vitaal/shared/auth';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

/** Signs in (no answer), or lists the organisations to choose from when the password opens several accounts. */
export async function signIn(input: SignInRequest): Promise<SignInChoice | null> {
  return (await apiClient.post<SignInChoice | undefined>('/auth/login', input)) ?? null;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // The cached "who am I" still says nobody is signed in.
    onSuccess: (choice) =>
      choice ? undefined : queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
