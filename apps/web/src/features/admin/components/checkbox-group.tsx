import { useId } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { CheckboxField } from '@/components/form-fields';

interface CheckboxGroupProps<T extends FieldValues, TValues extends FieldValues> {
  control: Control<T, unknown, TValues>;
  /** A field holding the list of checked values. */
  name: FieldPathByValue<T, string[]>;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}

/**
 * Checkboxes that fill one list. Controlled rather than registered: a registered group with a
 * single checkbox would give one value instead of a list.
 */
export function CheckboxGroup<T extends FieldValues, TValues extends FieldValues = T>({
  control,
  name,
  legend,
  hint,
  options,
}: CheckboxGroupProps<T, TValues>) {
  const hintId = useId();
  const { field } = useController({ control, name });
  const checked = field.value as readonly string[];
  return (
    <fieldset className="checkbox-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          name={field.name}
          value={option.value}
          checked={checked.includes(option.value)}
          onBlur={field.onBlur}
          onChange={(event) =>
            field.onChange(
              event.target.checked ? [...checked, option.value] : checked.filter((value) => value !== option.value),
            )
          }
        />
      ))}
    </fieldset>
  );
}
