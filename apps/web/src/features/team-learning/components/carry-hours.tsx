import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeekKey } from '@vitaal/shared/iso-week';
import type { SessionAttendee, TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useOrganization } from '@/entities/organization/api/get-organization';
import { useCarrySessionHours } from '../api/carry-session-hours';
import { useFormat } from '../hooks/use-format';
import { CodeError } from './code-error';
import { Section } from '@/components/section';

/** The week the API puts the hours in: the one the session took place in, in the organisation's time zone. */
function useSessionWeek(startsAt: string): string {
  const organization = useOrganization();
  // Until the organisation has loaded, the browser's zone; the two differ only around midnight on Sunday.
  const timeZone = organization.data?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isoWeekKey(new Date(startsAt), timeZone);
}

/** After a session you attended: its length goes into your week as learning with and from colleagues, once. */
export function CarryHours({ session, mine }: { session: TeamSessionResponse; mine: SessionAttendee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const carry = useCarrySessionHours(session.teamId, session.id);
  const week = useSessionWeek(session.startsAt);
  const duration = format.duration(session.durationMinutes);
  return (
    <Section title={t('teamLearning.carry.title')}>
      <div role="status">
        {mine.hoursCarried && (
          <p className="tl-done">
            {t('teamLearning.carry.done', { duration, week: format.week(week) })}{' '}
            <Link to={`/weeks/${week}`}>{t('teamLearning.carry.toWeek', { week: format.week(week) })}</Link>
          </p>
        )}
      </div>
      {!mine.hoursCarried && (
        <div className="tl-stack">
          <p>{t('teamLearning.carry.explain', { duration, week: format.week(week) })}</p>
          {carry.isError && (
            <CodeError
              error={carry.error}
              messages={{
                conflict: 'teamLearning.carry.alreadyCarried',
                week_closed: 'teamLearning.carry.weekClosed',
                week_hours_full: 'teamLearning.carry.weekFull',
              }}
            />
          )}
          <div>
            <button
              type="button"
              className="button"
              aria-busy={carry.isPending}
              onClick={() => !carry.isPending && carry.mutate()}
            >
              {carry.isPending ? t('actions.saving') : t('teamLearning.carry.button')}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
