import { useId, type Ref, type TextareaHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '@/lib/forms';

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: FieldError;
  /** Shows "120 of 2000 characters" under the field; going over is an error on submit, not a hard stop. */
  counter?: { length: number; max: number };
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line field, wired like the shared TextField; spread `register('name')` into it. */
export function TextAreaField({ label, hint, error, counter, id, ref, rows = 3, ...textarea }: TextAreaFieldProps) {
  const { t, i18n } = useTranslation();
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const counterId = counter ? `${fieldId}-counter` : undefined;
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
        aria-describedby={[hintId, counterId, errorId].filter(Boolean).join(' ') || undefined}
        {...textarea}
      />
      {counter && (
        <p id={counterId} className={`field__hint tl-counter${counter.length > counter.max ? ' tl-counter--over' : ''}`}>
          {t('teamLearning.counter', { count: counter.length, max: counter.max })}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field__error">
          {fieldMessage(t, i18n, error!.message!)}
        </p>
      )}
    </div>
  );
}
