import { useQueryClient } from '@tanstack/react-query';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { teamSessionQueryOptions } from './get-team-session';
import { teamLearningKeys } from './team-learning-keys';

/**
 * After any change to a session: the answer is the session as it now is, so the detail is
 * replaced; the team's session lists and figures (attendance) are fetched again.
 */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return async (session: TeamSessionResponse) => {
    queryClient.setQueryData(teamSessionQueryOptions(session.teamId, session.id).queryKey, session);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: teamLearningKeys.sessionLists(session.teamId) }),
      queryClient.invalidateQueries({ queryKey: teamLearningKeys.figures(session.teamId) }),
    ]);
  };
}
