import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeamSessions } from '../api/get-team-sessions';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { SessionList } from './session-list';

const NEXT_FEW = 5;

/** The next few sessions, and for the team's members the way to plan one. */
export function UpcomingSessions({ teamId, writes }: { teamId: string; writes: boolean }) {
  const { t } = useTranslation();
  const sessions = useTeamSessions(teamId, { when: 'upcoming', limit: NEXT_FEW, offset: 0 });
  return (
    <Section
      title={t('teamLearning.sessions.upcoming')}
      action={
        writes && (
          <Link to={`/teams/${teamId}/sessions/new`} className="button">
            {t('teamLearning.sessions.plan')}
          </Link>
        )
      }
    >
      <QueryResult query={sessions}>
        {(page) =>
          page.total === 0 ? (
            <p className="tl-muted">{t('teamLearning.sessions.noneUpcoming')}</p>
          ) : (
            <>
              <SessionList sessions={page.items} />
              {page.total > page.items.length && (
                <p className="tl-muted">
                  {t('teamLearning.sessions.moreUpcoming', { count: page.total - page.items.length })}
                </p>
              )}
            </>
          )
        }
      </QueryResult>
    </Section>
  );
}
