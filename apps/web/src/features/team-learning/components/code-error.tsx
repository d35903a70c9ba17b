import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ApiError, type ApiErrorCode } from '@/lib/api-client';

interface CodeErrorProps {
  error: unknown;
  /** What a code means here, where the general explanation would be too vague. */
  messages: Partial<Record<ApiErrorCode, ParseKeys>>;
}

/** A failure explained for this place when its code is expected here, the general way otherwise. */
export function CodeError({ error, messages }: CodeErrorProps) {
  const { t } = useTranslation();
  const key = error instanceof ApiError ? messages[error.code] : undefined;
  if (!key) return <ErrorState error={error} />;
  return (
    <div className="error-state" role="alert">
      <p>{t(key)}</p>
    </div>
  );
}
