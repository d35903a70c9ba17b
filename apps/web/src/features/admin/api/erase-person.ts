import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErasurePreviewResponse, ErasureResultResponse } from '@vitaal/shared/personal-data';
import { apiClient } from '@/lib/api-client';

/** Step one: what will go, and the token that confirms it. Nothing is erased yet. */
export function startErasure(id: string): Promise<ErasurePreviewResponse> {
  return apiClient.post<ErasurePreviewResponse>(`/users/${encodeURIComponent(id)}/erasure`);
}

export function confirmErasure({ id, token }: { id: string; token: string }): Promise<ErasureResultResponse> {
  return apiClient.post<ErasureResultResponse>(`/users/${encodeURIComponent(id)}/erasure/confirm`, { token });
}

export function useStartErasure() {
  return useMutation({ mutationFn: startErasure });
}

export function useConfirmErasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmErasure,
    // The person leaves the people list, and teams show their neutral name.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ['teams'] })]),
  });
}
