import { useId, type Ref, type TextareaHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';

type WeekTextFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  /** Its message already translated (see useFieldError). */
  error?: FieldError;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled text area for the plan and the reflection; spread `register('…')` into it. */
export function WeekTextField({ label, hint, error, id, ref, rows = 3, ...textarea }: WeekTextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error?.message ? `${fieldId}-error` : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={fieldId}
        ref={ref}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...textarea}
      />
      {errorId && (
        <p id={errorId} className="field__error">
          {error?.message}
        </p>
      )}
    </div>
  );
}
