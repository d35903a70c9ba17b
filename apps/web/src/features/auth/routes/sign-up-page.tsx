import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SignUpRequest } from '@vitaal/shared/auth';
import { LOCALES } from '@vitaal/shared/locale';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextField } from '@/components/form-fields';
import { currentLocale } from '@/lib/i18n';
import { useSignUp } from '../api/sign-up';
import { AlternativeLink } from '../components/alternative-link';
import { AuthCard } from '../components/auth-card';
import { useEnterApp } from '../hooks/use-enter-app';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { emailField, nameField, newPasswordField } from '../utils/account-fields';

const signUpSchema = z.object({
  organizationName: nameField(120),
  displayName: nameField(),
  email: emailField,
  password: newPasswordField,
  locale: z.enum(LOCALES),
}) satisfies z.ZodType<SignUpRequest>;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const signUp = useSignUp();
  const enterApp = useEnterApp();
  const form = useForm<SignUpRequest>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { organizationName: '', displayName: '', email: '', password: '', locale: currentLocale() },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  // Someone who switches the page's language means that language, until they pick one here.
  const { getFieldState, resetField } = form;
  useEffect(() => {
    if (!getFieldState('locale').isDirty) resetField('locale', { defaultValue: currentLocale() });
  }, [i18n.resolvedLanguage, getFieldState, resetField]);

  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    signUp.mutate(values, { onSuccess: () => enterApp('/'), onError });
  });

  return (
    <AuthCard
      title={t('auth.signUp.title')}
      lead={t('auth.signUp.lead')}
      footer={
        <AlternativeLink question={t('auth.signUp.haveAccount')} to="/sign-in" label={t('auth.signUp.toSignIn')} />
      }
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth.fields.organizationName')}
          autoComplete="organization"
          error={fieldError('organizationName')}
          {...form.register('organizationName')}
        />
        <TextField
          label={t('auth.fields.displayName')}
          hint={t('auth.fields.displayNameHint')}
          autoComplete="name"
          error={fieldError('displayName')}
          {...form.register('displayName')}
        />
        <TextField
          label={t('auth.fields.email')}
          type="email"
          autoComplete="email"
          error={fieldError('email')}
          {...form.register('email')}
        />
        <TextField
          label={t('auth.fields.password')}
          hint={t('auth.fields.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          error={fieldError('password')}
          {...form.register('password')}
        />
        <SelectField
          label={t('auth.fields.locale')}
          hint={t('auth.fields.localeHint')}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
          error={fieldError('locale')}
          {...form.register('locale')}
        />
        {formError !== null && <ErrorState error={formError} />}
        <div className="actions">
          <SubmitButton pending={signUp.isPending} pendingLabel={t('auth.signUp.pending')}>
            {t('auth.signUp.submit')}
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
