import { useId, type ReactNode } from 'react';

interface ChoiceGroupProps {
  legend: string;
  hint?: string;
  children: ReactNode;
}

/** A fieldset of checkboxes or radio buttons under one legend. */
export function ChoiceGroup({ legend, hint, children }: ChoiceGroupProps) {
  const hintId = useId();
  return (
    <fieldset className="goal-choices" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="goal-choices__options">{children}</div>
    </fieldset>
  );
}
