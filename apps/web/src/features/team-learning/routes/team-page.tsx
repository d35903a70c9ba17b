import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTeam } from '@/entities/teams/api/get-team';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { LearningFeed } from '../components/learning-feed';
import { PastSessions } from '../components/past-sessions';
import { TeamFigures } from '../components/team-figures';
import { TeamMembers } from '../components/team-members';
import { UpcomingSessions } from '../components/upcoming-sessions';
import { useTeamAccess } from '../hooks/use-team-access';
import '../team-learning.css';

export function TeamPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  const access = useTeamAccess(teamId);

  if (team.isPending) return <LoadingState />;
  if (team.isError) {
    return (
      <div className="page">
        <PageTitle title={t('teamLearning.teams.title')} />
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
        <Link to="/teams">{t('teamLearning.backToTeams')}</Link>
      </div>
    );
  }
  return (
    <div className="page">
      <Link to="/teams" className="tl-back">
        {t('teamLearning.backToTeams')}
      </Link>
      <PageTitle
        title={team.data.name}
        documentTitle={t('teamLearning.team.documentTitle', { team: team.data.name })}
      />
      {!access.writes && <p className="tl-note">{t('teamLearning.team.readOnly')}</p>}
      <div className="tl-columns">
        <TeamFigures teamId={teamId} />
        <TeamMembers team={team.data} personId={access.personId} />
      </div>
      <div className="tl-columns">
        <UpcomingSessions teamId={teamId} writes={access.writes} />
        <PastSessions teamId={teamId} />
      </div>
      <LearningFeed teamId={teamId} access={access} />
    </div>
  );
}
