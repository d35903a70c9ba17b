import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useSharedLearnings } from '../api/get-shared-learnings';
import type { TeamAccess } from '../hooks/use-team-access';
import { LearningPost } from './learning-post';
import { Section } from '@/components/section';
import { ShareFromWeek } from './share-from-week';
import { ShareLearningForm } from './share-learning-form';

/** A post shared while more pages were loaded moves the offsets, so a post can come twice. */
function uniquePosts(pages: { items: SharedLearningResponse[] }[]): SharedLearningResponse[] {
  const seen = new Set<string>();
  return pages
    .flatMap((page) => page.items)
    .filter((learning) => {
      if (seen.has(learning.id)) return false;
      seen.add(learning.id);
      return true;
    });
}

/** The team's feed: sharing a learning (members), then the posts newest first, more on request. */
export function LearningFeed({ teamId, access }: { teamId: string; access: TeamAccess }) {
  const { t } = useTranslation();
  const feed = useSharedLearnings(teamId);
  const [status, setStatus] = useState('');
  const onShared = () => setStatus(t('teamLearning.share.done'));
  const posts = feed.data ? uniquePosts(feed.data.pages) : [];

  return (
    <Section title={t('teamLearning.feed.title')}>
      {access.writes && (
        <div className="tl-share-area">
          <ShareLearningForm teamId={teamId} onShared={onShared} />
          <ShareFromWeek teamId={teamId} onShared={onShared} />
          <p className="tl-status" role="status">
            {status}
          </p>
        </div>
      )}
      {feed.isPending ? (
        <LoadingState />
      ) : feed.isError && posts.length === 0 ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : posts.length === 0 ? (
        <EmptyState title={t('teamLearning.feed.emptyTitle')}>
          <p>{t(access.writes ? 'teamLearning.feed.emptyBody' : 'teamLearning.feed.emptyReader')}</p>
        </EmptyState>
      ) : (
        <>
          <ol className="tl-feed">
            {posts.map((learning) => (
              <LearningPost key={learning.id} learning={learning} access={access} />
            ))}
          </ol>
          {feed.isFetchNextPageError && <ErrorState error={feed.error} />}
          {feed.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              aria-busy={feed.isFetchingNextPage}
              // Not disabled while loading: the button keeps the keyboard focus for the next page.
              onClick={() => !feed.isFetchingNextPage && void feed.fetchNextPage()}
            >
              {feed.isFetchingNextPage ? t('app.loading') : t('teamLearning.feed.more')}
            </button>
          )}
        </>
      )}
    </Section>
  );
}
