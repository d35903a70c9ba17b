import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { useFormat } from '../hooks/use-format';

/** Sessions as a list of links, each with its kind, time and how many were there. */
export function SessionList({ sessions }: { sessions: TeamSessionResponse[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="tl-sessions">
      {sessions.map((session) => (
        <li key={session.id} className="tl-session">
          <Link to={`/teams/${session.teamId}/sessions/${session.id}`} className="tl-session__title">
            {session.title}
          </Link>
          <span className="tl-kind">{t(`teamLearning.kinds.${session.kind}`)}</span>
          <p className="tl-session__meta">
            <time dateTime={session.startsAt}>{format.sessionTime(session.startsAt, session.durationMinutes)}</time>
            <span>{t('teamLearning.sessions.attendeeCount', { count: session.attendees.length })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
