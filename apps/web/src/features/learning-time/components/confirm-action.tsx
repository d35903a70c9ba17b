import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  label: string;
  /** Names the button for screen readers when `label` alone is ambiguous, e.g. in a list. */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  /** When it returns a promise, the question closes once that succeeds; a failure is the caller's to show. */
  onConfirm: () => Promise<unknown> | void;
  /** Destructive actions look it; replacing something undoable does not. */
  danger?: boolean;
}

/** A two-step button: nothing is cancelled, replaced or switched off without a second, explicit click. */
export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, pending, onConfirm, danger = true }: ConfirmActionProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  async function confirm() {
    try {
      await onConfirm();
      returnFocus.current = true;
      setAsking(false);
    } catch {
      // The question stays open, so the person can try again after reading the caller's message.
    }
  }

  // Keyboard focus follows the step: to the confirm button, and back to the start button after "no".
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={`button button--secondary${danger ? ' lt-button--danger-outline' : ''}`}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="lt-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="lt-confirm__question">
        {question}
      </p>
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className={`button${danger ? ' lt-button--danger' : ''}`}
          aria-describedby={questionId}
          disabled={pending}
          aria-busy={pending}
          onClick={() => void confirm()}
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
          {t('learningTime.confirm.keep')}
        </button>
      </div>
    </div>
  );
}
