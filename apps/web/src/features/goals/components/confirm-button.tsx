import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** Names the button for screen readers when `label` alone is ambiguous, as in a list. */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
}

/** Deleting takes two clicks: the button, then an explicit "yes" (or cancel). */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, pending, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // Keyboard focus follows the question: onto "yes", and back to the start after cancelling.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (cancelled.current) startRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button ref={startRef} type="button" className="button button--secondary goal-danger-outline" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="goal-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="actions">
        <button ref={confirmRef} type="button" className="button goal-danger" disabled={pending} aria-busy={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            cancelled.current = true;
            setAsking(false);
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
