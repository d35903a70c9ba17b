import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { TeamMembers } from '../components/team-members';
import { useFollowedTeams } from '../hooks/use-followed-teams';
import '../people.css';

/** Up to this many teams show their people at once; beyond it (L&O staff of a large organisation) each opens on request. */
const OPEN_UP_TO = 10;

export function MyTeamsPage() {
  const { t } = useTranslation();
  const { teams, followed } = useFollowedTeams();
  return (
    <div className="page">
      <PageTitle title={t('people.teams.title')} />
      <p className="lead">{t('people.teams.intro')}</p>
      {teams.isPending ? (
        <LoadingState />
      ) : teams.isError ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
      ) : followed.length === 0 ? (
        <EmptyState title={t('people.teams.emptyTitle')}>
          <p>{t('people.teams.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div className="people-teams">
          {followed.map((team) => (
            <TeamMembers key={team.id} team={team} initiallyOpen={followed.length <= OPEN_UP_TO} />
          ))}
        </div>
      )}
    </div>
  );
}
