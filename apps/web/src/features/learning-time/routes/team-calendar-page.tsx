import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { useCurrentPerson } from '@/lib/current-person';
import { TeamCalendar } from '../components/team-calendar';
import { useTeamChoices } from '../hooks/use-team-choices';
import '../learning-time.css';

export function TeamCalendarPage() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  // L&O staff and admins see every team's calendar; managers those of the teams they manage.
  const { teams, pending, error } = useTeamChoices(person.roles.includes('admin') || person.roles.includes('lno'));
  const decides = person.roles.includes('admin') || person.managedTeamIds.length > 0;
  const [first, ...others] = teams;

  return (
    <div className="page">
      <PageTitle title={t('learningTime.teamCalendar.title')} />
      <p className="lead">{t('learningTime.teamCalendar.lead')}</p>
      {decides && (
        <p>
          <Link to="/learning-time/approvals">{t('learningTime.teamCalendar.back')}</Link>
        </p>
      )}
      {pending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} />
      ) : first ? (
        <TeamCalendar teams={[first, ...others]} />
      ) : (
        <EmptyState title={t('learningTime.teamCalendar.noTeams')}>
          <p>{t('learningTime.teamCalendar.noTeamsBody')}</p>
        </EmptyState>
      )}
    </div>
  );
}
