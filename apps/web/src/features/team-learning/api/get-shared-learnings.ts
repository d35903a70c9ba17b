import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '@vitaal/shared/page';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { teamLearningKeys } from './team-learning-keys';

export const FEED_PAGE_SIZE = 10;

export function learningsPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/learnings`;
}

export function getSharedLearnings(
  teamId: string,
  offset: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<SharedLearningResponse>> {
  return apiClient.get<Page<SharedLearningResponse>>(
    `${learningsPath(teamId)}?limit=${FEED_PAGE_SIZE}&offset=${offset}`,
    { signal },
  );
}

/** The team's feed, newest first, a page at a time ("load more"). */
export function sharedLearningsQueryOptions(teamId: string) {
  return infiniteQueryOptions({
    queryKey: teamLearningKeys.learnings(teamId),
    queryFn: ({ pageParam, signal }) => getSharedLearnings(teamId, pageParam, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });
}

export function useSharedLearnings(teamId: string) {
  return useInfiniteQuery(sharedLearningsQueryOptions(teamId));
}
