import { currentLocale } from '@/lib/i18n';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextField } from '@/components/form-fields';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useEnterApp } from '../hooks/use-enter-app';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { nameField, newPasswordField } from '../utils/account-fields';

// Typed twice, because nobody can see what they type in a password field.
const acceptSchema = z
  .object({ displayName: nameField(), password: newPasswordField, repeatPassword: z.string() })
  .refine((values) => values.password === values.repeatPassword, {
    path: ['repeatPassword'],
    message: 'auth.acceptInvitation.passwordsDiffer',
  });

type AcceptValues = z.infer<typeof acceptSchema>;

export function AcceptInvitationForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(token);
  const enterApp = useEnterApp();
  const form = useForm<AcceptValues>({
    resolver: zodResolver(acceptSchema),
    defaultValues: { displayName: '', password: '', repeatPassword: '' },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  const onSubmit = form.handleSubmit(({ displayName, password }) => {
    clearFormError();
    // The language of the page they accept on becomes the account's.
    accept.mutate({ displayName, password, locale: currentLocale() }, { onSuccess: () => enterApp('/'), onError });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t('auth.fields.displayName')}
        hint={t('auth.fields.displayNameHint')}
        autoComplete="name"
        error={fieldError('displayName')}
        {...form.register('displayName')}
      />
      <TextField
        label={t('auth.fields.password')}
        hint={t('auth.fields.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        error={fieldError('password')}
        {...form.register('password')}
      />
      <TextField
        label={t('auth.fields.repeatPassword')}
        type="password"
        autoComplete="new-password"
        error={fieldError('repeatPassword')}
        {...form.register('repeatPassword')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={accept.isPending} pendingLabel={t('auth.acceptInvitation.pending')}>
          {t('auth.acceptInvitation.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
