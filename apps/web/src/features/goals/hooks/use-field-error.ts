import { get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/**
 * A field's error with catalogue keys (ours, like `goals.form.…`) translated at render time, so
 * the message follows a language switch; server messages are shown as they came.
 */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T>) {
  const { t, i18n } = useTranslation();
  return (name: Path<T>): FieldError | undefined => {
    const error = get(form.formState.errors, name) as FieldError | undefined;
    if (!error?.message || !i18n.exists(error.message)) return error;
    return { ...error, message: t(error.message as ParseKeys) };
  };
}
