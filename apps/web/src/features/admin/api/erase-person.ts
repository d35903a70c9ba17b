import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErasurePreviewResponse, ErasureResultResponse } from '@vitaal/shared/personal-data';
import { teamKeys } from '@/entities/teams/api/team-keys';
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

/**
 * `onErased` is told first: the lists then reload and the person's row, this mutation's component
 * with it, goes away (callbacks given to `mutate` would not run after that).
 */
export function useConfirmErasure(onErased: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmErasure,
    onSuccess: () => {
      onErased();
      // The person leaves the people list, and teams show their neutral name.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]);
    },
  });
}
