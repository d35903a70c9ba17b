import { teamKeys } from '@/entities/teams/api/team-keys';
import type { TeamSessionsParams } from './get-team-sessions';

/** Team learning's keys sit under the team's own, so a change an admin makes to teams refreshes them too. */
export const teamLearningKeys = {
  figures: (teamId: string) => [...teamKeys.detail(teamId), 'learning-figures'] as const,
  learnings: (teamId: string) => [...teamKeys.detail(teamId), 'learnings'] as const,
  sessionLists: (teamId: string) => [...teamKeys.detail(teamId), 'sessions', 'list'] as const,
  sessionList: (teamId: string, params: TeamSessionsParams) =>
    [...teamLearningKeys.sessionLists(teamId), params] as const,
  session: (teamId: string, sessionId: string) =>
    [...teamKeys.detail(teamId), 'sessions', 'detail', sessionId] as const,
};
