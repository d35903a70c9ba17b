import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { CheckboxField } from '@/components/form-fields';
import { ChoiceGroup } from './choice-group';

interface CheckboxChoicesProps<T extends FieldValues> {
  control: Control<T>;
  /** A field holding the list of checked values. */
  name: FieldPathByValue<T, string[]>;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}

/** Checkboxes that fill one list; controlled, because one registered checkbox would give a boolean. */
export function CheckboxChoices<T extends FieldValues>({
  control,
  name,
  legend,
  hint,
  options,
}: CheckboxChoicesProps<T>) {
  const { field } = useController({ control, name });
  const checked = field.value as readonly string[];
  return (
    <ChoiceGroup legend={legend} hint={hint}>
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
    </ChoiceGroup>
  );
}
