import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  hint?: string;
  /** Shows the hint as a warning, e.g. when the value is a secret that should not be shared. */
  warning?: boolean;
  value: string;
}

/** A read-only value with a copy button; "copied" is announced through a live region that is always there. */
export function CopyField({ label, hint, warning = false, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      // Clipboard access can be refused (permissions, an insecure page); the field can still be selected by hand.
      setResult('failed');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className={warning ? 'field__warning' : 'field__hint'}>
          {hint}
        </p>
      )}
      <div className="copy-field">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('actions.copy')}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {result === 'copied' ? t('actions.copied') : result === 'failed' ? t('actions.copyFailed') : ''}
      </p>
    </div>
  );
}
