import { useId, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';

interface WeekFieldsetProps {
  legend: string;
  hint?: string;
  /** An error about the group as a whole, its message already translated. */
  error?: FieldError;
  className?: string;
  children: ReactNode;
}

/** Related controls under one legend (a score, the hours per form), with one hint and one error. */
export function WeekFieldset({ legend, hint, error, className = '', children }: WeekFieldsetProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error?.message && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`week-fieldset${error ? ' week-fieldset--invalid' : ''} ${className}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error?.message && (
        <p id={`${id}-error`} className="field__error">
          {error.message}
        </p>
      )}
      {children}
    </fieldset>
  );
}
