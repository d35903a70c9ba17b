import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UpdateProfileRequest } from '@vitaal/shared/auth';
import { LOCALES } from '@vitaal/shared/locale';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextField } from '@/components/form-fields';
import { useCurrentPerson } from '@/lib/current-person';
import { changeLocale } from '@/lib/i18n';
import { useUpdateProfile } from '../api/update-profile';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { FormStatus } from './form-status';

const detailsSchema = z.object({
  displayName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  locale: z.enum(LOCALES),
}) satisfies z.ZodType<UpdateProfileRequest>;

type DetailsValues = z.infer<typeof detailsSchema>;

export function ProfileDetailsForm() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const update = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const form = useForm<DetailsValues>({
    resolver: zodResolver(detailsSchema),
    defaultValues: { displayName: person.displayName, locale: person.locale },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  // The header's language switch saves the same setting: the field follows it until changed here.
  const { getFieldState, resetField } = form;
  useEffect(() => {
    if (!getFieldState('locale').isDirty) resetField('locale', { defaultValue: person.locale });
  }, [person.locale, getFieldState, resetField]);

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    setSaved(false);
    update.mutate(values, {
      onSuccess: async (updated) => {
        // The saved language is the person's language: the app follows it right away.
        await changeLocale(updated.locale);
        form.reset({ displayName: updated.displayName, locale: updated.locale });
        setSaved(true);
      },
      onError,
    });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('profile.details.displayName')}
        hint={t('profile.details.displayNameHint')}
        autoComplete="name"
        error={fieldError('displayName')}
        {...form.register('displayName')}
      />
      <SelectField
        label={t('profile.details.locale')}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        error={fieldError('locale')}
        {...form.register('locale')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={update.isPending}>{t('actions.save')}</SubmitButton>
      </div>
      {/* Once the person edits again, "saved" would no longer be true. */}
      <FormStatus message={saved && !form.formState.isDirty ? t('profile.details.saved') : null} />
    </form>
  );
}
