import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '@/lib/forms';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  counter?: CharacterCounter;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Shows "120 of 2000 characters" under a field; going over is an error on submit, not a hard stop. */
export interface CharacterCounter {
  length: number;
  max: number;
}

/** Label, hint, counter and error around one control, wired up for screen readers. */
function FieldShell({ id, label, hint, error, counter, children }: FieldShellProps) {
  const { t, i18n } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const errorId = error?.message ? `${id}-error` : undefined;
  const describedBy = [hintId, counterId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children(describedBy)}
      {counter && (
        <p
          id={counterId}
          className={`field__hint field__counter${counter.length > counter.max ? ' field__counter--over' : ''}`}
        >
          {t('actions.characterCount', { count: counter.length, max: counter.max })}
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

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  error?: FieldError;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input; spread react-hook-form's `register('name')` into it. */
export function TextField({ label, hint, error, id, ref, ...input }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={inputId}
          ref={ref}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: FieldError;
  counter?: CharacterCounter;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line field, optionally with a character counter; spread react-hook-form's `register('name')` into it. */
export function TextAreaField({ label, hint, error, counter, id, ref, rows = 3, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} counter={counter}>
      {(describedBy) => (
        <textarea
          id={fieldId}
          ref={ref}
          rows={rows}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string;
  error?: FieldError;
  options: { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
};

export function SelectField({ label, hint, error, id, ref, options, ...select }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <FieldShell id={selectId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={selectId}
          ref={ref}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  ref?: Ref<HTMLInputElement>;
};

export function CheckboxField({ label, id, ref, ...input }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className="field field--checkbox">
      <input id={inputId} ref={ref} type="checkbox" {...input} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}

/** The submit button of a form: disabled and relabelled while the request runs. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button" disabled={pending} aria-busy={pending}>
      {pending ? (pendingLabel ?? t('actions.saving')) : children}
    </button>
  );
}
