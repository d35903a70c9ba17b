import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button that starts it, e.g. "Delete" or "Deactivate". */
  label: string;
  /** Names the button for screen readers when `label` alone is ambiguous, e.g. in a list or a table row. */
  accessibleLabel?: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  /** The "no" button; "Cancel" unless the caller has a better word for it. */
  cancelLabel?: string;
  pending: boolean;
  /** When it returns a promise, the question closes once that succeeds; a failure is the caller's to show. */
  onConfirm: () => Promise<unknown> | void;
  /** Destructive actions look it; undoable ones (restore, reactivate, replace) do not. */
  danger?: boolean;
  /** Smaller buttons, for crowded places such as a feed. */
  small?: boolean;
}

/** A two-step button: nothing is deleted, archived, cancelled or switched off without a second, explicit click. */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  danger = true,
  small = false,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const size = small ? ' button--small' : '';

  async function confirm() {
    const result = onConfirm();
    // A plain callback leaves the question open: the caller's pending state, or the row going away, ends it.
    if (!(result instanceof Promise)) return;
    try {
      await result;
      returnFocus.current = true;
      setAsking(false);
    } catch {
      // The question stays open, so the person can try again after reading the caller's message.
    }
  }

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
        className={`button button--secondary${size}${danger ? ' button--danger-outline' : ''}`}
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
          className={`button${size}${danger ? ' button--danger' : ''}`}
          aria-describedby={questionId}
          disabled={pending}
          aria-busy={pending}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className={`button button--secondary${size}`}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {cancelLabel ?? t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
