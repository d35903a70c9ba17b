import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { AccountSummary } from '../components/account-summary';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileDetailsForm } from '../components/profile-details-form';
import { ProfileSection } from '../components/profile-section';
import '../profile.css';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('profile.title')} />
      <p>
        <Link to="/my-data">{t('myData.profileLink')}</Link>
      </p>
      <div className="profile-sections">
        <ProfileSection title={t('profile.account.title')}>
          <AccountSummary />
        </ProfileSection>
        <ProfileSection title={t('profile.details.title')}>
          <ProfileDetailsForm />
        </ProfileSection>
        <ProfileSection title={t('profile.password.title')}>
          <ChangePasswordForm />
        </ProfileSection>
      </div>
    </div>
  );
}
