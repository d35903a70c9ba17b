import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api-client';

interface ChangeErrorProps {
  error: unknown;
  /** Fetches the goal as it is saved now. */
  onReload: () => void;
}

/**
 * A failed change. A version conflict means the goal changed elsewhere (another tab, or a week's
 * reflection that moved its progress): nothing was overwritten, and the way on is to reload.
 */
export function ChangeError({ error, onReload }: ChangeErrorProps) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError && error.code === 'version_conflict')) return <ErrorState error={error} />;
  return (
    <div className="error-state" role="alert">
      <p>{t('goals.conflict.body')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('goals.conflict.reload')}
      </button>
    </div>
  );
}
