import { get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/**
 * Every message in the week form is a catalogue key (the schema's and the ones put there for the
 * server's field errors); translated at render time, so it follows a language switch.
 */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T>) {
  const { t, i18n } = useTranslation();
  return (name: Path<T>): FieldError | undefined => {
    const error = get(form.formState.errors, name) as FieldError | undefined;
    if (!error?.message || !i18n.exists(error.message)) return error;
    return { ...error, message: t(error.message as ParseKeys) };
  };
}
