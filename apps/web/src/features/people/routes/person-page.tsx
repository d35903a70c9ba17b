import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { ApiError } from '@/lib/api-client';
import { usePerson } from '../api/get-person';
import { usePersonGoals } from '../api/get-person-goals';
import { usePersonWeeks } from '../api/get-person-weeks';
import { PersonSection } from '../components/person-section';
import { PersonWeeks } from '../components/person-weeks';
import { SharedGoals } from '../components/shared-goals';
import '../people.css';

function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.code === 'not_found';

export function PersonPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const weeks = usePersonWeeks(userId);
  const goals = usePersonGoals(userId);
  const name = usePerson(userId).data?.displayName;

  // The API answers 404 both for someone who does not exist and for someone you may not follow.
  if (isNotFound(weeks.error) || isNotFound(goals.error)) {
    return (
      <div className="page">
        <Link to="/my-teams">{t('people.person.back')}</Link>
        <PageTitle title={t('people.notAvailable.title')} />
        <p>{t('people.notAvailable.body')}</p>
      </div>
    );
  }

  return (
    <div className="page">
      <Link to="/my-teams">{t('people.person.back')}</Link>
      <PageTitle title={name ?? t('people.person.fallbackTitle')} />
      <PersonSection title={t('people.person.weeksTitle')}>
        <Loaded query={weeks}>{(data) => <PersonWeeks weeks={data} />}</Loaded>
      </PersonSection>
      <PersonSection title={t('people.goals.title')}>
        <Loaded query={goals}>{(data) => <SharedGoals goals={data} />}</Loaded>
      </PersonSection>
    </div>
  );
}
