import { useState } from 'react';
import { get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { ApiError, type ApiErrorCode } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/forms';

/**
 * A copy of features/auth/hooks/use-submit-errors.ts: features may not import each other, and
 * lib/forms.ts (where it belongs) is shared code outside this feature.
 *
 * Puts a failed submit where the person looks for it: codes about one field (wrong_password) and the
 * server's field errors on their field, anything else in one message for the whole form.
 */
export function useSubmitErrors<T extends FieldValues>(form: UseFormReturn<T>, codeFields: Partial<Record<ApiErrorCode, Path<T>>> = {}) {
  const { t, i18n } = useTranslation();
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
    /**
     * The field's error with catalogue keys translated now, so the message follows a language
     * switch; the shared fields translate only `validation.*` and show anything else as it is.
     */
    fieldError(name: Path<T>): FieldError | undefined {
      const error = get(form.formState.errors, name) as FieldError | undefined;
      if (!error?.message || !i18n.exists(error.message)) return error;
      return { ...error, message: t(error.message as ParseKeys) };
    },
  };
}
