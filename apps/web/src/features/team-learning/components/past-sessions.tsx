import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeamSessions } from '../api/get-team-sessions';
import { Pagination } from '@/components/pagination';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { SessionList } from './session-list';

const PAGE_SIZE = 10;

/** Sessions that took place, latest first, a page at a time. */
export function PastSessions({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const sessions = useTeamSessions(teamId, { when: 'past', limit: PAGE_SIZE, offset });
  return (
    <Section title={t('teamLearning.sessions.past')}>
      <QueryResult query={sessions}>
        {(page) =>
          page.total === 0 ? (
            <p className="tl-muted">{t('teamLearning.sessions.nonePast')}</p>
          ) : (
            <>
              <SessionList sessions={page.items} />
              {page.total > PAGE_SIZE && (
                <Pagination
                  label={t('teamLearning.sessions.pastPages')}
                  offset={offset}
                  limit={PAGE_SIZE}
                  total={page.total}
                  onChange={setOffset}
                />
              )}
            </>
          )
        }
      </QueryResult>
    </Section>
  );
}
