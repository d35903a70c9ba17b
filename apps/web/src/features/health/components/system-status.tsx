import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessResponse } from '@vitaal/shared/health';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useReadiness } from '../api/get-readiness';

function ReadinessReport({ readiness }: { readiness: ReadinessResponse }) {
  const { t } = useTranslation();
  if (readiness.status === 'ok') {
    return <p className="status status--ok">{t('health.ok')}</p>;
  }
  return (
    <p className="status status--problem">
      {readiness.database === 'unreachable'
        ? t('health.databaseUnreachable')
        : t('health.migrationsPending', { count: readiness.pendingMigrations ?? 0 })}
    </p>
  );
}

export function SystemStatus() {
  const { t } = useTranslation();
  const titleId = useId();
  const readiness = useReadiness();

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('health.title')}</h2>
      {readiness.isPending ? (
        <LoadingState label={t('health.loading')} />
      ) : readiness.isError ? (
        <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />
      ) : (
        <ReadinessReport readiness={readiness.data} />
      )}
    </section>
  );
}
