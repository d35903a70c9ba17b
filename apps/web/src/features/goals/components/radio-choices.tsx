import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceGroup } from './choice-group';

interface RadioChoicesProps {
  legend: string;
  registration: UseFormRegisterReturn;
  /** Each option may explain itself in a sentence under its label. */
  options: { value: string; label: string; description?: string }[];
}

export function RadioChoices({ legend, registration, options }: RadioChoicesProps) {
  const groupId = useId();
  return (
    <ChoiceGroup legend={legend}>
      {options.map((option) => {
        const id = `${groupId}-${option.value}`;
        return (
          <div key={option.value} className="goal-radio">
            <input
              id={id}
              type="radio"
              value={option.value}
              aria-describedby={option.description ? `${id}-description` : undefined}
              {...registration}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.description && (
              <p id={`${id}-description`} className="field__hint goal-radio__description">
                {option.description}
              </p>
            )}
          </div>
        );
      })}
    </ChoiceGroup>
  );
}
