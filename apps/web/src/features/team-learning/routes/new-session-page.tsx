import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useTeam } from '@/entities/teams/api/get-team';
import { PageTitle } from '@/components/page-title';
import { NewSessionForm } from '../components/new-session-form';
import { QueryResult } from '@/components/query-result';
import { useTeamAccess } from '../hooks/use-team-access';
import '../team-learning.css';

export function NewSessionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  const { writes } = useTeamAccess(teamId);
  const teamPath = `/teams/${teamId}`;
  return (
    <div className="page">
      <Link to={teamPath} className="tl-back">
        {team.data ? t('teamLearning.backToTeam', { team: team.data.name }) : t('teamLearning.backToTheTeam')}
      </Link>
      <PageTitle title={t('teamLearning.newSession.title')} />
      {writes ? (
        <>
          <p className="lead">{t('teamLearning.newSession.intro')}</p>
          <QueryResult query={team}>
            {(detail) => (
              <NewSessionForm
                team={detail}
                onCreated={(session) => navigate(`${teamPath}/sessions/${session.id}`)}
                onCancel={() => void navigate(teamPath)}
              />
            )}
          </QueryResult>
        </>
      ) : (
        <p className="tl-note">{t('teamLearning.newSession.membersOnly')}</p>
      )}
    </div>
  );
}
