import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useSetAttendance } from '../api/set-attendance';
import type { TeamAccess } from '../hooks/use-team-access';
import { CodeError } from './code-error';
import { Section } from '@/components/section';

interface SessionAttendanceProps {
  session: TeamSessionResponse;
  access: TeamAccess;
  started: boolean;
}

/** Who was (or will be) there; members mark only themselves. */
export function SessionAttendance({ session, access, started }: SessionAttendanceProps) {
  const { t } = useTranslation();
  const attend = useSetAttendance(session.teamId, session.id);
  const carriedId = useId();
  const mine = session.attendees.find((attendee) => attendee.userId === access.personId);
  return (
    <Section title={t('teamLearning.attendance.title')}>
      {access.writes && (
        <div className="tl-stack">
          <button
            type="button"
            className="tl-toggle"
            aria-pressed={Boolean(mine)}
            // Hours already in the week tie the attendance to it; the API refuses to take it back.
            disabled={mine?.hoursCarried}
            aria-describedby={mine?.hoursCarried ? carriedId : undefined}
            onClick={() => !attend.isPending && attend.mutate(!mine)}
          >
            {t(started ? 'teamLearning.attendance.wasThere' : 'teamLearning.attendance.willBeThere')}
          </button>
          {mine?.hoursCarried && (
            <p id={carriedId} className="field__hint">
              {t('teamLearning.attendance.carried')}
            </p>
          )}
          {attend.isError && (
            <CodeError error={attend.error} messages={{ conflict: 'teamLearning.attendance.carried' }} />
          )}
        </div>
      )}
      {session.attendees.length === 0 ? (
        <p className="tl-muted">
          {t(started ? 'teamLearning.attendance.nobodyWas' : 'teamLearning.attendance.nobodyYet')}
        </p>
      ) : (
        <>
          <h3>{t('teamLearning.attendance.count', { count: session.attendees.length })}</h3>
          <ul className="tl-attendees">
            {session.attendees.map((attendee) => (
              <li key={attendee.userId}>
                {attendee.displayName}
                {attendee.userId === access.personId && <span className="tl-muted"> {t('teamLearning.you')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
