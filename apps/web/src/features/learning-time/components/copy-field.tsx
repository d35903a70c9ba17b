import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value with a copy button; "copied" is announced through a live region that is always there. */
export function CopyField({ label, hint, value }: { label: string; hint: string; value: string }) {
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
      <p id={`${id}-hint`} className="lt-warning">
        {hint}
      </p>
      <div className="lt-copy">
        <input id={id} type="text" readOnly value={value} aria-describedby={`${id}-hint`} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('learningTime.feed.copy')}
        </button>
      </div>
      <p role="status" className="lt-status">
        {result === 'copied' ? t('learningTime.feed.copied') : result === 'failed' ? t('learningTime.feed.copyFailed') : ''}
      </p>
    </div>
  );
}
