import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { i18n, ParseKeys, TFunction } from 'i18next';
import { ApiError } from './api-client';

/**
 * Puts the server's field errors on the fields they belong to. Returns true when at least one
 * landed on a field of this form, so the caller need not show a general message as well.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let applied = false;
  for (const { field, message } of error.fieldErrors) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: 'server', message });
      applied = true;
    }
  }
  return applied;
}

/**
 * Schema messages are catalogue keys (`validation.required`, `auth.signUp.passwordsDiffer`),
 * translated when drawn so they follow a language switch; server messages arrive as text.
 */
export function fieldMessage(t: TFunction, i18n: Pick<i18n, 'exists'>, message: string): string {
  return i18n.exists(message) ? t(message as ParseKeys) : message;
}
