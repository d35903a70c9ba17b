import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** What to say when the API refused the request itself (400) on a page without fields to mark. */
  invalidMessage?: string;
}

/** Explains a failure by its code in the user's language; server text is for logs, not people. */
export function ErrorState({ error, onRetry, invalidMessage }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const refused = invalidMessage !== undefined && apiError?.status === 400;

  return (
    <div className="error-state" role="alert">
      <p>{refused ? invalidMessage : apiError ? t(`errors.codes.${apiError.code}`) : t('errors.unknown')}</p>
      {/* Support needs the reference for failures on our side, not for a mistake the person can fix. */}
      {apiError?.correlationId && apiError.status >= 500 && (
        <p className="error-state__reference">{t('errors.reference', { id: apiError.correlationId })}</p>
      )}
      {/* The same request would be refused again. */}
      {onRetry && !refused && (
        <button type="button" className="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
