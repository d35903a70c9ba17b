import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api-client';

/** What the last decision came to: a sentence to confirm it, or why nothing was saved. */
export type DecisionOutcome = { message: string } | { error: unknown; many: boolean };

export function DecisionOutcomeMessage({ outcome }: { outcome: DecisionOutcome | null }) {
  const { t } = useTranslation();
  const failure = outcome && 'error' in outcome ? outcome : null;
  const conflict = failure?.error instanceof ApiError && failure.error.code === 'conflict';
  return (
    <>
      {/* Always in the page, so every confirmation is announced, also after a failure. */}
      <p role="status" className="lt-status">
        {outcome && 'message' in outcome ? outcome.message : ''}
      </p>
      {failure &&
        (conflict ? (
          <p className="error-state" role="alert">
            {t(failure.many ? 'learningTime.approvals.conflict' : 'learningTime.approvals.conflictOne')}
          </p>
        ) : (
          <ErrorState error={failure.error} />
        ))}
    </>
  );
}
