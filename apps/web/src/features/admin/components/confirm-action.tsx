import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button that starts it, e.g. "Deactivate". */
  label: string;
  /** Names the button for screen readers when `label` alone is ambiguous, e.g. in a table row. */
  accessibleLabel?: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** Destructive actions look it; undoable ones (restore, reactivate) do not. */
  danger?: boolean;
}

/** A two-step button: nothing is removed, archived or deactivated without a second, explicit click. */
export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, pending, onConfirm, danger = true }: ConfirmActionProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Keyboard focus follows the step: to the confirm button, and back to the start button after "cancel".
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={`button button--secondary${danger ? ' button--danger-outline' : ''}`}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className={`button${danger ? ' button--danger' : ''}`}
          aria-describedby={questionId}
          disabled={pending}
          aria-busy={pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
