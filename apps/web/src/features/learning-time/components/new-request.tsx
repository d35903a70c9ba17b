import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { useCurrentPerson } from '@/lib/current-person';
import { useCreateRequest } from '../api/create-request';
import { formatHours, weekLabel } from '../utils/format';
import { currentWeek } from '../utils/weeks';
import { newRequestValues } from './request-form-schema';
import { RequestForm } from './request-form';
import { Section } from '@/components/section';

export function NewRequest() {
  const { t } = useTranslation();
  const { teams } = useCurrentPerson();
  const create = useCreateRequest();
  const [sent, setSent] = useState('');

  return (
    <Section className="panel" title={t('learningTime.request.title')}>
      {teams.length === 0 ? (
        <EmptyState title={t('learningTime.request.noTeam')}>
          <p>{t('learningTime.request.noTeamBody')}</p>
        </EmptyState>
      ) : (
        <RequestForm
          defaultValues={newRequestValues(currentWeek(), teams)}
          submitLabel={t('learningTime.request.submit')}
          pendingLabel={t('learningTime.request.pending')}
          save={async (values) => {
            setSent('');
            const request = await create.mutateAsync(values);
            setSent(
              t('learningTime.request.created', {
                hours: formatHours(t, request.hours),
                week: weekLabel(t, request.week),
              }),
            );
          }}
        />
      )}
      <p role="status" className="lt-status">
        {sent}
      </p>
    </Section>
  );
}
