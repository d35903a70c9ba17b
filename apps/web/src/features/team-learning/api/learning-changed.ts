import { useQueryClient } from '@tanstack/react-query';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { sharedLearningsQueryOptions } from './get-shared-learnings';
import { teamLearningKeys } from './team-learning-keys';

/**
 * After a change to one post (reaction, comment, edit, hidden): the answer is the post as it now
 * is, so it replaces its old self in the loaded pages; the feed keeps its order and place.
 */
export function useLearningChanged() {
  const queryClient = useQueryClient();
  return (learning: SharedLearningResponse) => {
    queryClient.setQueryData(
      sharedLearningsQueryOptions(learning.teamId).queryKey,
      (feed) =>
        feed && {
          ...feed,
          pages: feed.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === learning.id ? learning : item)),
          })),
        },
    );
  };
}

/** After a post came or went: the feed and the quarter's count of shared learnings are fetched again. */
export function useFeedChanged() {
  const queryClient = useQueryClient();
  return (teamId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sharedLearningsQueryOptions(teamId).queryKey }),
      queryClient.invalidateQueries({ queryKey: teamLearningKeys.figures(teamId) }),
    ]);
}
