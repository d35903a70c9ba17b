import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { ApiError } from '@/lib/api-client';
import { useInvitation } from '../api/get-invitation';
import { AcceptInvitationForm } from '../components/accept-invitation-form';
import { AlternativeLink } from '../components/alternative-link';
import { AuthCard } from '../components/auth-card';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  // Expired, revoked and used links are common, not failures: they get an explanation, not an alert.
  const invalid = invitation.error instanceof ApiError && invitation.error.code === 'invitation_invalid';

  return (
    <AuthCard
      title={t('auth.acceptInvitation.title')}
      lead={
        invitation.data &&
        t('auth.acceptInvitation.invited', {
          organization: invitation.data.organizationName,
          email: invitation.data.email,
        })
      }
      footer={
        <AlternativeLink
          question={t('auth.acceptInvitation.haveAccount')}
          to="/sign-in"
          label={t('auth.acceptInvitation.toSignIn')}
        />
      }
    >
      {invitation.isPending ? (
        <LoadingState label={t('auth.acceptInvitation.loading')} />
      ) : invalid ? (
        <p>{t('auth.acceptInvitation.invalid')}</p>
      ) : invitation.isError ? (
        <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
      ) : (
        <>
          <p>{t('auth.acceptInvitation.lead')}</p>
          <AcceptInvitationForm token={token} />
        </>
      )}
    </AuthCard>
  );
}
