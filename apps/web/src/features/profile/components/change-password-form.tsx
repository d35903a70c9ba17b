import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vitaal/shared/auth';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { useChangePassword } from '../api/change-password';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { FormStatus } from './form-status';

// The new password is typed twice, because nobody can see what they type in a password field.
const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, 'validation.passwordLength')
      .max(PASSWORD_MAX_LENGTH, 'validation.tooLong'),
    repeatPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.repeatPassword, {
    path: ['repeatPassword'],
    message: 'profile.password.passwordsDiffer',
  });

type PasswordValues = z.infer<typeof passwordSchema>;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form, {
    wrong_password: 'currentPassword',
  });

  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) => {
    clearFormError();
    setChanged(false);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          setChanged(true);
        },
        onError,
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('profile.password.current')}
        type="password"
        autoComplete="current-password"
        error={fieldError('currentPassword')}
        {...form.register('currentPassword')}
      />
      <TextField
        label={t('profile.password.new')}
        hint={t('profile.password.newHint')}
        type="password"
        autoComplete="new-password"
        error={fieldError('newPassword')}
        {...form.register('newPassword')}
      />
      <TextField
        label={t('profile.password.repeat')}
        type="password"
        autoComplete="new-password"
        error={fieldError('repeatPassword')}
        {...form.register('repeatPassword')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={changePassword.isPending}>{t('profile.password.submit')}</SubmitButton>
      </div>
      <FormStatus message={changed && !form.formState.isDirty ? t('profile.password.changed') : null} />
    </form>
  );
}
