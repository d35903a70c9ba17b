import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { useMyRequests } from '../api/get-my-requests';
import { MyRequest } from './my-request';
import { Pagination } from '@/components/pagination';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';

const PAGE_SIZE = 10;

export function MyRequests() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState('');
  const requests = useMyRequests({ limit: PAGE_SIZE, offset });

  return (
    <Section className="panel" title={t('learningTime.mine.title')}>
      <p role="status" className="lt-status">
        {message}
      </p>
      <QueryResult query={requests}>
        {(page) =>
          page.total === 0 ? (
            <EmptyState title={t('learningTime.mine.empty')}>
              <p>{t('learningTime.mine.emptyHint')}</p>
            </EmptyState>
          ) : (
            <>
              <ul className="lt-requests">
                {page.items.map((request) => (
                  <MyRequest key={request.id} request={request} onDone={setMessage} />
                ))}
              </ul>
              {page.total > PAGE_SIZE && (
                <Pagination
                  label={t('learningTime.mine.pages')}
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
