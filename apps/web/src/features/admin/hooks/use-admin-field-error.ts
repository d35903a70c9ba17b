import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '@/lib/i18n';

export type AdminValidationKey = `admin.validation.${keyof Catalogue['admin']['validation']}`;

/**
 * The shared fields translate only `validation.*` keys; a message from admin's own catalogue is
 * translated here first, so the field shows text rather than a key.
 */
export function useAdminFieldError() {
  const { t } = useTranslation();
  return (error: FieldError | undefined): FieldError | undefined =>
    error?.message?.startsWith('admin.validation.') ? { ...error, message: t(error.message as AdminValidationKey) } : error;
}
