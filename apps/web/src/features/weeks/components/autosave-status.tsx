import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import type { AutosaveState } from '../hooks/use-week-autosave';
import { formatTime } from '../utils/format';

interface AutosaveStatusProps {
  state: AutosaveState;
  /** Just handed in on this page. */
  submitted: boolean;
  onRetry: () => void;
}

function useMessage(state: AutosaveState, submitted: boolean): string {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'waiting':
    case 'saving':
      return t('weeks.autosave.saving');
    case 'invalid':
      return t('weeks.autosave.invalid');
    case 'failed':
      return t('weeks.autosave.failed', {
        reason: t(`errors.codes.${state.error instanceof ApiError ? state.error.code : 'unexpected_response'}`),
      });
    case 'conflict':
      return t('weeks.autosave.conflict');
    case 'replaced':
      return t('weeks.autosave.replaced');
    default:
      if (submitted) return t('weeks.autosave.submitted');
      return state.kind === 'saved'
        ? t('weeks.autosave.savedAt', { time: formatTime(state.at) })
        : t('weeks.autosave.idle');
  }
}

/** Where the autosave stands, in a live region, so screen-reader users hear it too. */
export function AutosaveStatus({ state, submitted, onRetry }: AutosaveStatusProps) {
  const { t } = useTranslation();
  const message = useMessage(state, submitted);
  const problem = state.kind === 'failed' || state.kind === 'invalid' || state.kind === 'conflict';
  return (
    <div className="week-autosave">
      <p role="status" className={`week-autosave__message${problem ? ' week-autosave__message--problem' : ''}`}>
        {message}
      </p>
      {state.kind === 'failed' && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
