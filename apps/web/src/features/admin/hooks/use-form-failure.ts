import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from '@/lib/forms';

/**
 * Where a failed submit is shown: the server's field errors on their fields, anything else
 * (a conflict, last_admin, no connection) as one message for the whole form.
 */
export function useFormFailure<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const [failure, setFailure] = useState<unknown>(null);
  return {
    failure,
    clear: () => setFailure(null),
    fail: (error: unknown) => {
      if (!applyServerErrors(error, setError, fields)) setFailure(error);
    },
  };
}
