import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value with a copy button; "copied" is announced through a live region that is always there. */
export function CopyField({ label, hint, value }: { label: string; hint?: string; value: string }) {
  const { t } = useTranslation();
  const id = useId();
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
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="copy-field">
        <input id={id} type="text" readOnly value={value} aria-describedby={hint ? `${id}-hint` : undefined} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('admin.copy.button')}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {result === 'copied' ? t('admin.copy.copied') : result === 'failed' ? t('admin.copy.failed') : ''}
      </p>
    </div>
  );
}
