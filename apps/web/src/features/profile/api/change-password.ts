import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '@vitaal/shared/auth';
import { apiClient } from '@/lib/api-client';

/** Ends every other session of the person; this one stays signed in. */
export function changePassword(input: ChangePasswordRequest): Promise<void> {
  return apiClient.post<void>('/me/password', input);
}

// Nothing cached shows the password, so there is nothing to refresh.
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
