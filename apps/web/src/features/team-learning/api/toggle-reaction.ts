import { useMutation } from '@tanstack/react-query';
import type { ReactionKind, SharedLearningResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useLearningChanged } from './learning-changed';

export function toggleReaction(
  teamId: string,
  learningId: string,
  kind: ReactionKind,
): Promise<SharedLearningResponse> {
  return apiClient.post<SharedLearningResponse>(
    `${learningsPath(teamId)}/${encodeURIComponent(learningId)}/reactions`,
    { kind },
  );
}

/** Adds your reaction of this kind, or takes it back when you had given it. */
export function useToggleReaction(teamId: string, learningId: string) {
  const learningChanged = useLearningChanged();
  return useMutation({
    mutationFn: (kind: ReactionKind) => toggleReaction(teamId, learningId, kind),
    onSuccess: learningChanged,
  });
}
