import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useTeam } from '@/entities/teams/api/get-team';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { useTeamSession } from '../api/get-team-session';
import { CarryHours } from '../components/carry-hours';
import { SessionAttendance } from '../components/session-attendance';
import { SessionDetails } from '../components/session-details';
import { SessionGoals } from '../components/session-goals';
import { SessionOutcomes } from '../components/session-outcomes';
import { useHasStarted } from '../hooks/use-has-started';
import { useTeamAccess } from '../hooks/use-team-access';
import '../team-learning.css';

function Session({ session }: { session: TeamSessionResponse }) {
  const { t } = useTranslation();
  const access = useTeamAccess(session.teamId);
  const started = useHasStarted(session.startsAt);
  const mine = session.attendees.find((attendee) => attendee.userId === access.personId);
  return (
    <>
      <div className="tl-title">
        <PageTitle title={session.title} />
        <span className="tl-kind">{t(`teamLearning.kinds.${session.kind}`)}</span>
      </div>
      {!access.writes && <p className="tl-note">{t('teamLearning.team.readOnly')}</p>}
      <SessionDetails session={session} />
      <SessionAttendance session={session} access={access} started={started} />
      {access.writes && started && mine && <CarryHours session={session} mine={mine} />}
      <SessionOutcomes session={session} writes={access.writes} />
      {access.writes && <SessionGoals session={session} personId={access.personId} />}
    </>
  );
}

export function SessionPage() {
  const { t } = useTranslation();
  const { teamId = '', sessionId = '' } = useParams();
  const team = useTeam(teamId);
  const session = useTeamSession(teamId, sessionId);
  return (
    <div className="page">
      <Link to={`/teams/${teamId}`} className="tl-back">
        {team.data ? t('teamLearning.backToTeam', { team: team.data.name }) : t('teamLearning.backToTheTeam')}
      </Link>
      {session.isPending ? (
        <LoadingState />
      ) : session.isError ? (
        <>
          <PageTitle title={t('teamLearning.session.unavailable')} />
          <ErrorState error={session.error} onRetry={() => void session.refetch()} />
        </>
      ) : (
        <Session session={session.data} />
      )}
    </div>
  );
}
