import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { WeekFieldset } from './week-fieldset';

interface RadioScaleProps {
  legend: string;
  hint?: string;
  error?: FieldError;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
}

/** One choice from a short scale (a score 1–5, yes or no), as radio buttons side by side. */
export function RadioScale({ legend, hint, error, registration, options }: RadioScaleProps) {
  const name = registration.name.replaceAll('.', '-');
  return (
    <WeekFieldset legend={legend} hint={hint} error={error}>
      <div className="week-scale">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className="week-scale__option">
              <input id={id} type="radio" value={option.value} {...registration} />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </WeekFieldset>
  );
}
