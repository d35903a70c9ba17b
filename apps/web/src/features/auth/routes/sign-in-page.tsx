import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { SignInRequest } from '@vitaal/shared/auth';
import { useMe } from '@/entities/session/api/get-me';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextField } from '@/components/form-fields';
import { LoadingState } from '@/components/loading-state';
import { useSignIn } from '../api/sign-in';
import { AlternativeLink } from '../components/alternative-link';
import { AuthCard } from '../components/auth-card';
import { useEnterApp } from '../hooks/use-enter-app';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { nextPath } from '../utils/next-path';

// Only "filled in": the password rules apply when one is chosen, not when it is typed back.
const signInSchema = z.object({
  email: z.string().trim().min(1, 'validation.required'),
  password: z.string().min(1, 'validation.required'),
  organizationId: z.string().optional(),
}) satisfies z.ZodType<SignInRequest>;

export function SignInPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const destination = nextPath(searchParams.get('next'));
  const me = useMe();
  const signIn = useSignIn();
  const enterApp = useEnterApp();
  const form = useForm<SignInRequest>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '', organizationId: '' },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  // Only someone who arrives signed in; after a sign-in here, enterApp takes over.
  if (me.data && signIn.isIdle) return <Navigate to={destination} replace />;
  if (me.isPending) return <LoadingState label={t('session.checking')} />;

  const choice = signIn.data;
  const onSubmit = form.handleSubmit((values) => {
    clearFormError();
    if (choice && !values.organizationId) {
      form.setError('organizationId', { message: 'auth.signIn.organizationRequired' });
      return;
    }
    signIn.mutate(
      {
        email: values.email,
        password: values.password,
        ...(values.organizationId ? { organizationId: values.organizationId } : {}),
      },
      { onSuccess: (next) => (next ? undefined : enterApp(destination)), onError },
    );
  });

  return (
    <AuthCard
      title={t('auth.signIn.title')}
      lead={t('auth.signIn.lead')}
      footer={<AlternativeLink question={t('auth.signIn.noAccount')} to="/sign-up" label={t('auth.signIn.toSignUp')} />}
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth.fields.email')}
          type="email"
          autoComplete="username"
          error={fieldError('email')}
          {...form.register('email')}
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          autoComplete="current-password"
          error={fieldError('password')}
          {...form.register('password')}
        />
        {choice && (
          // The password opens accounts in several organisations: the person says which one.
          <SelectField
            label={t('auth.signIn.organization')}
            hint={t('auth.signIn.organizationHint')}
            options={[
              { value: '', label: t('auth.signIn.chooseOrganization') },
              ...choice.organizations.map((organization) => ({ value: organization.id, label: organization.name })),
            ]}
            error={fieldError('organizationId')}
            {...form.register('organizationId')}
          />
        )}
        {formError !== null && <ErrorState error={formError} />}
        <div className="actions">
          <SubmitButton pending={signIn.isPending} pendingLabel={t('auth.signIn.pending')}>
            {t('auth.signIn.submit')}
          </SubmitButton>
        </div>
      </form>
    </AuthCard>
  );
}
