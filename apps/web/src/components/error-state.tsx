import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** Explains a failure by its code in the user's language; server text is for logs, not people. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;

  return (
    <div className="error-state" role="alert">
      <p>{apiError ? t(`errors.codes.${apiError.code}`) : t('errors.unknown')}</p>
      {/* Support needs the reference for failures on our side, not for a mistake the person can fix. */}
      {apiError?.correlationId && apiError.status >= 500 && (
        <p className="error-state__reference">{t('errors.reference', { id: apiError.correlationId })}</p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
