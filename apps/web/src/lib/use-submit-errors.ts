import { useState } from 'react';
import { get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { ApiError, type ApiErrorCode } from './api-client';
import { applyServerErrors } from './forms';

/**
 * Puts a failed submit where the person looks for it: codes about one field (email_taken) and the
 * server's field errors on their field, anything else in one message for the whole form.
 */
export function useSubmitErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  codeFields: Partial<Record<ApiErrorCode, Path<T>>> = {},
) {
  const [formError, setFormError] = useState<unknown>(null);

  return {
    /** The failure that belongs to no field; null when there is none. */
    formError,
    clearFormError: () => setFormError(null),
    onError(error: unknown) {
      const code = error instanceof ApiError ? error.code : undefined;
      const field = code && codeFields[code];
      if (field) {
        form.setError(field, { type: 'server', message: `errors.codes.${code}` }, { shouldFocus: true });
      } else if (!applyServerErrors(error, form.setError, Object.keys(form.getValues()) as Path<T>[])) {
        setFormError(error);
      }
    },
    /** The field's error; the form fields translate catalogue keys when they draw it. */
    fieldError(name: Path<T>): FieldError | undefined {
      return get(form.formState.errors, name) as FieldError | undefined;
    },
  };
}
